package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.identification.Authority;
import org.haven.identification.Conductor;
import org.haven.identification.Decision;
import org.haven.identification.DecisionInput;
import org.haven.identification.DecisionOutcome;
import org.haven.identification.ExtensionGround;
import org.haven.identification.Identification;
import org.haven.identification.IdentificationId;
import org.haven.identification.IdentificationStatus;
import org.haven.identification.Identifications;
import org.haven.identification.InterviewPlan;
import org.haven.identification.InterviewRecord;
import org.haven.identification.InterviewStatus;
import org.haven.identification.PeriodEndReason;
import org.haven.identification.PeriodExtension;
import org.haven.identification.PeriodType;
import org.haven.identification.PlaceType;
import org.haven.identification.ResidenceStatus;
import org.haven.intake.Exploitation;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Identification: processes opened by accepted referrals, their interviews, the competent
 * authority's decision and the reflection or restitution period. Changes take {@code If-Match}
 * (PATCH, PUT) or honour {@code Idempotency-Key} (POST).
 */
@RestController
@RequestMapping("/api/v1/identifications")
@PreAuthorize(IdentificationsApi.ROLES)
@Tag(name = "Identification")
class IdentificationsApi {

  static final String ROLES =
      "hasAnyRole('CENTRE_CASEWORKER', 'IMMIGRATION_OFFICER', 'NGO_WORKER')";
  static final String DECIDERS = "hasAnyRole('CENTRE_CASEWORKER', 'IMMIGRATION_OFFICER')";

  /** An interview as the API shows it; notes only to the centre and the conducting organisation. */
  record InterviewView(
      UUID id,
      InterviewStatus status,
      Instant scheduledAt,
      LocalDate heldOn,
      Conductor conductor,
      UUID organisation,
      UUID interviewer,
      PlaceType placeType,
      String municipality,
      String interpreterLanguage,
      boolean companionPresent,
      boolean representativePresent,
      List<String> indicators,
      String notes) {}

  /** The period with its deadline and days left. */
  record PeriodView(
      PeriodType type,
      LocalDate start,
      int days,
      int maxDays,
      LocalDate endsOn,
      long daysLeft,
      boolean running,
      LocalDate endedOn,
      PeriodEndReason endReason,
      List<PeriodExtension> extensions,
      Boolean accepted,
      LocalDate answeredOn) {}

  /** A decision; the reasoning only to the centre and the deciding authority. */
  record DecisionView(
      UUID id,
      DecisionOutcome outcome,
      String htcdsStatus,
      Authority authority,
      LocalDate decidedOn,
      List<Exploitation> forms,
      Exploitation mainForm,
      String exploitationCountry,
      ResidenceStatus residenceStatus,
      String reasoning,
      String reconsiderationReason,
      UUID recordedBy,
      boolean onBehalf,
      Instant recordedAt) {}

  record IdentificationView(
      UUID id,
      String person,
      UUID referral,
      IdentificationStatus status,
      UUID assignedTo,
      ResidenceStatus residenceStatus,
      Authority competentAuthority,
      boolean minor,
      LocalDate referralDate,
      Instant openedAt,
      List<InterviewView> interviews,
      List<DecisionView> decisions,
      PeriodView period,
      long version) {}

  record Summary(
      UUID id,
      String person,
      IdentificationStatus status,
      ResidenceStatus residenceStatus,
      UUID assignedTo,
      boolean minor,
      LocalDate referralDate,
      DecisionOutcome outcome,
      LocalDate periodEndsOn,
      boolean periodRunning,
      Instant nextInterview) {}

  record ListPage(List<Summary> items, int page, int size, long total) {}

  record Residence(ResidenceStatus residenceStatus) {}

  record Assignment(UUID assignedTo) {}

  record PeriodExtensionRequest(int days, ExtensionGround ground, String reason) {}

  record PeriodEnd(LocalDate endedOn, PeriodEndReason reason) {}

  private final Identifications identifications;
  private final CurrentActor currentActor;
  private final IdempotencyKeys idempotency;
  private final People people;
  private final JsonMapper json;
  private final Clock clock;

  IdentificationsApi(
      Identifications identifications,
      CurrentActor currentActor,
      IdempotencyKeys idempotency,
      People people,
      JsonMapper json,
      Clock clock) {
    this.identifications = identifications;
    this.currentActor = currentActor;
    this.idempotency = idempotency;
    this.people = people;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Identification processes the caller may see, newest first")
  ListPage list(
      @RequestParam(required = false) IdentificationStatus status,
      @RequestParam(required = false) ResidenceStatus residenceStatus,
      @RequestParam(required = false) UUID assignedTo,
      @RequestParam(required = false) Boolean periodRunning,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Identifications.Page found =
        identifications.list(
            new Identifications.Filter(
                status, residenceStatus, assignedTo, periodRunning, page, size),
            currentActor.require());
    var references =
        people.referencesOf(found.items().stream().map(Identifications.Summary::person).toList());
    return new ListPage(
        found.items().stream()
            .map(
                s ->
                    new Summary(
                        s.id().value(),
                        value(references.get(s.person())),
                        s.status(),
                        s.residenceStatus(),
                        s.assignedTo(),
                        s.minor(),
                        s.referralDate(),
                        s.outcome(),
                        s.periodEndsOn(),
                        s.periodRunning(),
                        s.nextInterview()))
            .toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "One identification process (audited); interview notes (testimony) only with"
              + " include=testimony, and that reading audited as testimony")
  ResponseEntity<IdentificationView> one(
      @PathVariable UUID id, @RequestParam(required = false) String include) {
    Actor actor = currentActor.require();
    boolean testimony = Testimony.requested(include);
    Identification identification =
        testimony
            ? identifications.findWithTestimony(new IdentificationId(id), actor)
            : identifications.find(new IdentificationId(id), actor);
    return ResponseEntity.ok()
        .eTag(Versions.etag(identification.version()))
        .body(view(identification, actor, testimony));
  }

  @PutMapping("/{id}/residence-status")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Record the residence status, which decides the competent authority")
  ResponseEntity<IdentificationView> residence(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Residence body) {
    Actor actor = currentActor.require();
    return answer(
        identifications.recordResidence(
            new IdentificationId(id), Versions.required(ifMatch), body.residenceStatus(), actor),
        actor);
  }

  @PutMapping("/{id}/assignee")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Hand the process to a member of the centre")
  ResponseEntity<IdentificationView> assign(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Assignment body) {
    Actor actor = currentActor.require();
    return answer(
        identifications.assign(
            new IdentificationId(id), Versions.required(ifMatch), body.assignedTo(), actor),
        actor);
  }

  @PostMapping("/{id}/interviews")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'NGO_WORKER')")
  @Operation(summary = "Schedule an interview (honours Idempotency-Key)")
  ResponseEntity<?> schedule(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody InterviewPlan body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Identifications.Scheduled scheduled =
              identifications.schedule(new IdentificationId(id), body, actor);
          // a small answer: kept answers (Idempotency-Key) must not hold the process's testimony
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(
                  URI.create(
                      "/api/v1/identifications/" + id + "/interviews/" + scheduled.interview()))
              .eTag(Versions.etag(scheduled.identification().version()))
              .body(
                  Map.of(
                      "identification", id,
                      "interview", scheduled.interview(),
                      "version", scheduled.identification().version()));
        },
        interview ->
            Map.of(
                "identification",
                id,
                "interview",
                interview,
                "version",
                identifications.find(new IdentificationId(id), actor).version()));
  }

  @PatchMapping(
      path = "/{id}/interviews/{interviewId}",
      consumes = {"application/json", "application/merge-patch+json"})
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'NGO_WORKER')")
  @Operation(
      summary =
          "Change a planned interview, record it held (status HELD, heldOn, indicators, notes) or cancel"
              + " it; requires If-Match")
  ResponseEntity<IdentificationView> record(
      @PathVariable UUID id,
      @PathVariable UUID interviewId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "A JSON Merge Patch (RFC 7396): the fields sent replace the current ones, null"
                      + " removes one, fields left out stay as they are",
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = InterviewRecord.class)))
          @RequestBody
          JsonNode patch) {
    long version = Versions.required(ifMatch);
    Actor actor = currentActor.require();
    if (!patch.isObject()) {
      throw new InvalidInput("body", "validation.invalid");
    }
    // one act, one audit row: the interview is read and changed in the front door's transaction
    return answer(
        identifications.recordInterview(
            new IdentificationId(id),
            version,
            interviewId,
            interview -> {
              ObjectNode merged = (ObjectNode) json.valueToTree(InterviewRecord.of(interview));
              merged.setAll((ObjectNode) patch);
              return json.treeToValue(merged, InterviewRecord.class);
            },
            actor),
        actor);
  }

  @PostMapping("/{id}/decision")
  @PreAuthorize(DECIDERS)
  @Operation(
      summary =
          "Record the competent authority's decision (or a reconsideration); requires If-Match."
              + " A positive decision opens the period")
  ResponseEntity<IdentificationView> decide(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody DecisionInput body) {
    Actor actor = currentActor.require();
    return answer(
        identifications.decide(new IdentificationId(id), Versions.required(ifMatch), body, actor),
        actor);
  }

  @PostMapping("/{id}/period/extensions")
  @PreAuthorize(DECIDERS)
  @Operation(
      summary = "Extend the running period (never beyond the maximum, 120 days); requires If-Match")
  ResponseEntity<IdentificationView> extend(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PeriodExtensionRequest body) {
    Actor actor = currentActor.require();
    return answer(
        identifications.extend(
            new IdentificationId(id),
            Versions.required(ifMatch),
            body.days(),
            body.ground(),
            body.reason(),
            actor),
        actor);
  }

  /** The person's answer to the period offered; {@code answeredOn} defaults to today. */
  record PeriodAnswer(boolean accepted, LocalDate answeredOn) {}

  @PostMapping("/{id}/period/answer")
  @PreAuthorize(DECIDERS)
  @Operation(
      summary =
          "Record whether the person accepted the reflection or restitution period; requires If-Match")
  ResponseEntity<IdentificationView> answerPeriod(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PeriodAnswer body) {
    Actor actor = currentActor.require();
    return answer(
        identifications.answerPeriod(
            new IdentificationId(id),
            Versions.required(ifMatch),
            body.accepted(),
            body.answeredOn(),
            actor),
        actor);
  }

  @PostMapping("/{id}/period/end")
  @PreAuthorize(DECIDERS)
  @Operation(summary = "End the running period early (e.g. departure); requires If-Match")
  ResponseEntity<IdentificationView> endPeriod(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PeriodEnd body) {
    Actor actor = currentActor.require();
    return answer(
        identifications.endPeriod(
            new IdentificationId(id),
            Versions.required(ifMatch),
            body.endedOn(),
            body.reason(),
            actor),
        actor);
  }

  private ResponseEntity<IdentificationView> answer(Identification identification, Actor actor) {
    return ResponseEntity.ok()
        .eTag(Versions.etag(identification.version()))
        .body(view(identification, actor));
  }

  private IdentificationView view(Identification i, Actor actor) {
    return view(i, actor, false);
  }

  private IdentificationView view(Identification i, Actor actor, boolean testimony) {
    boolean centre = actor.has(Role.CENTRE_CASEWORKER);
    PeriodView period = null;
    if (i.periodStart() != null) {
      LocalDate endsOn = identifications.periodEndsOn(i).orElseThrow();
      period =
          new PeriodView(
              i.periodType(),
              i.periodStart(),
              i.totalDays(),
              identifications.maxPeriodDays(),
              endsOn,
              ChronoUnit.DAYS.between(LocalDate.now(clock), endsOn),
              i.periodRunning(),
              i.periodEndedOn(),
              i.periodEndReason(),
              decides(actor)
                  ? i.extensions()
                  : i.extensions().stream()
                      .map(
                          e ->
                              new PeriodExtension(
                                  e.days(),
                                  e.ground(),
                                  null,
                                  e.approvedBy(),
                                  e.approvedAt(),
                                  e.periodNumber()))
                      .toList(),
              i.periodAccepted(),
              i.periodAnsweredOn());
    }
    return new IdentificationView(
        i.identificationId().value(),
        people.referenceOf(i.person()).map(PersonReference::value).orElse(null),
        i.referral().value(),
        i.status(),
        i.assignedTo(),
        i.residenceStatus(),
        i.competentAuthority().orElse(null),
        i.minor(),
        i.referralDate(),
        i.openedAt(),
        i.interviews().stream()
            .map(
                v ->
                    new InterviewView(
                        v.interviewId(),
                        v.status(),
                        v.scheduledAt(),
                        v.heldOn(),
                        v.conductor(),
                        v.organisation(),
                        v.interviewer(),
                        v.placeType(),
                        v.municipality(),
                        v.interpreterLanguage(),
                        v.companionPresent(),
                        v.representativePresent(),
                        v.indicatorCodes(),
                        testimony && identifications.mayReadNotes(v, actor) ? v.notes() : null))
            .toList(),
        i.decisions().stream()
            .map(
                d ->
                    decision(
                        d,
                        centre
                            || (actor.has(Role.IMMIGRATION_OFFICER)
                                && d.authority() == Authority.IMMIGRATION_SERVICE)))
            .toList(),
        period,
        i.version());
  }

  private static boolean decides(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER) || actor.has(Role.IMMIGRATION_OFFICER);
  }

  private static DecisionView decision(Decision d, boolean reasoning) {
    return new DecisionView(
        d.decisionId(),
        d.outcome(),
        d.outcome().htcds(),
        d.authority(),
        d.decidedOn(),
        d.establishedForms(),
        d.mainForm(),
        d.exploitationCountry(),
        d.residenceStatus(),
        reasoning ? d.reasoning() : null,
        reasoning ? d.reconsiderationReason() : null,
        d.recordedBy(),
        d.onBehalf(),
        d.recordedAt());
  }

  private static String value(PersonReference reference) {
    return reference == null ? null : reference.value();
  }
}
