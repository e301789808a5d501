package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.repatriation.Assessment;
import org.haven.repatriation.FollowUp;
import org.haven.repatriation.FollowUpStatus;
import org.haven.repatriation.Programme;
import org.haven.repatriation.ReintegrationOutcome;
import org.haven.repatriation.Repatriation;
import org.haven.repatriation.RepatriationId;
import org.haven.repatriation.RepatriationStatus;
import org.haven.repatriation.Repatriations;
import org.haven.repatriation.ReturnCriterion;
import org.haven.repatriation.SupportItem;
import org.haven.repatriation.SupportItemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prepared repatriation, for the centre: offer, answer, plan with support items, departure,
 * follow-up reports and the outcome; the overview of what is due and the costs. Changes take {@code
 * If-Match}; the offer honours {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/repatriations")
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
@Tag(name = "Repatriation")
class RepatriationsApi {

  static final String CENTRE_OR_RETURN_ORGANISATION =
      "hasAnyRole('CENTRE_CASEWORKER', 'RETURN_ORGANISATION_STAFF')";

  record Offer(String person, Programme programme) {}

  record RepatriationAnswer(boolean accepted, String reason, Integer extendPeriodDays) {}

  record Plan(
      String destinationCountry,
      String destinationPlace,
      UUID partner,
      LocalDate plannedDeparture,
      String travel) {}

  record NewSupportItem(
      SupportItemType type,
      BigDecimal amount,
      String currency,
      Integer months,
      String note,
      boolean inKind) {}

  /** The programme's criteria the person meets. */
  record EligibilityCheck(Set<ReturnCriterion> criteriaMet) {}

  /** The return organisation applied to. */
  record ReturnApplication(UUID partner) {}

  /** The return organisation's assessment; a rejection says why. */
  record ReturnAssessment(Assessment outcome, String note) {}

  record Departure(LocalDate actualDeparture) {}

  record NewFollowUp(
      LocalDate reportedOn, FollowUpStatus status, String note, boolean safe, boolean reachable) {}

  record ReintegrationExtension(int months) {}

  record ReintegrationEnding(ReintegrationOutcome outcome, String note) {}

  record RepatriationCancellation(String reason) {}

  record RepatriationView(
      UUID id,
      String person,
      Programme programme,
      RepatriationStatus status,
      LocalDate offeredOn,
      LocalDate answeredOn,
      String destinationCountry,
      String destinationPlace,
      UUID partner,
      LocalDate plannedDeparture,
      LocalDate actualDeparture,
      String travel,
      LocalDate planAgreedOn,
      int reintegrationMonths,
      LocalDate reintegrationEndsOn,
      List<SupportItem> supportItems,
      Map<String, BigDecimal> costs,
      List<FollowUp> followUps,
      ReintegrationOutcome outcome,
      Set<ReturnCriterion> criteriaMet,
      boolean eligible,
      LocalDate eligibilityCheckedOn,
      LocalDate appliedOn,
      Assessment assessment,
      String assessmentNote,
      LocalDate assessedOn,
      Instant createdAt,
      long version) {}

  record DueView(UUID id, String person, String kind, LocalDate due, String country) {}

  private final Repatriations repatriations;
  private final People people;
  private final CurrentActor currentActor;
  private final IdempotencyKeys idempotency;

  RepatriationsApi(
      Repatriations repatriations,
      People people,
      CurrentActor currentActor,
      IdempotencyKeys idempotency) {
    this.repatriations = repatriations;
    this.people = people;
    this.currentActor = currentActor;
    this.idempotency = idempotency;
  }

  @PostMapping
  @Operation(summary = "Offer a prepared repatriation to a person (honours Idempotency-Key)")
  ResponseEntity<?> offer(
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody Offer body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Repatriation repatriation =
              repatriations.offer(people.require(body.person(), "person"), body.programme(), actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/repatriations/" + repatriation.repatriationId()))
              .eTag(Versions.etag(repatriation.version()))
              .body(view(repatriation));
        },
        created -> view(repatriations.find(new RepatriationId(created), actor)));
  }

  @GetMapping("/{id}")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  @Operation(
      summary =
          "One repatriation with its plan, support items, costs and follow-ups (audited); the return"
              + " organisation's staff read those handed to their organisation")
  ResponseEntity<RepatriationView> one(@PathVariable UUID id) {
    return answer(repatriations.find(new RepatriationId(id), currentActor.require()));
  }

  @GetMapping("/due")
  @Operation(
      summary = "Departures in the next 30 days, follow-up reports due within 7 days and overdue")
  List<DueView> due() {
    var due = repatriations.overview(currentActor.require());
    var references = people.referencesOf(due.stream().map(Repatriations.Due::person).toList());
    return due.stream()
        .map(
            d ->
                new DueView(
                    d.id().value(),
                    references.get(d.person()) == null ? null : references.get(d.person()).value(),
                    d.kind(),
                    d.due(),
                    d.country()))
        .toList();
  }

  @GetMapping("/costs")
  @Operation(summary = "Support costs per currency, by CASE (person), COUNTRY or YEAR of return")
  List<Repatriations.Cost> costs(
      @RequestParam(defaultValue = "COUNTRY") Repatriations.CostGrouping by) {
    return repatriations.costs(by, currentActor.require());
  }

  @PostMapping("/{id}/answer")
  @Operation(
      summary =
          "The person's answer; on acceptance the running reflection period may be extended"
              + " (extendPeriodDays) as the period policy allows. Requires If-Match")
  ResponseEntity<RepatriationView> answer(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody RepatriationAnswer body) {
    Actor actor = currentActor.require();
    long version = Versions.required(ifMatch);
    return answer(
        body.accepted()
            ? repatriations.accept(new RepatriationId(id), version, body.extendPeriodDays(), actor)
            : repatriations.decline(new RepatriationId(id), version, body.reason(), actor));
  }

  @PutMapping("/{id}/plan")
  @Operation(summary = "The individual reintegration plan; requires If-Match")
  ResponseEntity<RepatriationView> plan(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Plan body) {
    return answer(
        repatriations.plan(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.destinationCountry(),
            body.destinationPlace(),
            body.partner(),
            body.plannedDeparture(),
            body.travel(),
            currentActor.require()));
  }

  @PostMapping("/{id}/support-items")
  @Operation(summary = "Add a support item (amount ≥ 0, ISO 4217 currency); requires If-Match")
  ResponseEntity<RepatriationView> supportItem(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody NewSupportItem body) {
    return answer(
        repatriations.addSupport(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.type(),
            body.amount(),
            body.currency(),
            body.months(),
            body.note(),
            body.inKind(),
            currentActor.require()));
  }

  @PostMapping("/{id}/departure")
  @Operation(
      summary =
          "The person departed: reintegration starts; placements and the period end. Requires If-Match")
  ResponseEntity<RepatriationView> departure(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Departure body) {
    return answer(
        repatriations.depart(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.actualDeparture(),
            currentActor.require()));
  }

  @GetMapping("/handed")
  @PreAuthorize("hasRole('RETURN_ORGANISATION_STAFF')")
  @Operation(
      summary =
          "The return organisation's staff: the repatriations applied to their organisation, newest first (each read audited)")
  List<RepatriationView> handed() {
    Actor actor = currentActor.require();
    return repatriations.handedToMe(actor).stream()
        .map(id -> view(repatriations.find(id, actor)))
        .toList();
  }

  @PostMapping("/{id}/eligibility")
  @Operation(
      summary =
          "The voluntary return programme's eligibility checklist: the criteria the person meets; requires If-Match")
  ResponseEntity<RepatriationView> eligibility(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody EligibilityCheck body) {
    return answer(
        repatriations.checkEligibility(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.criteriaMet(),
            currentActor.require()));
  }

  @PostMapping("/{id}/application")
  @Operation(
      summary =
          "Apply to the return organisation for an eligible person; its staff then see the repatriation. Requires If-Match")
  ResponseEntity<RepatriationView> application(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ReturnApplication body) {
    return answer(
        repatriations.applyToReturnOrganisation(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.partner(),
            currentActor.require()));
  }

  @PostMapping("/{id}/assessment")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  @Operation(
      summary =
          "The return organisation's assessment of the application (its staff, or the centre recording its answer); requires If-Match")
  ResponseEntity<RepatriationView> assessment(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ReturnAssessment body) {
    return answer(
        repatriations.assess(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.outcome(),
            body.note(),
            currentActor.require()));
  }

  @PostMapping("/{id}/follow-ups")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  @Operation(
      summary =
          "A follow-up report from the partner, within the reintegration period; requires If-Match")
  ResponseEntity<RepatriationView> followUp(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody NewFollowUp body) {
    return answer(
        repatriations.report(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.reportedOn(),
            body.status(),
            body.note(),
            body.safe(),
            body.reachable(),
            currentActor.require()));
  }

  @PostMapping("/{id}/reintegration/extensions")
  @Operation(summary = "Extend the reintegration period by months; requires If-Match")
  ResponseEntity<RepatriationView> extend(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ReintegrationExtension body) {
    return answer(
        repatriations.extendReintegration(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.months(),
            currentActor.require()));
  }

  @PostMapping("/{id}/end")
  @Operation(summary = "End the reintegration with its outcome; requires If-Match")
  ResponseEntity<RepatriationView> end(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ReintegrationEnding body) {
    return answer(
        repatriations.end(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.outcome(),
            body.note(),
            currentActor.require()));
  }

  @PostMapping("/{id}/cancel")
  @Operation(
      summary =
          "Cancel an offer or an accepted plan before departure, with the reason; requires If-Match")
  ResponseEntity<RepatriationView> cancel(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody RepatriationCancellation body) {
    return answer(
        repatriations.cancel(
            new RepatriationId(id),
            Versions.required(ifMatch),
            body.reason(),
            currentActor.require()));
  }

  private ResponseEntity<RepatriationView> answer(Repatriation r) {
    return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(view(r));
  }

  private RepatriationView view(Repatriation r) {
    return new RepatriationView(
        r.repatriationId().value(),
        people.referenceOf(r.person()).map(PersonReference::value).orElse(null),
        r.programme(),
        r.status(),
        r.offeredOn(),
        r.answeredOn(),
        r.destinationCountry(),
        r.destinationPlace(),
        r.partner(),
        r.plannedDeparture(),
        r.actualDeparture(),
        r.travel(),
        r.planAgreedOn(),
        r.reintegrationMonths(),
        r.reintegrationEndsOn(),
        r.supportItems(),
        r.costs(),
        r.followUps(),
        r.outcome(),
        r.criteriaMet(),
        r.eligible(),
        r.eligibilityCheckedOn(),
        r.appliedOn(),
        r.assessment(),
        r.assessmentNote(),
        r.assessedOn(),
        r.createdAt(),
        r.version());
  }
}
