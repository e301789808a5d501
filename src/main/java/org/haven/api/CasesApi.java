package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.casework.CaseFile;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseNote;
import org.haven.casework.CaseNotes;
import org.haven.casework.CasePart;
import org.haven.casework.CaseShare;
import org.haven.casework.CaseShares;
import org.haven.casework.CaseStatus;
import org.haven.casework.CaseTask;
import org.haven.casework.CaseTasks;
import org.haven.casework.ClosureReason;
import org.haven.casework.Sensitivity;
import org.haven.casework.ServiceDelivered;
import org.haven.casework.ShareRequest;
import org.haven.casework.Support;
import org.haven.casework.SupportPlan;
import org.haven.casework.SupportType;
import org.haven.casework.TimelineEntry;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case files: the centre's whole case, or the parts shared with another organisation (every access
 * under a share is audited with the share). Sharing needs recorded consent or a legal basis.
 */
@RestController
@RequestMapping("/api/v1/cases")
@PreAuthorize(CasesApi.READERS)
@Tag(name = "Cases")
class CasesApi {

  /** The centre, and organisations a case may be shared with. */
  static final String READERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'SHELTER_STAFF', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER',"
          + " 'NGO_WORKER', 'IMMIGRATION_OFFICER')";

  static final String CENTRE = "hasRole('CENTRE_CASEWORKER')";

  /**
   * A case's summary as the API shows it: the person by reference only. {@code mergedInto}: the
   * case this one is kept in since the person's records were merged.
   */
  record CaseSummary(
      UUID id,
      String personReference,
      CaseStatus status,
      ClosureReason closureReason,
      String closureNote,
      UUID contactPerson,
      boolean minor,
      Instant openedAt,
      Instant closedAt,
      String decisionOutcome,
      String competentAuthority,
      LocalDate periodEndsOn,
      Instant consentWithdrawnAt,
      long version,
      UUID mergedInto) {

    static CaseSummary of(CaseFile f, boolean full) {
      return new CaseSummary(
          f.id().value(),
          f.personReference(),
          f.status(),
          f.closureReason(),
          full ? f.closureNote() : null,
          f.contactPerson(),
          f.minor(),
          f.openedAt(),
          f.closedAt(),
          f.decisionOutcome(),
          f.competentAuthority(),
          f.periodEndsOn(),
          full ? f.consentWithdrawnAt() : null,
          f.version(),
          f.mergedInto() == null ? null : f.mergedInto().value());
    }
  }

  record CaseView(
      CaseSummary summary,
      boolean fullAccess,
      Set<CasePart> parts,
      List<CaseTask> tasks,
      List<CaseNote> notes,
      List<CaseShare> shares,
      List<SupportPlan> supportPlans,
      List<ServiceDelivered> services) {}

  record NewPlan(SupportType type, String objectives, LocalDate startsOn, LocalDate plannedEnd) {}

  record NewService(
      UUID plan, SupportType type, LocalDate deliveredOn, UUID provider, String note) {}

  record NewTask(String title, LocalDate dueOn, UUID assignee) {}

  record NewNote(Sensitivity sensitivity, String text) {}

  record Revocation(String reason) {}

  record Closing(CaseStatus status, ClosureReason reason, String note) {}

  record ContactPerson(UUID contactPerson) {}

  private final CaseFiles cases;
  private final CaseTasks tasks;
  private final CaseNotes notes;
  private final CaseShares shares;
  private final Support support;
  private final CurrentActor currentActor;
  private final IdempotencyKeys idempotency;

  CasesApi(
      CaseFiles cases,
      CaseTasks tasks,
      CaseNotes notes,
      CaseShares shares,
      Support support,
      CurrentActor currentActor,
      IdempotencyKeys idempotency) {
    this.cases = cases;
    this.tasks = tasks;
    this.notes = notes;
    this.shares = shares;
    this.support = support;
    this.currentActor = currentActor;
    this.idempotency = idempotency;
  }

  @GetMapping
  @Operation(summary = "Cases the caller may reach: the centre all, others those shared with them")
  PageOfCases list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var actor = currentActor.require();
    CaseFiles.Page found = cases.list(status, mine, page, size, actor);
    boolean centre = actor.has(Role.CENTRE_CASEWORKER);
    return new PageOfCases(
        found.items().stream().map(f -> CaseSummary.of(f, centre)).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  /** One page of cases. */
  record PageOfCases(List<CaseSummary> items, int page, int size, long total) {}

  @GetMapping("/{id}")
  @Operation(summary = "One case, with the tasks, notes and shares the caller may see (audited)")
  ResponseEntity<CaseView> one(@PathVariable UUID id) {
    CaseFiles.Opened opened = cases.openWithSupport(new CaseId(id), currentActor.require());
    CaseFiles.Folder folder = opened.folder();
    return ResponseEntity.ok()
        .eTag(Versions.etag(folder.file().version()))
        .body(
            new CaseView(
                CaseSummary.of(folder.file(), folder.access().full()),
                folder.access().full(),
                folder.access().parts(),
                folder.tasks(),
                folder.notes(),
                folder.shares(),
                opened.plans(),
                opened.services()));
  }

  @GetMapping("/{id}/timeline")
  @Operation(summary = "The case's timeline across modules, newest first (audited)")
  List<TimelineEntry> timeline(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return cases.timeline(new CaseId(id), page, size, currentActor.require());
  }

  @PostMapping("/{id}/tasks")
  @PreAuthorize(CENTRE)
  @Operation(summary = "Add a task with a due date and an assignee (honours Idempotency-Key)")
  ResponseEntity<?> task(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody NewTask body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () ->
            ResponseEntity.status(HttpStatus.CREATED)
                .body(
                    tasks.add(new CaseId(id), body.title(), body.dueOn(), body.assignee(), actor)),
        task ->
            cases.open(new CaseId(id), actor).tasks().stream()
                .filter(t -> t.id().equals(task))
                .findFirst()
                .orElseThrow(() -> new NotFound("Task")));
  }

  @PostMapping("/{id}/support-plans")
  @PreAuthorize(CENTRE)
  @Operation(
      summary = "Add a support plan (HTCDS types and national offers; honours Idempotency-Key)")
  ResponseEntity<?> supportPlan(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody NewPlan body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          var plan =
              support.plan(
                  new CaseId(id),
                  body.type(),
                  body.objectives(),
                  body.startsOn(),
                  body.plannedEnd(),
                  actor);
          // the answer names the plan, not its objectives: kept answers must not hold case text
          return ResponseEntity.status(HttpStatus.CREATED).body(planAnswer(plan));
        },
        plan -> {
          cases.open(new CaseId(id), actor);
          return support.plans(new CaseId(id)).stream()
              .filter(p -> p.id().equals(plan))
              .findFirst()
              .map(CasesApi::planAnswer)
              .orElseThrow(() -> new NotFound("Plan"));
        });
  }

  @PostMapping("/{id}/services")
  @Operation(
      summary =
          "Record a service given (the centre, or an organisation the case is shared with as provider;"
              + " honours Idempotency-Key)")
  ResponseEntity<?> service(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody NewService body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          var service =
              support.record(
                  new CaseId(id),
                  body.plan(),
                  body.type(),
                  body.deliveredOn(),
                  body.provider(),
                  body.note(),
                  actor);
          return ResponseEntity.status(HttpStatus.CREATED).body(serviceAnswer(service));
        },
        service -> {
          cases.open(new CaseId(id), actor);
          return support.services(new CaseId(id)).stream()
              .filter(s -> s.id().equals(service))
              .findFirst()
              .map(CasesApi::serviceAnswer)
              .orElseThrow(() -> new NotFound("Service"));
        });
  }

  @PostMapping("/{id}/tasks/{taskId}/done")
  @Operation(summary = "Mark a task done (the centre or its assignee)")
  CaseTask done(@PathVariable UUID id, @PathVariable UUID taskId) {
    return tasks.complete(new CaseId(id), taskId, currentActor.require());
  }

  @PostMapping("/{id}/notes")
  @Operation(
      summary =
          "Add a note with a sensitivity level (others than the centre: normal notes, when notes are"
              + " shared; honours Idempotency-Key)")
  ResponseEntity<?> note(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody NewNote body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          CaseNote note = notes.add(new CaseId(id), body.sensitivity(), body.text(), actor);
          // the answer leaves the text out: it is read on request, audited on its own
          return ResponseEntity.status(HttpStatus.CREATED).body(noteAnswer(note));
        },
        note -> noteAnswer(notes.read(new CaseId(id), note, actor)));
  }

  @PostMapping("/{id}/shares")
  @PreAuthorize(CENTRE)
  @Operation(
      summary =
          "Share parts of the case with an organisation, on consent (consentGivenOn) or a legal basis"
              + " (basisDetail); honours Idempotency-Key")
  ResponseEntity<?> share(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ShareRequest body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () ->
            ResponseEntity.status(HttpStatus.CREATED)
                .body(shares.share(new CaseId(id), body, actor)),
        share ->
            cases.open(new CaseId(id), actor).shares().stream()
                .filter(s -> s.id().equals(share))
                .findFirst()
                .orElseThrow(() -> new NotFound("Share")));
  }

  @DeleteMapping("/{id}/shares/{shareId}")
  @PreAuthorize(CENTRE)
  @Operation(summary = "Revoke a share")
  CaseShare revoke(
      @PathVariable UUID id,
      @PathVariable UUID shareId,
      @RequestBody(required = false) Revocation body) {
    return shares.revoke(
        new CaseId(id), shareId, body == null ? null : body.reason(), currentActor.require());
  }

  @PostMapping("/{id}/consent-withdrawal")
  @PreAuthorize(CENTRE)
  @Operation(summary = "The person withdrew consent: revoke every share resting on it")
  Map<String, Integer> withdrawConsent(@PathVariable UUID id) {
    return Map.of("revokedShares", shares.withdrawConsent(new CaseId(id), currentActor.require()));
  }

  @PutMapping("/{id}/contact-person")
  @PreAuthorize(CENTRE)
  @Operation(summary = "Name the centre's contact person; requires If-Match")
  ResponseEntity<CaseSummary> contactPerson(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ContactPerson body) {
    CaseFile file =
        cases.assignContactPerson(
            new CaseId(id),
            Versions.required(ifMatch),
            body.contactPerson(),
            currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(file.version())).body(CaseSummary.of(file, true));
  }

  @PostMapping("/{id}/close")
  @PreAuthorize(CENTRE)
  @Operation(
      summary =
          "Close the case with a reason (status CLOSED or CLOSED_REFERRED), or move it to FOLLOW_UP;"
              + " requires If-Match")
  ResponseEntity<CaseSummary> close(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Closing body) {
    CaseFile file =
        cases.changeStatus(
            new CaseId(id),
            Versions.required(ifMatch),
            body.status(),
            body.reason(),
            body.note(),
            currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(file.version())).body(CaseSummary.of(file, true));
  }

  private static Map<String, Object> planAnswer(SupportPlan plan) {
    return Map.of("id", plan.id(), "type", plan.type(), "startsOn", plan.startsOn());
  }

  private static Map<String, Object> serviceAnswer(ServiceDelivered service) {
    return Map.of("id", service.id(), "type", service.type(), "deliveredOn", service.deliveredOn());
  }

  private static Map<String, Object> noteAnswer(CaseNote note) {
    return Map.of(
        "id", note.id(), "sensitivity", note.sensitivity(), "createdAt", note.createdAt());
  }
}
