package org.haven.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditTrail;
import org.haven.intake.ExpiredNotes;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonRecordsKept;
import org.haven.people.PersonReference;
import org.haven.people.RecordEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Front door of the data's life: the retention schedule ({@link RetentionSettings}), legal holds
 * and erasure.
 *
 * <p>A person falls due when every module's records about her have ended ({@link
 * PersonRecordsKept}) and the period of each kind has run out after its end; a record still open
 * keeps her, and so does a legal hold in force. Erasure removes her personal data in every module
 * at once ({@link People#erase}) and keeps what holds no identity: statistics, timelines' dates and
 * codes, and the audit trail, which holds ids and never names. The daily run erases what is due in
 * batches (each its own short transaction, so the application is never blocked for long) and
 * records what it did; a person may also be erased on request when a second person approves. Holds
 * and erasures take one lock between them, so a hold placed while a run is under way either keeps
 * the person or is refused because she was erased already.
 */
@Service
public class Retention {

  static final String HOLD = "LegalHold";
  static final String REQUEST = "ErasureRequest";
  static final String RUN = "ErasureRun";
  private static final long LOCK = 0x5245_5445_4e54_494fL; // "RETENTIO"
  private static final int REASON_LIMIT = 1000;
  private static final int SOONEST = 50;
  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final JdbcClient jdbc;
  private final People people;
  private final ExpiredNotes notes;
  private final List<PersonRecordsKept> sources;
  private final AuditTrail audit;
  private final RetentionSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Retention(
      JdbcClient jdbc,
      People people,
      ExpiredNotes notes,
      List<PersonRecordsKept> sources,
      AuditTrail audit,
      RetentionSettings settings,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.notes = notes;
    this.sources = List.copyOf(sources);
    this.audit = audit;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** Who sees the schedule, places and lifts holds, and asks for or approves an erasure. */
  public static boolean mayManage(Actor by) {
    return by.has(Role.ADMINISTRATOR) || by.has(Role.CENTRE_CASEWORKER);
  }

  /** Who starts a run of the schedule by hand. */
  public static boolean mayRun(Actor by) {
    return by.has(Role.ADMINISTRATOR);
  }

  /** The schedule with what is due now and in the next 90 days, holds, requests and runs. */
  @Transactional(readOnly = true)
  public RetentionOverview overview(Actor by) {
    requireManager(by);
    Instant now = clock.instant();
    Instant horizon =
        now.atZone(clock.getZone()).plusDays(RetentionOverview.HORIZON_DAYS).toInstant();
    Map<UUID, DueAt> due = dueDates(null);
    Set<UUID> held = heldAmong(null);
    Set<UUID> erased = erasedAmong(null);
    Map<RetentionKind, long[]> counts = new HashMap<>();
    long heldBack = 0;
    List<DueAt> soonest = new ArrayList<>();
    for (DueAt d : due.values()) {
      if (erased.contains(d.person()) || d.at().isAfter(horizon)) {
        continue;
      }
      boolean dueNow = !d.at().isAfter(now);
      if (held.contains(d.person())) {
        heldBack += dueNow ? 1 : 0;
        continue;
      }
      counts.computeIfAbsent(d.kind(), k -> new long[2])[dueNow ? 0 : 1]++;
      soonest.add(d);
    }
    soonest.sort(Comparator.comparing(DueAt::at).thenComparing(DueAt::person));
    List<DueAt> first = soonest.subList(0, Math.min(SOONEST, soonest.size()));
    Map<PersonId, PersonReference> references =
        people.referencesOf(first.stream().map(d -> new PersonId(d.person())).toList());
    List<RetentionOverview.Due> soonestDue =
        first.stream()
            .map(
                d ->
                    new RetentionOverview.Due(
                        references.get(new PersonId(d.person())).value(),
                        LocalDate.ofInstant(d.at(), clock.getZone()),
                        d.kind()))
            .toList();
    List<RetentionOverview.Rule> rules = new ArrayList<>();
    for (RetentionKind kind :
        List.of(RetentionKind.DECLINED_REFERRALS, RetentionKind.CLOSED_CASES)) {
      long[] c = counts.getOrDefault(kind, new long[2]);
      rules.add(new RetentionOverview.Rule(kind, period(kind), c[0], c[1]));
    }
    Instant anonymousCut = cutoff(now, settings.anonymousNotifications());
    Instant anonymousSoon = cutoff(horizon, settings.anonymousNotifications());
    long anonymousNow = notes.anonymousNotificationsBefore(anonymousCut);
    rules.add(
        new RetentionOverview.Rule(
            RetentionKind.ANONYMOUS_NOTIFICATIONS,
            settings.anonymousNotifications(),
            anonymousNow,
            notes.anonymousNotificationsBefore(anonymousSoon) - anonymousNow));
    Instant callsCut = cutoff(now, settings.hotlineCalls());
    long callsNow = notes.hotlineCallsBefore(callsCut);
    rules.add(
        new RetentionOverview.Rule(
            RetentionKind.HOTLINE_CALLS,
            settings.hotlineCalls(),
            callsNow,
            notes.hotlineCallsBefore(cutoff(horizon, settings.hotlineCalls())) - callsNow));
    long auditNow = auditBefore(cutoff(now, settings.audit()));
    rules.add(
        new RetentionOverview.Rule(
            RetentionKind.AUDIT,
            settings.audit(),
            auditNow,
            auditBefore(cutoff(horizon, settings.audit())) - auditNow));
    return new RetentionOverview(
        rules,
        soonestDue,
        heldBack,
        jdbc.sql(
                "SELECT * FROM privacy.legal_hold WHERE lifted_at IS NULL ORDER BY placed_at DESC, id")
            .query(Retention::hold)
            .list(),
        jdbc.sql(
                """
                SELECT * FROM privacy.erasure_request
                WHERE decided_at IS NULL OR decided_at > ? ORDER BY requested_at DESC, id LIMIT 100
                """)
            .param(utc(now.minus(Duration.ofDays(RetentionOverview.HORIZON_DAYS))))
            .query(Retention::request)
            .list(),
        jdbc.sql("SELECT * FROM privacy.erasure_run ORDER BY started_at DESC, id LIMIT 10")
            .query(Retention::run)
            .list());
  }

  /** The holds placed on a person, in force first (for her page). */
  @Transactional(readOnly = true)
  public List<LegalHold> holdsOf(PersonReference reference, Actor by) {
    requireManager(by);
    return people
        .idOf(reference)
        .map(
            person ->
                jdbc.sql(
                        """
                        SELECT * FROM privacy.legal_hold WHERE person_id = ?
                        ORDER BY lifted_at IS NOT NULL, placed_at DESC, id
                        """)
                    .param(people.inForce(person).value())
                    .query(Retention::hold)
                    .list())
        .orElse(List.of());
  }

  /**
   * Places a legal hold on a person, with the reason it is needed; refused without a reason, and
   * for a person already erased.
   */
  @Transactional
  public LegalHold placeHold(String reference, String reason, Actor by) {
    requireManager(by);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    PersonId typed = checks.check(() -> people.require(reference, "reference"));
    String why = reason(reason, "reason", checks);
    checks.done();
    lock();
    PersonId person = people.inForce(typed);
    if (people.erased(person)) {
      throw new InvalidInput("reference", "retention.erasedAlready");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO privacy.legal_hold (id, person_id, reference, reason, placed_by, placed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            id, person.value(), referenceOf(person), why, by.user().value(), utc(clock.instant()))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, HOLD, id.toString());
    return hold(id);
  }

  /** Lifts a hold in force, with the reason it is no longer needed. */
  @Transactional
  public LegalHold liftHold(UUID id, String reason, Actor by) {
    requireManager(by);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    String why = reason(reason, "liftReason", checks);
    checks.done();
    LegalHold hold =
        jdbc.sql("SELECT * FROM privacy.legal_hold WHERE id = ? FOR UPDATE")
            .param(id)
            .query(Retention::hold)
            .optional()
            .orElseThrow(() -> new NotFound(HOLD));
    if (!hold.inForce()) {
      throw new InvalidInput("liftReason", "retention.liftedAlready");
    }
    jdbc.sql(
            "UPDATE privacy.legal_hold SET lifted_by = ?, lifted_at = ?, lift_reason = ? WHERE id = ?")
        .params(by.user().value(), utc(clock.instant()), why, id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, HOLD, id.toString(), AuditOutcome.SUCCESS, "lifted");
    return hold(id);
  }

  /**
   * Asks for a person's data to be erased now (her right to erasure): refused without a reason,
   * under a legal hold, when erased already or asked for already.
   */
  @Transactional
  public ErasureRequest requestErasure(String reference, String reason, Actor by) {
    requireManager(by);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    PersonId typed = checks.check(() -> people.require(reference, "reference"));
    String why = reason(reason, "reason", checks);
    checks.done();
    PersonId person = people.inForce(typed);
    refuseErasure(person);
    boolean asked =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM privacy.erasure_request WHERE person_id = ? AND decided_at IS NULL)")
            .param(person.value())
            .query(Boolean.class)
            .single();
    if (asked) {
      throw new InvalidInput("reference", "retention.requestedAlready");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO privacy.erasure_request (id, person_id, reference, reason, requested_by, requested_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            id, person.value(), referenceOf(person), why, by.user().value(), utc(clock.instant()))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, REQUEST, id.toString());
    return request(id);
  }

  /**
   * A second person approves a request to erase, and the person's data is erased at once; refused
   * to the one who asked, and while a legal hold is in force.
   */
  @Transactional
  public ErasureRequest approveErasure(UUID id, Actor by) {
    requireManager(by);
    lock();
    ErasureRequest request = waitingRequest(id);
    if (request.requestedBy().equals(by.user().value())) {
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          REQUEST,
          id.toString(),
          AuditOutcome.FAILURE,
          "approval of one's own request refused");
      throw new InvalidInput("approval", "retention.selfApproval");
    }
    PersonId person = people.inForce(personOf(id));
    refuseErasure(person);
    Instant now = clock.instant();
    List<PersonId> erased = people.erase(List.of(person), by.audit(), "erasure on request " + id);
    recordErased(erased, "REQUEST", null, null, id, now);
    jdbc.sql(
            "UPDATE privacy.erasure_request SET decided_by = ?, decided_at = ?, outcome = 'ERASED' WHERE id = ?")
        .params(by.user().value(), utc(now), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, REQUEST, id.toString(), AuditOutcome.SUCCESS, "approved");
    return request(id);
  }

  /** A second person turns a request to erase down; nothing is erased. */
  @Transactional
  public ErasureRequest refuseErasureRequest(UUID id, Actor by) {
    requireManager(by);
    ErasureRequest request = waitingRequest(id);
    if (request.requestedBy().equals(by.user().value())) {
      throw new InvalidInput("approval", "retention.selfApproval");
    }
    jdbc.sql(
            "UPDATE privacy.erasure_request SET decided_by = ?, decided_at = ?, outcome = 'REFUSED' WHERE id = ?")
        .params(by.user().value(), utc(clock.instant()), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, REQUEST, id.toString(), AuditOutcome.SUCCESS, "refused");
    return request(id);
  }

  /** The request, for the page that asks before approving it. */
  @Transactional(readOnly = true)
  public ErasureRequest findRequest(UUID id, Actor by) {
    requireManager(by);
    return request(id);
  }

  /** The hold, for the page that asks before lifting it. */
  @Transactional(readOnly = true)
  public LegalHold findHold(UUID id, Actor by) {
    requireManager(by);
    return hold(id);
  }

  @Scheduled(
      cron = "${haven.retention.cron:0 30 3 * * *}",
      zone = "${haven.time-zone:Europe/Copenhagen}")
  @SchedulerLock(name = "privacy.retention", lockAtLeastFor = "PT1M")
  void daily() {
    if (settings.enabled()) {
      run(AuditActor.SYSTEM);
    }
  }

  /** An administrator runs the schedule now. */
  public ErasureRun runNow(Actor by) {
    if (!mayRun(by)) {
      throw new AccessDeniedException("The retention schedule is run by administrators");
    }
    return run(by.audit());
  }

  /**
   * Erases what is due: persons in batches (each re-checked in its own transaction: a record opened
   * or a hold placed since keeps her), then the words of anonymous notifications and hotline calls
   * past their periods. The run and its figures are recorded; a failure stops it and is recorded
   * too, and what was erased before stays erased.
   */
  ErasureRun run(AuditActor by) {
    UUID id = UUID.randomUUID();
    Instant started = clock.instant();
    jdbc.sql("INSERT INTO privacy.erasure_run (id, started_at) VALUES (?, ?)")
        .params(id, utc(started))
        .update();
    int persons = 0;
    int notifications = 0;
    int calls = 0;
    int[] held = {0};
    String failure = null;
    try {
      Set<UUID> erased = erasedAmong(null);
      List<DueAt> due =
          dueDates(null).values().stream()
              .filter(d -> !d.at().isAfter(started) && !erased.contains(d.person()))
              .sorted(Comparator.comparing(DueAt::person))
              .toList();
      for (int from = 0; from < due.size(); from += settings.batch()) {
        List<DueAt> batch = due.subList(from, Math.min(due.size(), from + settings.batch()));
        Integer done = transaction.execute(status -> eraseDue(batch, id, started, by, held));
        persons += done == null ? 0 : done;
      }
      String purpose = "retention period ended (run " + id + ")";
      Instant anonymousCut = cutoff(started, settings.anonymousNotifications());
      for (int n = settings.batch(); n == settings.batch(); ) {
        n = notes.eraseAnonymousNotificationsBefore(anonymousCut, settings.batch(), purpose);
        notifications += n;
      }
      Instant callsCut = cutoff(started, settings.hotlineCalls());
      for (int n = settings.batch(); n == settings.batch(); ) {
        n = notes.eraseHotlineCallsBefore(callsCut, settings.batch(), purpose);
        calls += n;
      }
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName();
      log.error("The retention run {} stopped after {} persons", id, persons, e);
    }
    jdbc.sql(
            """
            UPDATE privacy.erasure_run
            SET finished_at = ?, persons = ?, notifications = ?, calls = ?, held = ?, failure = ?
            WHERE id = ?
            """)
        .params(utc(clock.instant()), persons, notifications, calls, held[0], failure, id)
        .update();
    audit.record(
        by,
        AuditAction.DELETE,
        RUN,
        id.toString(),
        failure == null ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
        "%d persons, %d notifications, %d calls erased; %d held"
            .formatted(persons, notifications, calls, held[0]));
    return jdbc.sql("SELECT * FROM privacy.erasure_run WHERE id = ?")
        .param(id)
        .query(Retention::run)
        .single();
  }

  /** One batch, in its own transaction under the holds' lock; answers how many were erased. */
  private int eraseDue(List<DueAt> batch, UUID run, Instant now, AuditActor by, int[] held) {
    lock();
    UUID[] ids = batch.stream().map(DueAt::person).toArray(UUID[]::new);
    Set<UUID> holds = heldAmong(ids);
    Map<UUID, DueAt> still = dueDates(ids);
    List<PersonId> erase = new ArrayList<>();
    Map<UUID, LocalDate> dueOn = new HashMap<>();
    for (DueAt d : batch) {
      DueAt current = still.get(d.person());
      if (current == null || current.at().isAfter(now)) {
        continue; // a record opened since, or one ended later
      }
      if (holds.contains(d.person())) {
        held[0]++;
        continue;
      }
      erase.add(new PersonId(d.person()));
      dueOn.put(d.person(), LocalDate.ofInstant(current.at(), clock.getZone()));
    }
    List<PersonId> erased = people.erase(erase, by, "retention period ended (run " + run + ")");
    recordErased(erased, "RETENTION", dueOn, run, null, clock.instant());
    return erased.size();
  }

  private void recordErased(
      List<PersonId> erased,
      String basis,
      Map<UUID, LocalDate> dueOn,
      UUID run,
      UUID request,
      Instant at) {
    if (erased.isEmpty()) {
      return;
    }
    UUID[] ids = erased.stream().map(PersonId::value).toArray(UUID[]::new);
    String[] dates =
        erased.stream()
            .map(p -> dueOn == null ? null : dueOn.get(p.value()))
            .map(d -> d == null ? null : d.toString())
            .toArray(String[]::new);
    jdbc.sql(
            """
            INSERT INTO privacy.erasure (erased_person, erased_at, basis, due_on, run_id, request)
            SELECT person, ?, ?, due::date, ?, ? FROM unnest(?::uuid[], ?::text[]) AS e(person, due)
            ON CONFLICT (erased_person) DO NOTHING
            """)
        .params(utc(at), basis, run, request, ids, dates)
        .update();
  }

  /** The date each person falls due, by the rule that keeps her longest; open records keep her. */
  private Map<UUID, DueAt> dueDates(UUID[] persons) {
    Map<UUID, DueAt> due = new HashMap<>();
    Set<UUID> open = new HashSet<>();
    for (PersonRecordsKept source : sources) {
      for (RecordEnd end : source.recordEnds(persons)) {
        UUID person = end.person().value();
        if (end.open()) {
          open.add(person);
          continue;
        }
        RetentionKind kind =
            end.kind() == RecordEnd.Kind.REFERRAL
                ? RetentionKind.DECLINED_REFERRALS
                : RetentionKind.CLOSED_CASES;
        Instant at = end.ended().atZone(clock.getZone()).plus(period(kind)).toInstant();
        due.merge(person, new DueAt(person, at, kind), (a, b) -> a.at().isBefore(b.at()) ? b : a);
      }
    }
    open.forEach(due::remove);
    return due;
  }

  private Period period(RetentionKind kind) {
    return switch (kind) {
      case DECLINED_REFERRALS -> settings.declinedReferrals();
      case CLOSED_CASES -> settings.closedCases();
      case ANONYMOUS_NOTIFICATIONS -> settings.anonymousNotifications();
      case HOTLINE_CALLS -> settings.hotlineCalls();
      case AUDIT -> settings.audit();
    };
  }

  private Instant cutoff(Instant at, Period period) {
    return at.atZone(clock.getZone()).minus(period).toInstant();
  }

  private long auditBefore(Instant cutoff) {
    return audit.count(new AuditQuery(null, null, null, null, null, null, cutoff, 0, 1));
  }

  private Set<UUID> heldAmong(UUID[] persons) {
    return new HashSet<>(
        persons == null
            ? jdbc.sql("SELECT DISTINCT person_id FROM privacy.legal_hold WHERE lifted_at IS NULL")
                .query(UUID.class)
                .list()
            : jdbc.sql(
                    "SELECT DISTINCT person_id FROM privacy.legal_hold WHERE lifted_at IS NULL AND person_id = ANY (?)")
                .param(persons)
                .query(UUID.class)
                .list());
  }

  private Set<UUID> erasedAmong(UUID[] persons) {
    return new HashSet<>(
        persons == null
            ? jdbc.sql("SELECT erased_person FROM privacy.erasure").query(UUID.class).list()
            : jdbc.sql("SELECT erased_person FROM privacy.erasure WHERE erased_person = ANY (?)")
                .param(persons)
                .query(UUID.class)
                .list());
  }

  /** Refuses to erase a person under a legal hold, or erased already. */
  private void refuseErasure(PersonId person) {
    if (people.erased(person)) {
      throw new InvalidInput("reference", "retention.erasedAlready");
    }
    if (!heldAmong(new UUID[] {person.value()}).isEmpty()) {
      throw new InvalidInput("reference", "retention.held");
    }
  }

  private String reason(String typed, String field, InvalidInput.Gathered checks) {
    String why = typed == null ? "" : typed.strip();
    if (why.isEmpty()) {
      checks.add(field, "retention.reasonRequired");
    } else if (why.length() > REASON_LIMIT) {
      checks.add(field, "validation.tooLong", REASON_LIMIT);
    }
    return why;
  }

  private void lock() {
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
  }

  private static void requireManager(Actor by) {
    if (!mayManage(by)) {
      throw new AccessDeniedException("Retention and erasure are the centre's and administrators'");
    }
  }

  private String referenceOf(PersonId person) {
    return people.referenceOf(person).map(PersonReference::value).orElseThrow();
  }

  private PersonId personOf(UUID request) {
    return new PersonId(
        jdbc.sql("SELECT person_id FROM privacy.erasure_request WHERE id = ?")
            .param(request)
            .query(UUID.class)
            .single());
  }

  private ErasureRequest waitingRequest(UUID id) {
    ErasureRequest request =
        jdbc.sql("SELECT * FROM privacy.erasure_request WHERE id = ? FOR UPDATE")
            .param(id)
            .query(Retention::request)
            .optional()
            .orElseThrow(() -> new NotFound(REQUEST));
    if (!request.waiting()) {
      throw new InvalidInput("approval", "retention.decidedAlready");
    }
    return request;
  }

  private LegalHold hold(UUID id) {
    return jdbc.sql("SELECT * FROM privacy.legal_hold WHERE id = ?")
        .param(id)
        .query(Retention::hold)
        .optional()
        .orElseThrow(() -> new NotFound(HOLD));
  }

  private ErasureRequest request(UUID id) {
    return jdbc.sql("SELECT * FROM privacy.erasure_request WHERE id = ?")
        .param(id)
        .query(Retention::request)
        .optional()
        .orElseThrow(() -> new NotFound(REQUEST));
  }

  private static LegalHold hold(ResultSet rs, int row) throws SQLException {
    return new LegalHold(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getString("reason"),
        rs.getObject("placed_by", UUID.class),
        instant(rs, "placed_at"),
        rs.getObject("lifted_by", UUID.class),
        instant(rs, "lifted_at"),
        rs.getString("lift_reason"));
  }

  private static ErasureRequest request(ResultSet rs, int row) throws SQLException {
    return new ErasureRequest(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getString("reason"),
        rs.getObject("requested_by", UUID.class),
        instant(rs, "requested_at"),
        rs.getObject("decided_by", UUID.class),
        instant(rs, "decided_at"),
        rs.getString("outcome"));
  }

  private static ErasureRun run(ResultSet rs, int row) throws SQLException {
    return new ErasureRun(
        rs.getObject("id", UUID.class),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getInt("persons"),
        rs.getInt("notifications"),
        rs.getInt("calls"),
        rs.getInt("held"),
        rs.getString("failure"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private record DueAt(UUID person, Instant at, RetentionKind kind) {}
}
