package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.PersonId;
import org.haven.reads.RoundTrip;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rows of a case — the file, its shares, tasks, notes and timeline — as the doors of this
 * module read and write them. No door of its own: the rules are the aggregate's ({@link CaseFile},
 * {@link CaseAccess}, {@link CaseTask}, {@link ShareRequest}); the doors ({@link CaseFiles}, {@link
 * CaseTasks}, {@link CaseNotes}, {@link CaseShares}) check them and audit.
 */
@Component
class CaseRecords {

  static final String TASKS =
      "SELECT * FROM casework.task WHERE case_id = ? ORDER BY status = 'OPEN' DESC, due_on NULLS LAST, created_at";
  static final String NOTES =
      "SELECT * FROM casework.note WHERE case_id = ? ORDER BY created_at DESC";
  static final String SHARES =
      "SELECT * FROM casework.case_share WHERE case_id = ? ORDER BY recorded_at";

  private final JdbcClient jdbc;
  private final JdbcOperations together;
  private final AuditTrail audit;
  private final Users users;

  CaseRecords(JdbcClient jdbc, JdbcOperations together, AuditTrail audit, Users users) {
    this.jdbc = jdbc;
    this.together = together;
    this.audit = audit;
    this.users = users;
  }

  /** Runs the reads added to a round trip, in the caller's transaction. */
  void run(RoundTrip reads) {
    reads.run(together);
  }

  CaseFile load(CaseId id) {
    return jdbc.sql("SELECT * FROM casework.case_file WHERE id = ?")
        .param(id.value())
        .query(CaseRecords::caseFile)
        .optional()
        .orElseThrow(() -> new NotFound(CaseFiles.RESOURCE));
  }

  /** How the actor reaches the case (the rule is {@link CaseAccess#of}); refused without a way. */
  CaseAccess access(CaseFile file, Actor by) {
    return by.has(Role.CENTRE_CASEWORKER)
        ? CaseAccess.of(by, List.of())
        : CaseAccess.of(by, shares(file.id()));
  }

  void requireFull(CaseFile file, Actor by) {
    if (!access(file, by).full()) {
      throw new AccessDeniedException("Only the centre changes a case");
    }
  }

  /** A user who may be given a case's work: an enabled centre caseworker. */
  UUID requireCentreUser(String field, UUID user) {
    UserAccount account =
        users.find(new UserId(user)).orElseThrow(() -> new InvalidInput(field, "case.userUnknown"));
    if (!account.enabled() || !account.roles().contains(Role.CENTRE_CASEWORKER)) {
      throw new InvalidInput(field, "case.userNotCentre");
    }
    return user;
  }

  void auditRead(CaseId id, CaseAccess access, Actor by, String what) {
    String purpose =
        access.share() == null
            ? what
            : (what == null ? "" : what + " ") + "under share " + access.share();
    audit.record(
        by.audit(),
        AuditAction.READ,
        CaseFiles.RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        purpose);
  }

  void auditChange(CaseId id, Actor by, String what) {
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        CaseFiles.RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        what);
  }

  /** Changes the file's columns if it is still at the version the change was based on. */
  void bump(CaseId id, long expectedVersion, String set, Object... values) {
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
      throw new StaleVersion(CaseFiles.RESOURCE);
    }
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

  List<TimelineEntry> timeline(CaseId id, int limit, long offset) {
    return jdbc.sql(timeline(limit, offset)).param(id.value()).query(CaseRecords::entry).list();
  }

  /** A page of a case's timeline, newest first (the case's id its one parameter). */
  static String timeline(int limit, long offset) {
    return "SELECT * FROM casework.timeline_entry WHERE case_id = ? ORDER BY occurred_at DESC, id DESC LIMIT "
        + limit
        + " OFFSET "
        + offset;
  }

  CaseTask task(UUID taskId) {
    return jdbc.sql("SELECT * FROM casework.task WHERE id = ?")
        .param(taskId)
        .query(CaseRecords::task)
        .optional()
        .orElseThrow(() -> new NotFound("Task"));
  }

  List<CaseNote> notes(CaseId id) {
    return jdbc.sql(NOTES).param(id.value()).query(CaseRecords::note).list();
  }

  List<CaseShare> shares(CaseId id) {
    return jdbc.sql(SHARES).param(id.value()).query(CaseRecords::share).list();
  }

  static CaseNote note(ResultSet rs, int row) throws SQLException {
    return new CaseNote(
        rs.getObject("id", UUID.class),
        Sensitivity.valueOf(rs.getString("sensitivity")),
        rs.getString("text"),
        rs.getObject("author", UUID.class),
        rs.getObject("organisation", UUID.class),
        instant(rs, "created_at"));
  }

  static CaseShare share(ResultSet rs, int row) throws SQLException {
    return new CaseShare(
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
        rs.getString("revoke_reason"));
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

  static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
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
}
