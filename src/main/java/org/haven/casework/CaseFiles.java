package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.NotVisible;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for case files. The centre works every case in full; another organisation reaches a
 * case only through an active share, and sees only the parts shared; every such access is audited
 * with the share it used. Sharing needs the person's consent or a legal basis; withdrawing consent
 * revokes every share that rested on it.
 */
@Service
public class CaseFiles {

  static final String RESOURCE = "Case";
  static final int TEXT_LIMIT = 20_000;
  static final int TITLE_LIMIT = 200;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Users users;
  private final Organisations organisations;
  private final Notifications notifications;
  private final Clock clock;

  private final ApplicationEventPublisher events;

  CaseFiles(
      JdbcClient jdbc,
      AuditTrail audit,
      Users users,
      Organisations organisations,
      Notifications notifications,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.jdbc = jdbc;
    this.audit = audit;
    this.users = users;
    this.organisations = organisations;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Everything on a case the actor may see, as one read. */
  public record Folder(
      CaseFile file,
      CaseAccess access,
      List<CaseTask> tasks,
      List<CaseNote> notes,
      List<CaseShare> shares) {}

  /** One page of a case list. */
  public record Page(List<CaseFile> items, int page, int size, long total) {}

  /** The case of a person, if one was opened (ids only: not a read). */
  @Transactional(readOnly = true)
  public Optional<CaseId> caseOf(PersonId person) {
    return jdbc.sql("SELECT id FROM casework.case_file WHERE person_id = ? AND merged_into IS NULL")
        .param(person.value())
        .query(UUID.class)
        .optional()
        .map(CaseId::new);
  }

  /** Every case of these persons, merged ones included (ids only: not a read). */
  @Transactional(readOnly = true)
  public List<CaseId> casesOfAll(Collection<PersonId> persons) {
    return jdbc
        .sql("SELECT id FROM casework.case_file WHERE person_id = ANY (?) ORDER BY id")
        .param(persons.stream().map(PersonId::value).toArray(UUID[]::new))
        .query(UUID.class)
        .list()
        .stream()
        .map(CaseId::new)
        .toList();
  }

  /**
   * The cases kept in this one since person records were merged (ids only: not a read; opening one
   * is).
   */
  @Transactional(readOnly = true)
  public List<CaseId> mergedInto(CaseId id) {
    return jdbc
        .sql("SELECT id FROM casework.case_file WHERE merged_into = ? ORDER BY opened_at")
        .param(id.value())
        .query(UUID.class)
        .list()
        .stream()
        .map(CaseId::new)
        .toList();
  }

  /** The case with what the actor may see of it; audited, with the share used if any. */
  @Transactional
  public Folder open(CaseId id, Actor by) {
    CaseFile file = load(id);
    CaseAccess access = access(file, by);
    auditRead(id, access, by, null);
    List<CaseTask> tasks = access.may(CasePart.TASKS) ? tasks(id) : List.of();
    List<CaseNote> notes =
        access.may(CasePart.NOTES)
            ? notes(id).stream().filter(n -> access.mayRead(n.sensitivity())).toList()
            : List.of();
    List<CaseShare> shares = access.full() ? shares(id) : List.of();
    return new Folder(file, access, tasks, notes, shares);
  }

  /** One note, shown on request: the reading is audited on its own, with the note's id. */
  @Transactional
  public CaseNote note(CaseId id, UUID noteId, Actor by) {
    CaseFile file = load(id);
    CaseAccess access = access(file, by);
    CaseNote note =
        notes(id).stream()
            .filter(n -> n.id().equals(noteId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Note"));
    if (!access.may(CasePart.NOTES) || !access.mayRead(note.sensitivity())) {
      throw new AccessDeniedException("Not for this reader");
    }
    auditRead(id, access, by, "note " + noteId);
    return note;
  }

  /** The timeline, newest first, a page at a time (audited). */
  @Transactional
  public List<TimelineEntry> timeline(CaseId id, int page, int size, Actor by) {
    CaseFile file = load(id);
    CaseAccess access = access(file, by);
    if (!access.may(CasePart.TIMELINE)) {
      throw new AccessDeniedException("The timeline is not shared");
    }
    auditRead(id, access, by, "timeline");
    int limit = Math.max(1, Math.min(size, 200));
    return jdbc.sql(
            "SELECT * FROM casework.timeline_entry WHERE case_id = ? ORDER BY occurred_at DESC, id DESC LIMIT "
                + limit
                + " OFFSET "
                + ((long) Math.max(0, page) * limit))
        .param(id.value())
        .query(CaseFiles::entry)
        .list();
  }

  /**
   * Cases the actor may reach: the centre all (or its own as contact person), others shared ones.
   */
  @Transactional(readOnly = true)
  public Page list(CaseStatus status, boolean mine, int page, int size, Actor by) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      where.append(
          " AND EXISTS (SELECT 1 FROM casework.case_share s WHERE s.case_id = c.id AND s.organisation = ?"
              + " AND s.revoked_at IS NULL)");
      params.add(by.organisation().value());
    }
    if (mine) {
      where.append(" AND c.contact_person = ?");
      params.add(by.user().value());
    }
    if (status != null) {
      where.append(" AND c.status = ?");
      params.add(status.name());
    }
    long total =
        jdbc.sql("SELECT count(*) FROM casework.case_file c" + where)
            .params(params)
            .query(Long.class)
            .single();
    int limit = Math.max(1, Math.min(size, 200));
    List<CaseFile> items =
        jdbc.sql(
                "SELECT c.* FROM casework.case_file c"
                    + where
                    + " ORDER BY c.opened_at DESC, c.id LIMIT "
                    + limit
                    + " OFFSET "
                    + ((long) Math.max(0, page) * limit))
            .params(params)
            .query(CaseFiles::caseFile)
            .list();
    return new Page(items, Math.max(0, page), limit, total);
  }

  /** A task by hand (the centre). */
  @Transactional
  public CaseTask addTask(CaseId id, String title, LocalDate dueOn, UUID assignee, Actor by) {
    CaseFile file = load(id);
    requireFull(file, by);
    requireOpen(file);
    String what = text("title", title, TITLE_LIMIT);
    if (what == null) {
      throw new InvalidInput("title", "validation.required");
    }
    if (dueOn != null && dueOn.isBefore(today())) {
      throw new InvalidInput("dueOn", "task.duePast");
    }
    UUID who = assignee == null ? by.user().value() : requireCentreUser("assignee", assignee);
    UUID taskId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.task (id, case_id, kind, title, due_on, assignee, status, created_by, created_at)
            VALUES (?, ?, 'MANUAL', ?, ?, ?, 'OPEN', ?, ?)
            """)
        .params(taskId, id.value(), what, dueOn, who, by.user().value(), utc(now))
        .update();
    entry(
        id, now, "TASK_CREATED", by.user().value(), taskId, dueOn == null ? "" : dueOn.toString());
    if (!who.equals(by.user().value())) {
      notifications.notify(who, "TASK_ASSIGNED", "/cases/" + id.value(), List.of());
    }
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "task added");
    return task(taskId);
  }

  /** Marks a task done (the centre, or its assignee). */
  @Transactional
  public CaseTask completeTask(CaseId id, UUID taskId, Actor by) {
    CaseFile file = load(id);
    CaseTask task = task(taskId);
    if (!task.caseId().equals(id)) {
      throw new NotFound("Task");
    }
    if (!by.has(Role.CENTRE_CASEWORKER) && !by.user().value().equals(task.assignee())) {
      access(file, by);
      throw new AccessDeniedException("Only the centre or the assignee completes a task");
    }
    if (task.status() != TaskStatus.OPEN) {
      throw new InvalidInput("status", "task.notOpen");
    }
    Instant now = clock.instant();
    int done =
        jdbc.sql(
                "UPDATE casework.task SET status = 'DONE', done_at = ?, done_by = ? WHERE id = ? AND status = 'OPEN'")
            .params(utc(now), by.user().value(), taskId)
            .update();
    if (done == 0) {
      throw new InvalidInput("status", "task.notOpen");
    }
    entry(id, now, "TASK_DONE", by.user().value(), taskId);
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "task done");
    return task(taskId);
  }

  /**
   * A note: the centre at any sensitivity; an organisation the notes are shared with, at the normal
   * level.
   */
  @Transactional
  public CaseNote addNote(CaseId id, Sensitivity sensitivity, String text, Actor by) {
    CaseFile file = load(id);
    CaseAccess access = access(file, by);
    requireOpen(file);
    Sensitivity level = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
    if (!access.full() && (!access.may(CasePart.NOTES) || level != Sensitivity.NORMAL)) {
      throw new AccessDeniedException("Notes at this level are for the centre");
    }
    String body = text("text", text, TEXT_LIMIT);
    if (body == null) {
      throw new InvalidInput("text", "validation.required");
    }
    UUID noteId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.note (id, case_id, sensitivity, text, author, organisation, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            noteId,
            id.value(),
            level.name(),
            body,
            by.user().value(),
            by.organisation().value(),
            utc(now))
        .update();
    entry(id, now, "NOTE_ADDED", by.user().value(), noteId, level.name());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        access.share() == null ? "note added" : "note added under share " + access.share());
    return new CaseNote(noteId, level, body, by.user().value(), by.organisation().value(), now);
  }

  /**
   * Shares the case with another organisation (the centre), on recorded consent given after any
   * withdrawal, or on a cited legal basis.
   */
  @Transactional
  public CaseShare share(CaseId id, ShareRequest request, Actor by) {
    CaseFile file = load(id);
    requireFull(file, by);
    requireOpen(file);
    if (request.organisation() == null
        || organisations.find(new OrganisationId(request.organisation())).isEmpty()) {
      throw new InvalidInput("organisation", "share.organisationUnknown");
    }
    if (request.organisation().equals(by.organisation().value())) {
      throw new InvalidInput("organisation", "share.ownOrganisation");
    }
    if (request.basis() == null) {
      throw new InvalidInput("basis", "share.basisRequired");
    }
    String detail = text("basisDetail", request.basisDetail(), TITLE_LIMIT);
    LocalDate consentOn = null;
    if (request.basis() == ShareBasis.CONSENT) {
      consentOn = request.consentGivenOn();
      if (consentOn == null) {
        throw new InvalidInput("consentGivenOn", "share.consentDateRequired");
      }
      if (consentOn.isAfter(today())) {
        throw new InvalidInput("consentGivenOn", "validation.futureDate");
      }
      if (file.consentWithdrawnAt() != null
          && !consentOn.isAfter(LocalDate.ofInstant(file.consentWithdrawnAt(), clock.getZone()))) {
        throw new InvalidInput("consentGivenOn", "share.consentWithdrawn");
      }
    } else if (detail == null) {
      throw new InvalidInput("basisDetail", "share.legalBasisRequired");
    }
    Set<CasePart> parts =
        request.parts() == null || request.parts().isEmpty()
            ? EnumSet.of(CasePart.SUMMARY)
            : EnumSet.copyOf(request.parts());
    parts.add(CasePart.SUMMARY);
    UUID shareId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.case_share (id, case_id, organisation, parts, basis, basis_detail, consent_given_on,
                                             recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            shareId,
            id.value(),
            request.organisation(),
            parts.stream().map(Enum::name).collect(Collectors.joining(",")),
            request.basis().name(),
            detail,
            consentOn,
            by.user().value(),
            utc(now))
        .update();
    entry(id, now, "SHARED", by.user().value(), shareId, request.basis().name());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "shared " + shareId);
    return shares(id).stream().filter(s -> s.id().equals(shareId)).findFirst().orElseThrow();
  }

  /** Ends a share (the centre). */
  @Transactional
  public CaseShare revokeShare(CaseId id, UUID shareId, String reason, Actor by) {
    CaseFile file = load(id);
    requireFull(file, by);
    CaseShare share =
        shares(id).stream()
            .filter(s -> s.id().equals(shareId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Share"));
    if (!share.active()) {
      throw new InvalidInput("share", "share.alreadyRevoked");
    }
    Instant now = clock.instant();
    revoke(id, List.of(shareId), text("reason", reason, TITLE_LIMIT), by.user().value(), now);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "share revoked " + shareId);
    return shares(id).stream().filter(s -> s.id().equals(shareId)).findFirst().orElseThrow();
  }

  /**
   * The shares that {@link #withdrawConsent} would end now: every active share resting on consent
   * (shares on a legal basis stay). For the page that asks first.
   */
  @Transactional(readOnly = true)
  public List<CaseShare> endedByConsentWithdrawal(CaseId id, Actor by) {
    requireFull(load(id), by);
    return shares(id).stream().filter(s -> s.active() && s.basis() == ShareBasis.CONSENT).toList();
  }

  /**
   * How many open tasks closing the case would set aside: those Haven made itself (deadlines,
   * reminders); tasks people wrote stay open. For the page that asks first.
   */
  @Transactional(readOnly = true)
  public int tasksSetAsideByClosing(CaseId id, Actor by) {
    requireFull(load(id), by);
    return jdbc.sql(
            "SELECT count(*) FROM casework.task WHERE case_id = ? AND status = 'OPEN' AND kind <> 'MANUAL'")
        .param(id.value())
        .query(Integer.class)
        .single();
  }

  /**
   * The person withdrew consent: every share resting on consent ends now, and new consent-based
   * shares need consent given after today. Returns how many shares ended.
   */
  @Transactional
  public int withdrawConsent(CaseId id, Actor by) {
    CaseFile file = load(id);
    requireFull(file, by);
    Instant now = clock.instant();
    List<UUID> consentShares =
        shares(id).stream()
            .filter(s -> s.active() && s.basis() == ShareBasis.CONSENT)
            .map(CaseShare::id)
            .toList();
    revoke(id, consentShares, "consent withdrawn", by.user().value(), now);
    jdbc.sql(
            "UPDATE casework.case_file SET consent_withdrawn_at = ?, version = version + 1 WHERE id = ?")
        .params(utc(now), id.value())
        .update();
    entry(
        id,
        now,
        "CONSENT_WITHDRAWN",
        by.user().value(),
        null,
        String.valueOf(consentShares.size()));
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "consent withdrawn");
    events.publishEvent(new CaseConsentWithdrawn(id, now));
    return consentShares.size();
  }

  /** Names the centre's contact person for the case. */
  @Transactional
  public CaseFile assignContactPerson(CaseId id, long expectedVersion, UUID user, Actor by) {
    CaseFile file = load(id);
    requireFull(file, by);
    UUID contact = requireCentreUser("contactPerson", user);
    bump(id, expectedVersion, "contact_person = ?", contact);
    Instant now = clock.instant();
    entry(id, now, "CONTACT_PERSON", by.user().value(), contact);
    if (!contact.equals(by.user().value())) {
      notifications.notify(contact, "CONTACT_PERSON", "/cases/" + id.value(), List.of());
    }
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "contact person");
    return load(id);
  }

  /** Moves a case to follow-up, or closes it (with a reason). */
  @Transactional
  public CaseFile changeStatus(
      CaseId id,
      long expectedVersion,
      CaseStatus status,
      ClosureReason reason,
      String note,
      Actor by) {
    CaseFile file = load(id);
    requireFull(file, by);
    CaseStatus target = status == null ? CaseStatus.CLOSED : status;
    if (!file.status().open()) {
      throw new InvalidInput("status", "case.alreadyClosed");
    }
    Instant now = clock.instant();
    String why = text("note", note, TEXT_LIMIT);
    if (target.open()) {
      bump(id, expectedVersion, "status = ?", target.name());
    } else {
      if (reason == null) {
        throw new InvalidInput("reason", "case.closureReasonRequired");
      }
      if (reason == ClosureReason.OTHER && why == null) {
        throw new InvalidInput("note", "case.closureNoteRequired");
      }
      bump(
          id,
          expectedVersion,
          "status = ?, closure_reason = ?, closure_note = ?, closed_at = ?",
          target.name(),
          reason.name(),
          why,
          utc(now));
      jdbc.sql(
              "UPDATE casework.task SET status = 'OBSOLETE', done_at = ? WHERE case_id = ? AND status = 'OPEN' AND kind <> 'MANUAL'")
          .params(utc(now), id.value())
          .update();
    }
    entry(
        id,
        now,
        target.open() ? "CASE_STATUS" : "CASE_CLOSED",
        by.user().value(),
        null,
        target.name(),
        reason == null ? "" : reason.name());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "status " + target);
    return load(id);
  }

  /**
   * How the actor reaches the case; refused (and audited by the caller's handler) without a way.
   */
  public CaseAccess access(CaseFile file, Actor by) {
    if (by.has(Role.CENTRE_CASEWORKER)) {
      return new CaseAccess(true, EnumSet.allOf(CasePart.class), null);
    }
    return shares(file.id()).stream()
        .filter(s -> s.active() && s.organisation().equals(by.organisation().value()))
        .findFirst()
        .map(s -> new CaseAccess(false, s.parts(), s.id()))
        .orElseThrow(() -> new NotVisible(RESOURCE));
  }

  // ---- internal: used by the listeners of this module ----

  /** The person's case, opened now if there is none (a closed one is reopened). */
  CaseId openFor(PersonId person, String reference, UUID contactPerson, boolean minor, Instant at) {
    UUID id =
        jdbc.sql(
                """
                INSERT INTO casework.case_file (id, version, person_id, person_reference, status, contact_person, minor, opened_at)
                VALUES (?, 0, ?, ?, 'ACTIVE', ?, ?, ?)
                ON CONFLICT (person_id) WHERE merged_into IS NULL DO NOTHING
                RETURNING id
                """)
            .params(UUID.randomUUID(), person.value(), reference, contactPerson, minor, utc(at))
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (id != null) {
      entry(new CaseId(id), at, "CASE_OPENED", null, null);
      return new CaseId(id);
    }
    CaseFile existing =
        jdbc.sql("SELECT * FROM casework.case_file WHERE person_id = ? AND merged_into IS NULL")
            .param(person.value())
            .query(CaseFiles::caseFile)
            .single();
    if (!existing.status().open()) {
      jdbc.sql(
              "UPDATE casework.case_file SET status = 'ACTIVE', closed_at = NULL, closure_reason = NULL, closure_note = NULL, version = version + 1 WHERE id = ?")
          .param(existing.id().value())
          .update();
      entry(existing.id(), at, "CASE_REOPENED", null, null);
    }
    if (minor && !existing.minor()) {
      jdbc.sql("UPDATE casework.case_file SET minor = TRUE WHERE id = ?")
          .param(existing.id().value())
          .update();
    }
    return existing.id();
  }

  /** Kinds of criminal-case facts that reach a case's timeline. */
  public enum CriminalCaseFact {
    INVESTIGATION_LINKED,
    VICTIM_INTERVIEW_PLANNED,
    VICTIM_INTERVIEWED,
    CHARGED,
    PROSECUTION_DECIDED,
    TRIAL_PLANNED,
    TRIAL_HELD,
    VERDICT,
    COMPENSATION_AWARDED
  }

  static final String TRIAL_IN_PERIOD = "TRIAL_IN_PERIOD";

  /** A case as a caseload shows it, with the way the reader reaches it. */
  public record Reached(CaseFile file, CaseAccess access, ShareBasis basis) {}

  /**
   * Of the given cases, those the actor reaches — the centre all, anyone else only through an
   * active share to their organisation, which carries the person's consent or a legal basis — each
   * reading audited with {@code purpose} (and the share used).
   */
  @Transactional
  public List<Reached> reached(Collection<CaseId> ids, Actor by, String purpose) {
    List<Reached> reached = new ArrayList<>();
    for (CaseId id : ids) {
      CaseFile file;
      CaseAccess access;
      try {
        file = load(id);
        access = access(file, by);
      } catch (NotVisible | NotFound hidden) {
        continue;
      }
      ShareBasis basis =
          access.share() == null
              ? null
              : shares(id).stream()
                  .filter(share -> share.id().equals(access.share()))
                  .map(CaseShare::basis)
                  .findFirst()
                  .orElse(null);
      auditRead(id, access, by, purpose);
      reached.add(new Reached(file, access, basis));
    }
    return reached;
  }

  /** Whether the case was ever opened, merged into another or not (ids only: not a read). */
  public boolean recorded(CaseId id) {
    return jdbc.sql("SELECT count(*) FROM casework.case_file WHERE id = ?")
            .param(id.value())
            .query(Long.class)
            .single()
        > 0;
  }

  /** Whether a case exists (kept, not merged away). */
  public boolean exists(CaseId id) {
    return jdbc.sql("SELECT count(*) FROM casework.case_file WHERE id = ? AND merged_into IS NULL")
            .param(id.value())
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Whether the actor reaches the case at all: the centre, or an organisation it is shared with.
   */
  public boolean reachable(CaseId id, Actor by) {
    try {
      access(load(id), by);
      return true;
    } catch (NotVisible | NotFound hidden) {
      return false;
    }
  }

  /**
   * A fact of the criminal case beside the person's, as a date on the case's timeline (never a
   * statement). A trial planned inside the running reflection period raises a task for the contact
   * person, once per trial date, and tells them.
   */
  @Transactional
  public void criminalCaseFact(
      CaseId id, CriminalCaseFact fact, LocalDate on, UUID subject, UUID actor) {
    Instant now = clock.instant();
    entry(id, now, "CRIMINAL_" + fact.name(), "investigation", actor, subject, on.toString());
    if (fact != CriminalCaseFact.TRIAL_PLANNED) {
      return;
    }
    CaseFile file = load(id);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (file.periodEndsOn() == null
        || on.isAfter(file.periodEndsOn())
        || on.isBefore(today)
        || !file.status().open()) {
      return;
    }
    int inserted =
        jdbc.sql(
                """
                INSERT INTO casework.task (id, case_id, kind, args, due_on, assignee, status, created_at, policy_key)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                ON CONFLICT (policy_key) DO NOTHING
                """)
            .params(
                UUID.randomUUID(),
                id.value(),
                TRIAL_IN_PERIOD,
                on + "|" + file.periodEndsOn(),
                on,
                file.contactPerson(),
                utc(now),
                "trial-in-period:" + id.value() + ":" + on)
            .update();
    if (inserted > 0) {
      notifications.notify(
          file.contactPerson(),
          TRIAL_IN_PERIOD,
          "/cases/" + id.value(),
          List.of(on.toString(), file.periodEndsOn().toString()));
    }
  }

  /**
   * A fact another module records on the case's timeline (a transfer abroad sent, delivered or
   * answered, say): its kind names a {@code timeline.<kind>} message, its arguments hold no
   * personal data. Not a read of the case; the caller audits its own act.
   */
  @Transactional
  public void recordFact(
      CaseId id, Instant at, String kind, String module, UUID actor, String... args) {
    load(id);
    entry(id, at, kind, module, actor, null, args);
  }

  void entry(CaseId id, Instant at, String kind, UUID actor, UUID subject, String... args) {
    entry(id, at, kind, "casework", actor, subject, args);
  }

  void entry(
      CaseId id, Instant at, String kind, String module, UUID actor, UUID subject, String... args) {
    jdbc.sql(
            """
            INSERT INTO casework.timeline_entry (case_id, occurred_at, kind, module, subject, actor, args)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id.value(), utc(at), kind, module, subject, actor, String.join("|", args))
        .update();
  }

  CaseFile load(CaseId id) {
    return jdbc.sql("SELECT * FROM casework.case_file WHERE id = ?")
        .param(id.value())
        .query(CaseFiles::caseFile)
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  private void revoke(CaseId id, List<UUID> shareIds, String reason, UUID by, Instant at) {
    for (UUID shareId : shareIds) {
      jdbc.sql(
              "UPDATE casework.case_share SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL")
          .params(utc(at), by, reason, shareId)
          .update();
      entry(id, at, "SHARE_REVOKED", by, shareId);
    }
  }

  private void bump(CaseId id, long expectedVersion, String set, Object... values) {
    List<Object> params = new ArrayList<>(Arrays.asList(values));
    params.add(id.value());
    params.add(expectedVersion);
    int changed =
        jdbc.sql(
                "UPDATE casework.case_file SET "
                    + set
                    + ", version = version + 1 WHERE id = ? AND version = ?")
            .params(params)
            .update();
    if (changed == 0) {
      throw new StaleVersion(RESOURCE);
    }
  }

  private void auditRead(CaseId id, CaseAccess access, Actor by, String what) {
    String purpose =
        access.share() == null
            ? what
            : (what == null ? "" : what + " ") + "under share " + access.share();
    audit.record(
        by.audit(), AuditAction.READ, RESOURCE, id.toString(), AuditOutcome.SUCCESS, purpose);
  }

  private static void requireOpen(CaseFile file) {
    if (!file.status().open()) {
      throw new InvalidInput("status", "case.alreadyClosed");
    }
  }

  private void requireFull(CaseFile file, Actor by) {
    if (!access(file, by).full()) {
      throw new AccessDeniedException("Only the centre changes a case");
    }
  }

  private UUID requireCentreUser(String field, UUID user) {
    UserAccount account =
        users.find(new UserId(user)).orElseThrow(() -> new InvalidInput(field, "case.userUnknown"));
    if (!account.enabled() || !account.roles().contains(Role.CENTRE_CASEWORKER)) {
      throw new InvalidInput(field, "case.userNotCentre");
    }
    return user;
  }

  private List<CaseTask> tasks(CaseId id) {
    return jdbc.sql(
            "SELECT * FROM casework.task WHERE case_id = ? ORDER BY status = 'OPEN' DESC, due_on NULLS LAST, created_at")
        .param(id.value())
        .query(CaseFiles::task)
        .list();
  }

  private CaseTask task(UUID taskId) {
    return jdbc.sql("SELECT * FROM casework.task WHERE id = ?")
        .param(taskId)
        .query(CaseFiles::task)
        .optional()
        .orElseThrow(() -> new NotFound("Task"));
  }

  private List<CaseNote> notes(CaseId id) {
    return jdbc.sql("SELECT * FROM casework.note WHERE case_id = ? ORDER BY created_at DESC")
        .param(id.value())
        .query(
            (rs, row) ->
                new CaseNote(
                    rs.getObject("id", UUID.class),
                    Sensitivity.valueOf(rs.getString("sensitivity")),
                    rs.getString("text"),
                    rs.getObject("author", UUID.class),
                    rs.getObject("organisation", UUID.class),
                    instant(rs, "created_at")))
        .list();
  }

  List<CaseShare> shares(CaseId id) {
    return jdbc.sql("SELECT * FROM casework.case_share WHERE case_id = ? ORDER BY recorded_at")
        .param(id.value())
        .query(
            (rs, row) ->
                new CaseShare(
                    rs.getObject("id", UUID.class),
                    rs.getObject("organisation", UUID.class),
                    Arrays.stream(rs.getString("parts").split(","))
                        .map(CasePart::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CasePart.class))),
                    ShareBasis.valueOf(rs.getString("basis")),
                    rs.getString("basis_detail"),
                    rs.getObject("consent_given_on", LocalDate.class),
                    rs.getObject("recorded_by", UUID.class),
                    instant(rs, "recorded_at"),
                    instant(rs, "revoked_at"),
                    rs.getObject("revoked_by", UUID.class),
                    rs.getString("revoke_reason")))
        .list();
  }

  static CaseFile caseFile(ResultSet rs, int row) throws SQLException {
    String reason = rs.getString("closure_reason");
    return new CaseFile(
        new CaseId(rs.getObject("id", UUID.class)),
        new PersonId(rs.getObject("person_id", UUID.class)),
        rs.getString("person_reference"),
        rs.getObject("identification_id", UUID.class),
        CaseStatus.valueOf(rs.getString("status")),
        reason == null ? null : ClosureReason.valueOf(reason),
        rs.getString("closure_note"),
        rs.getObject("contact_person", UUID.class),
        rs.getBoolean("minor"),
        instant(rs, "opened_at"),
        instant(rs, "closed_at"),
        rs.getString("decision_outcome"),
        rs.getString("competent_authority"),
        rs.getObject("period_ends_on", LocalDate.class),
        instant(rs, "consent_withdrawn_at"),
        rs.getLong("version"),
        rs.getObject("merged_into") == null
            ? null
            : new CaseId(rs.getObject("merged_into", UUID.class)));
  }

  static CaseTask task(ResultSet rs, int row) throws SQLException {
    return new CaseTask(
        rs.getObject("id", UUID.class),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("kind"),
        rs.getString("title"),
        args(rs.getString("args")),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("assignee", UUID.class),
        TaskStatus.valueOf(rs.getString("status")),
        rs.getObject("created_by", UUID.class),
        instant(rs, "created_at"),
        instant(rs, "done_at"));
  }

  private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
    return new TimelineEntry(
        rs.getLong("id"),
        instant(rs, "occurred_at"),
        rs.getString("kind"),
        rs.getString("module"),
        rs.getObject("actor", UUID.class),
        args(rs.getString("args")));
  }

  static List<String> args(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|", -1));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static String text(String field, String value, int limit) {
    return Texts.optional(field, value, limit);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
