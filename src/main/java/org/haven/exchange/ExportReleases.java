package org.haven.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on every bulk export of person-level data: a centre caseworker requests the HTCDS rows
 * with a purpose; another person — an administrator or another centre caseworker, never the
 * requester — approves; the requester downloads the file once, within 24 hours of the approval. The
 * rows are made at the download (nothing personal waits in the database), each person in them
 * audited as exported. Every request, approval, refusal and download is audited.
 */
@Service
public class ExportReleases {

  static final String RESOURCE = "ExportRelease";
  static final Duration VALID = Duration.ofHours(24);
  static final Duration REQUEST_LIFE = Duration.ofDays(7);
  private static final int PURPOSE_LIMIT = 500;

  private final JdbcClient jdbc;
  private final Exports exports;
  private final AuditTrail audit;
  private final Clock clock;

  ExportReleases(JdbcClient jdbc, Exports exports, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.exports = exports;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who may approve another person's request. */
  public static boolean mayApprove(Actor by) {
    return by.has(Role.ADMINISTRATOR) || by.has(Role.CENTRE_CASEWORKER);
  }

  /** An export that cannot be downloaded (yet, or any more): why, for the message. */
  public static final class NotReleased extends RuntimeException {
    private final ExportRelease.ReleaseState status;

    NotReleased(ExportRelease.ReleaseState status) {
      super("The export is " + status, null, false, false);
      this.status = status;
    }

    public ExportRelease.ReleaseState status() {
      return status;
    }
  }

  /** Requests the HTCDS rows (of one year's decisions, or all), saying what for. */
  @Transactional
  public ExportRelease request(Integer year, String purpose, Actor by) {
    if (!Exports.mayExportRecords(by)) {
      throw new AccessDeniedException("Person-level exports are the centre's caseworkers'");
    }
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    String why = purpose == null ? "" : purpose.strip();
    if (why.isEmpty()) {
      checks.add("purpose", "export.purposeRequired");
    } else if (why.length() > PURPOSE_LIMIT) {
      checks.add("purpose", "validation.tooLong", PURPOSE_LIMIT);
    }
    if (year != null && (year < 1990 || year > 2100)) {
      checks.add("year", "export.year");
    }
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO exchange.export_release (id, kind, year, purpose, requested_by, requested_at)
            VALUES (?, 'HTCDS', ?, ?, ?, ?)
            """)
        .params(id, year, why, by.user().value(), utc(clock.instant()))
        .update();
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "HTCDS export requested" + (year == null ? "" : " for " + year));
    return find(id);
  }

  /**
   * A second person approves: never the requester. The file may then be downloaded once, within 24
   * hours.
   */
  @Transactional
  public ExportRelease approve(UUID id, Actor by) {
    if (!mayApprove(by)) {
      throw new AccessDeniedException("Exports are approved by administrators or the centre");
    }
    ExportRelease release = locked(id);
    if (release.requestedBy().equals(by.user().value())) {
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          RESOURCE,
          id.toString(),
          AuditOutcome.FAILURE,
          "approval of one's own export refused");
      throw new InvalidInput("approval", "export.selfApproval");
    }
    ExportRelease.ReleaseState status = release.status(clock.instant());
    if (status != ExportRelease.ReleaseState.AWAITING_APPROVAL) {
      throw new InvalidInput("approval", "export.notAwaiting");
    }
    Instant now = clock.instant();
    jdbc.sql(
            "UPDATE exchange.export_release SET approved_by = ?, approved_at = ?, expires_at = ? WHERE id = ?")
        .params(by.user().value(), utc(now), utc(now.plus(VALID)), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "approved");
    return find(id);
  }

  /**
   * The approved file, once, for the requester: the HTCDS rows made now (each person audited as
   * exported), the release marked downloaded in the same transaction.
   */
  @Transactional
  public String download(UUID id, Actor by) {
    ExportRelease release = locked(id);
    if (!release.requestedBy().equals(by.user().value())) {
      throw new NotFound(RESOURCE);
    }
    ExportRelease.ReleaseState status = release.status(clock.instant());
    if (status != ExportRelease.ReleaseState.READY) {
      audit.record(
          by.audit(),
          AuditAction.EXPORT,
          RESOURCE,
          id.toString(),
          AuditOutcome.FAILURE,
          "download refused: " + status);
      throw new NotReleased(status);
    }
    String rows = exports.htcds(release.year(), by);
    jdbc.sql("UPDATE exchange.export_release SET downloaded_at = ? WHERE id = ?")
        .params(utc(clock.instant()), id)
        .update();
    audit.record(
        by.audit(),
        AuditAction.EXPORT,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "downloaded");
    return rows;
  }

  /** The actor's own requests and, for approvers, those awaiting someone else's approval. */
  @Transactional(readOnly = true)
  public List<ExportRelease> visibleTo(Actor by) {
    if (!Exports.mayExportRecords(by) && !mayApprove(by)) {
      throw new AccessDeniedException("Exports are the centre's");
    }
    Instant now = clock.instant();
    return jdbc
        .sql("SELECT * FROM exchange.export_release ORDER BY requested_at DESC LIMIT 500")
        .query(ExportReleases::row)
        .list()
        .stream()
        .filter(
            r ->
                r.requestedBy().equals(by.user().value())
                    || (mayApprove(by)
                        && r.status(now) == ExportRelease.ReleaseState.AWAITING_APPROVAL))
        .toList();
  }

  /** One release, as its requester or an approver sees it. */
  @Transactional(readOnly = true)
  public ExportRelease find(UUID id, Actor by) {
    ExportRelease release = find(id);
    if (!release.requestedBy().equals(by.user().value()) && !mayApprove(by)) {
      throw new NotFound(RESOURCE);
    }
    return release;
  }

  private ExportRelease find(UUID id) {
    return jdbc.sql("SELECT * FROM exchange.export_release WHERE id = ?")
        .param(id)
        .query(ExportReleases::row)
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  /** The release, its row locked until the transaction ends: one approval, one download. */
  private ExportRelease locked(UUID id) {
    return jdbc.sql("SELECT * FROM exchange.export_release WHERE id = ? FOR UPDATE")
        .param(id)
        .query(ExportReleases::row)
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  private static ExportRelease row(ResultSet rs, int n) throws SQLException {
    return new ExportRelease(
        rs.getObject("id", UUID.class),
        (Integer) rs.getObject("year"),
        rs.getString("purpose"),
        rs.getObject("requested_by", UUID.class),
        instant(rs, "requested_at"),
        rs.getObject("approved_by", UUID.class),
        instant(rs, "approved_at"),
        instant(rs, "expires_at"),
        instant(rs, "downloaded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
