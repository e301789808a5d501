package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.NotFound;
import org.haven.access.NotVisible;
import org.haven.access.Role;
import org.haven.people.PersonId;
import org.haven.reads.RoundTrip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for case files: opening a case and its timeline, the case list, the contact person and
 * the case's status, and what other modules ask of cases. The centre works every case in full;
 * another organisation reaches a case only through an active share ({@link CaseAccess#of}), and
 * sees only the parts shared; every such access is audited with the share it used. A case's tasks,
 * notes and shares have doors of their own: {@link CaseTasks}, {@link CaseNotes}, {@link
 * CaseShares}.
 */
@Service
public class CaseFiles {

  static final String RESOURCE = "Case";
  static final int TEXT_LIMIT = 20_000;
  static final int TITLE_LIMIT = 200;

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final CaseTasks tasks;
  private final Notifications notifications;
  private final Clock clock;

  CaseFiles(
      JdbcClient jdbc,
      CaseRecords records,
      CaseTasks tasks,
      Notifications notifications,
      Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.tasks = tasks;
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

  /** The cases kept in one since person records were merged (its id the one parameter). */
  private static final String KEPT =
      "SELECT id FROM casework.case_file WHERE merged_into = ? ORDER BY opened_at";

  /** The case with what the actor may see of it; audited, with the share used if any. */
  @Transactional
  public Folder open(CaseId id, Actor by) {
    return read(id, by, false, null).opened().get().folder();
  }

  /**
   * The case as {@link #open} gives it, with one page of its timeline, its support plans and
   * services (with its tasks) and, for the page, the cases kept in it since a merge (for the
   * centre), each as far as the reader may see it.
   */
  public record Opened(
      Folder folder,
      List<TimelineEntry> timeline,
      List<SupportPlan> plans,
      List<ServiceDelivered> services,
      List<CaseId> kept) {}

  /** Which page of the timeline to read with a case. */
  private record TimelinePage(int page, int size) {}

  /**
   * The case as {@link #open} gives it with its support plans and services, as far as the reader
   * may see them; no timeline and no kept cases (the page's reads, {@link #openWithTimeline}).
   */
  @Transactional
  public Opened openWithSupport(CaseId id, Actor by) {
    return read(id, by, true, null).opened().get();
  }

  /**
   * A case loaded and what the reader may see of it decided; the rest ({@link Opened}) once the
   * round trip its reads were added to has run.
   */
  public record Opening(CaseFile file, CaseAccess access, Supplier<Opened> opened) {}

  /**
   * The case page's reads: the case as {@link #openWithSupport} gives it and, when shared with the
   * reader, one page of its timeline (newest first), audited as {@link #timeline} audits it. The
   * case is loaded and decided now; its reads are added to {@code reads} for the caller to send
   * with reads of its own, the whole page in one round trip, in the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Opening openWithTimeline(CaseId id, int page, int size, Actor by, RoundTrip reads) {
    return plan(id, by, true, new TimelinePage(page, size), reads);
  }

  /** A case as {@link #plan} decides it, its reads sent in a round trip of their own. */
  private Opening read(CaseId id, Actor by, boolean withSupport, TimelinePage timelinePage) {
    RoundTrip reads = new RoundTrip();
    Opening opening = plan(id, by, withSupport, timelinePage, reads);
    records.run(reads);
    return opening;
  }

  /**
   * The one rule of what a reader gets of a case. The case is loaded once to decide what the reader
   * may see ({@link #access}); what may be seen is added to {@code reads}, to be read in one round
   * trip, and the read is audited with the share used if any (the timeline's read too, when asked
   * for).
   */
  private Opening plan(
      CaseId id, Actor by, boolean withSupport, TimelinePage timelinePage, RoundTrip reads) {
    CaseFile file = load(id);
    CaseAccess access = access(file, by);
    records.auditRead(id, access, by, null);
    UUID key = id.value();
    Supplier<List<CaseTask>> tasks =
        access.may(CasePart.TASKS)
            ? reads.add(CaseRecords.TASKS, CaseRecords::task, key)
            : List::of;
    Supplier<List<CaseNote>> notes =
        access.may(CasePart.NOTES)
            ? reads.add(CaseRecords.NOTES, CaseRecords::note, key)
            : List::of;
    Supplier<List<CaseShare>> shares =
        access.full() ? reads.add(CaseRecords.SHARES, CaseRecords::share, key) : List::of;
    Supplier<List<TimelineEntry>> timeline = List::of;
    if (timelinePage != null && access.may(CasePart.TIMELINE)) {
      records.auditRead(id, access, by, "timeline");
      int limit = Math.max(1, Math.min(timelinePage.size(), 200));
      timeline =
          reads.add(
              CaseRecords.timeline(limit, (long) Math.max(0, timelinePage.page()) * limit),
              CaseRecords::entry,
              key);
    }
    boolean support = withSupport && access.may(CasePart.TASKS);
    Supplier<List<SupportPlan>> plans =
        support ? reads.add(Support.PLANS, Support::plan, key) : List::of;
    Supplier<List<ServiceDelivered>> services =
        support ? reads.add(Support.SERVICES, Support::service, key) : List::of;
    Supplier<List<CaseId>> kept =
        timelinePage != null && access.full()
            ? reads.add(KEPT, (rs, row) -> new CaseId(rs.getObject("id", UUID.class)), key)
            : List::of;
    Supplier<List<TimelineEntry>> timelineRows = timeline;
    Supplier<Opened> opened =
        () ->
            new Opened(
                new Folder(
                    file,
                    access,
                    tasks.get(),
                    notes.get().stream().filter(n -> access.mayRead(n.sensitivity())).toList(),
                    shares.get()),
                timelineRows.get(),
                plans.get(),
                services.get(),
                kept.get());
    return new Opening(file, access, opened);
  }

  /** The timeline, newest first, a page at a time (audited). */
  @Transactional
  public List<TimelineEntry> timeline(CaseId id, int page, int size, Actor by) {
    CaseFile file = load(id);
    CaseAccess access = access(file, by);
    if (!access.may(CasePart.TIMELINE)) {
      throw new AccessDeniedException("The timeline is not shared");
    }
    records.auditRead(id, access, by, "timeline");
    int limit = Math.max(1, Math.min(size, 200));
    return records.timeline(id, limit, (long) Math.max(0, page) * limit);
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
            .query(CaseRecords::caseFile)
            .list();
    return new Page(items, Math.max(0, page), limit, total);
  }

  /** Names the centre's contact person for the case. */
  @Transactional
  public CaseFile assignContactPerson(CaseId id, long expectedVersion, UUID user, Actor by) {
    CaseFile file = load(id);
    records.requireFull(file, by);
    UUID contact = records.requireCentreUser("contactPerson", user);
    records.bump(id, expectedVersion, "contact_person = ?", contact);
    Instant now = clock.instant();
    entry(id, now, "CONTACT_PERSON", by.user().value(), contact);
    if (!contact.equals(by.user().value())) {
      notifications.notify(contact, "CONTACT_PERSON", "/cases/" + id.value(), List.of());
    }
    records.auditChange(id, by, "contact person");
    return load(id);
  }

  /**
   * Moves a case to follow-up, or closes it (with a reason: {@link CaseFile#checkedStatusChange});
   * closing sets aside the tasks Haven raised itself.
   */
  @Transactional
  public CaseFile changeStatus(
      CaseId id,
      long expectedVersion,
      CaseStatus status,
      ClosureReason reason,
      String note,
      Actor by) {
    CaseFile file = load(id);
    records.requireFull(file, by);
    CaseStatus target = status == null ? CaseStatus.CLOSED : status;
    String why = file.checkedStatusChange(target, reason, note);
    Instant now = clock.instant();
    if (target.open()) {
      records.bump(id, expectedVersion, "status = ?", target.name());
    } else {
      records.bump(
          id,
          expectedVersion,
          "status = ?, closure_reason = ?, closure_note = ?, closed_at = ?",
          target.name(),
          reason.name(),
          why,
          utc(now));
      tasks.setAside(id, now);
    }
    entry(
        id,
        now,
        target.open() ? "CASE_STATUS" : "CASE_CLOSED",
        by.user().value(),
        null,
        target.name(),
        reason == null ? "" : reason.name());
    records.auditChange(id, by, "status " + target);
    return load(id);
  }

  /**
   * How the actor reaches the case ({@link CaseAccess#of}); refused (and audited by the caller's
   * handler) without a way.
   */
  public CaseAccess access(CaseFile file, Actor by) {
    return records.access(file, by);
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
            .query(CaseRecords::caseFile)
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
              : records.shares(id).stream()
                  .filter(share -> share.id().equals(access.share()))
                  .map(CaseShare::basis)
                  .findFirst()
                  .orElse(null);
      records.auditRead(id, access, by, purpose);
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
    records.entry(id, at, kind, actor, subject, args);
  }

  void entry(
      CaseId id, Instant at, String kind, String module, UUID actor, UUID subject, String... args) {
    records.entry(id, at, kind, module, actor, subject, args);
  }

  CaseFile load(CaseId id) {
    return records.load(id);
  }

  private static OffsetDateTime utc(Instant at) {
    return CaseRecords.utc(at);
  }
}
