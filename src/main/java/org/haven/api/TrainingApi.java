package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.funding.ActionPlanYear;
import org.haven.funding.CourseDetails;
import org.haven.funding.Sector;
import org.haven.funding.SessionDetails;
import org.haven.funding.Training;
import org.haven.funding.TrainingCourse;
import org.haven.funding.TrainingSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training register: courses for frontline staff, their sessions and how many took part from
 * each sector. The centre enters; every signed-in user reads. No person is named.
 */
@RestController
@Tag(name = "Training")
class TrainingApi {

  /** A session as the API shows it: days, town, organisations, participants by sector. */
  record SessionView(
      UUID id,
      LocalDate heldOn,
      LocalDate endsOn,
      String place,
      List<UUID> organisations,
      Map<Sector, Integer> participants,
      int total) {

    static SessionView of(TrainingSession session) {
      return new SessionView(
          session.id(),
          session.heldOn(),
          session.endsOn(),
          session.place(),
          session.organisations(),
          session.participants(),
          session.total());
    }
  }

  /** A course with its sessions and everyone trained in them. */
  record CourseView(
      UUID id,
      String title,
      String description,
      List<Sector> sectors,
      UUID initiative,
      String materials,
      List<SessionView> sessions,
      int participants,
      long version) {

    static CourseView of(TrainingCourse course) {
      return new CourseView(
          course.id(),
          course.title(),
          course.description(),
          course.sectors(),
          course.initiative(),
          course.materials(),
          course.sessions().stream().map(SessionView::of).toList(),
          course.participants(),
          course.version());
    }
  }

  /** A year's training for the status report: sessions held and participants by sector. */
  record TrainingYear(int year, long sessions, Map<Sector, Long> bySector, long total) {}

  private final Training training;
  private final CurrentActor currentActor;

  TrainingApi(Training training, CurrentActor currentActor) {
    this.training = training;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/training/courses")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "Every training course with its sessions, by title")
  List<CourseView> courses() {
    return training.courses().stream().map(CourseView::of).toList();
  }

  @PostMapping("/api/v1/training/courses")
  @PreAuthorize(FundingApi.MANAGERS)
  @Operation(
      summary =
          "Register a course: title, description, sectors it is for, the plan's initiative it"
              + " belongs to (optional), materials")
  ResponseEntity<CourseView> createCourse(@RequestBody CourseDetails body) {
    TrainingCourse course = training.createCourse(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/training/courses/" + course.id()))
        .eTag(Versions.etag(course.version()))
        .body(CourseView.of(course));
  }

  @GetMapping("/api/v1/training/courses/{id}")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "One course with its sessions")
  ResponseEntity<CourseView> course(@PathVariable UUID id) {
    TrainingCourse course = training.course(id);
    return ResponseEntity.ok().eTag(Versions.etag(course.version())).body(CourseView.of(course));
  }

  @PostMapping("/api/v1/training/courses/{id}/sessions")
  @PreAuthorize(FundingApi.MANAGERS)
  @Operation(
      summary =
          "Record a held session: first and last day, town, organisations whose staff took part,"
              + " participants by sector ({\"POLICE\": 12, \"MUNICIPALITY\": 5})")
  ResponseEntity<CourseView> addSession(@PathVariable UUID id, @RequestBody SessionDetails body) {
    TrainingCourse course = training.addSession(id, body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/training/courses/" + course.id()))
        .eTag(Versions.etag(course.version()))
        .body(CourseView.of(course));
  }

  @GetMapping("/api/v1/training/participants")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "A year's training for the status report: sessions begun in the year and participants"
              + " by sector (every sector, zero where nobody)")
  TrainingYear participants(@RequestParam int year) {
    ActionPlanYear.TrainingYear counted = training.year(year);
    return new TrainingYear(year, counted.sessions(), counted.bySector(), counted.total());
  }
}
