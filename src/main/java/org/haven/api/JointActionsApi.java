package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Language;
import org.haven.access.NotFound;
import org.haven.operations.JointAction;
import org.haven.operations.JointActionPlan;
import org.haven.operations.JointActionRecord;
import org.haven.operations.JointActionReferralDetails;
import org.haven.operations.JointActionReport;
import org.haven.operations.JointActions;
import org.haven.operations.JointActions.MadeReferral;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint actions of the police, the tax agency, the labour inspectorate and the centre: the plan,
 * the calendar, the day's record, referrals of persons met and the after-action report. An action
 * exists only for its participants and the centre (404 for anyone else); its address only for
 * participants.
 */
@RestController
@Tag(name = "Joint actions")
class JointActionsApi {

  static final String PLANNERS =
      "hasAnyRole('POLICE_KEY_PERSON', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'CENTRE_CASEWORKER')";
  static final String RECORDERS =
      "hasAnyRole('POLICE_KEY_PERSON', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'CENTRE_CASEWORKER',"
          + " 'NGO_WORKER')";

  /** The referral draft made of a person met. */
  record JointActionReferralMade(UUID referral, UUID action) {}

  private final JointActions actions;
  private final JointActionReport report;
  private final CurrentActor currentActor;

  JointActionsApi(JointActions actions, JointActionReport report, CurrentActor currentActor) {
    this.actions = actions;
    this.report = report;
    this.currentActor = currentActor;
  }

  @PostMapping("/api/v1/joint-actions")
  @PreAuthorize(PLANNERS)
  @Operation(
      summary = "Plan a joint action (lead authority, invited organisations and participants)")
  ResponseEntity<JointAction> plan(@RequestBody JointActionPlan body) {
    Actor actor = currentActor.require();
    JointAction action = actions.plan(body, actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/joint-actions/" + action.id()))
        .eTag(Versions.etag(action.version()))
        .body(actions.find(action.id(), actor));
  }

  @GetMapping("/api/v1/joint-actions")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "The calendar: actions starting in a period (default: a month back to a year ahead) that the caller's"
              + " organisation takes part in, or for the centre every action; never an address, the day's record"
              + " only in persons met")
  List<JointAction> calendar(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return actions.calendar(from, to, currentActor.require());
  }

  @GetMapping("/api/v1/joint-actions/{id}")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "One action; the classified address only for participants (the reading is audited); 404 for outsiders")
  ResponseEntity<JointAction> find(@PathVariable UUID id) {
    JointAction action = actions.find(id, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(action.version())).body(action);
  }

  @PutMapping("/api/v1/joint-actions/{id}")
  @PreAuthorize(PLANNERS)
  @Operation(summary = "Change the plan of an action not yet held; requires If-Match")
  ResponseEntity<JointAction> change(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JointActionPlan body) {
    Actor actor = currentActor.require();
    JointAction action = actions.change(id, Versions.required(ifMatch), body, actor);
    return ResponseEntity.ok()
        .eTag(Versions.etag(action.version()))
        .body(actions.find(action.id(), actor));
  }

  @DeleteMapping("/api/v1/joint-actions/{id}")
  @PreAuthorize(PLANNERS)
  @Operation(
      summary =
          "Call off an action not yet held; it stays in the calendar as cancelled (409 once held)")
  ResponseEntity<Void> cancel(@PathVariable UUID id) {
    actions.cancel(id, currentActor.require());
    return ResponseEntity.noContent().build();
  }

  @RequestMapping(
      path = "/api/v1/joint-actions/{id}/record",
      method = {RequestMethod.PUT, RequestMethod.POST})
  @PreAuthorize(RECORDERS)
  @Operation(
      summary =
          "Record the day (persons met in counts, screenings, interviews, declined, findings, follow-ups);"
              + " again to correct it; If-Match optional")
  ResponseEntity<JointAction> record(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JointActionRecord body) {
    Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
    JointAction action = actions.record(id, expected, body, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(action.version())).body(action);
  }

  @GetMapping("/api/v1/joint-actions/{id}/record")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(summary = "The day's record of an action (404 before it was recorded)")
  JointActionRecord dayRecord(@PathVariable UUID id) {
    JointAction action = actions.find(id, currentActor.require());
    if (action.record() == null) {
      throw new NotFound("JointActionRecord");
    }
    return action.record();
  }

  @PostMapping("/api/v1/joint-actions/{id}/referrals")
  @PreAuthorize(RECORDERS)
  @Operation(
      summary =
          "Refer a person met: a referral draft of the caller's organisation, channel JOINT_ACTION, prefilled"
              + " with the action's date and place")
  ResponseEntity<JointActionReferralMade> refer(
      @PathVariable UUID id, @RequestBody(required = false) JointActionReferralDetails body) {
    UUID referral = actions.refer(id, body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/referrals/" + referral))
        .body(new JointActionReferralMade(referral, id));
  }

  @GetMapping("/api/v1/joint-actions/{id}/referrals")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "The referrals made on an action: the caller's organisation's, or for the lead and the centre all")
  List<MadeReferral> referrals(@PathVariable UUID id) {
    return actions.referralsOf(id, currentActor.require());
  }

  @GetMapping("/api/v1/joint-actions/{id}/report.pdf")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  @Operation(
      summary =
          "The after-action report as PDF: the plan, the counts, findings and follow-ups; never the address"
              + " or a name of a person met")
  ResponseEntity<byte[]> report(
      @PathVariable UUID id, @RequestParam(name = "lang", required = false) String language) {
    Actor actor = currentActor.require();
    Locale locale = Language.of(language).orElse(actor.language()).locale();
    byte[] pdf = report.render(id, actor, locale);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("joint-action-report.pdf").build().toString())
        .body(pdf);
  }
}
