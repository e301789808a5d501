package org.haven.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.casework.CaseId;
import org.haven.operations.TaskForce;
import org.haven.operations.TaskForceCase;
import org.haven.operations.TaskForceDetails;
import org.haven.operations.TaskForces;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Task forces of several authorities: membership, the shared caseload (each member sees a linked
 * person only under consent or a legal basis, every reading audited with the task force as
 * purpose), meetings with minutes and decisions, and the closing report. A task force exists only
 * for its members and the centre.
 */
@RestController
@Tag(name = "Task forces")
class TaskForcesApi {

  static final String FOUNDERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'POLICE_KEY_PERSON', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR',"
          + " 'PROSECUTOR')";

  /** A person's case to link to the task force. */
  record TaskForceCaseLink(@JsonAlias("case") UUID caseId) {}

  /** A meeting to record. */
  record TaskForceMeetingDetails(LocalDate heldOn, String minutes, String decisions) {}

  /** The closing report. */
  record TaskForceClosing(String report) {}

  private final TaskForces forces;
  private final CurrentActor currentActor;

  TaskForcesApi(TaskForces forces, CurrentActor currentActor) {
    this.forces = forces;
    this.currentActor = currentActor;
  }

  @PostMapping("/api/v1/task-forces")
  @PreAuthorize(FOUNDERS)
  @Operation(
      summary = "Set up a task force: purpose, period, sector, lead and member organisations")
  ResponseEntity<TaskForce> found(@RequestBody TaskForceDetails body) {
    TaskForce force = forces.found(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/task-forces/" + force.id()))
        .eTag(Versions.etag(force.version()))
        .body(force);
  }

  @GetMapping("/api/v1/task-forces")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "The task forces the caller's organisation is part of (the centre: all)")
  List<TaskForce> list() {
    return forces.list(currentActor.require());
  }

  @GetMapping("/api/v1/task-forces/{id}")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "One task force with its members and meetings (404 for non-members)")
  ResponseEntity<TaskForce> find(@PathVariable UUID id) {
    TaskForce force = forces.find(id, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(force.version())).body(force);
  }

  @PutMapping("/api/v1/task-forces/{id}")
  @PreAuthorize(FOUNDERS)
  @Operation(
      summary =
          "Change a task force (requires If-Match); an organisation left out stops reading through it at once")
  ResponseEntity<TaskForce> change(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody TaskForceDetails body) {
    TaskForce force = forces.change(id, Versions.required(ifMatch), body, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(force.version())).body(force);
  }

  @PostMapping("/api/v1/task-forces/{id}/close")
  @PreAuthorize(FOUNDERS)
  @Operation(summary = "Close a task force with its closing report; its caseload is read no more")
  TaskForce close(@PathVariable UUID id, @RequestBody TaskForceClosing body) {
    return forces.close(id, body == null ? null : body.report(), currentActor.require());
  }

  @GetMapping("/api/v1/task-forces/{id}/caseload")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "The linked persons' cases the caller's organisation reaches under consent or a legal basis;"
              + " every reading audited with the task force as purpose")
  List<TaskForceCase> caseload(@PathVariable UUID id) {
    return forces.caseload(id, currentActor.require());
  }

  @PostMapping("/api/v1/task-forces/{id}/cases")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Link a person's case to the task force (the centre)")
  ResponseEntity<Void> link(@PathVariable UUID id, @RequestBody TaskForceCaseLink body) {
    forces.link(
        id,
        body == null || body.caseId() == null ? null : new CaseId(body.caseId()),
        currentActor.require());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/v1/task-forces/{id}/cases/{caseId}")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Take a person's case out of the task force (the centre)")
  ResponseEntity<Void> unlink(@PathVariable UUID id, @PathVariable UUID caseId) {
    forces.unlink(id, new CaseId(caseId), currentActor.require());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/task-forces/{id}/meetings")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "Record a meeting of the task force: date, minutes and decisions")
  ResponseEntity<TaskForce.Meeting> minute(
      @PathVariable UUID id, @RequestBody TaskForceMeetingDetails body) {
    Actor actor = currentActor.require();
    TaskForce.Meeting meeting =
        forces.minute(
            id,
            body == null ? null : body.heldOn(),
            body == null ? null : body.minutes(),
            body == null ? null : body.decisions(),
            actor);
    return ResponseEntity.status(HttpStatus.CREATED).body(meeting);
  }
}
