package org.haven.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's front door. {@link #record} writes inside the caller's transaction, so an
 * audited read or change and its audit row commit or roll back together; without a surrounding
 * transaction it writes in its own.
 */
@Service
public class AuditTrail {

  /** Serialises appends so that every row links to the row committed before it. */
  private static final long CHAIN_LOCK = 0x4861_7665_6e41_7564L;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records one act. The request id is taken from the current request, when there is one. */
  @Transactional
  public void record(
      AuditActor actor,
      AuditAction action,
      String resourceType,
      String resourceId,
      AuditOutcome outcome,
      String purpose) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String requestId = MDC.get("requestId");
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    String previous =
        jdbc.sql("SELECT hash FROM audit.audit_event ORDER BY id DESC LIMIT 1")
            .query(String.class)
            .optional()
            .orElse(AuditChain.GENESIS);
    String hash =
        AuditChain.hash(
            previous,
            at,
            actor.id(),
            actor.organisation(),
            action.name(),
            resourceType,
            resourceId,
            outcome.name(),
            purpose,
            requestId);
    jdbc.sql(
            """
            INSERT INTO audit.audit_event (occurred_at, actor, organisation, action, resource_type, resource_id,
                                           outcome, purpose, request_id, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            actor.id(),
            actor.organisation(),
            action.name(),
            resourceType,
            resourceId,
            outcome.name(),
            purpose,
            requestId,
            previous,
            hash)
        .update();
  }

  /** Records a successful act without a stated purpose. */
  public void record(AuditActor actor, AuditAction action, String resourceType, String resourceId) {
    record(actor, action, resourceType, resourceId, AuditOutcome.SUCCESS, null);
  }

  /** The auditor's search, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT * FROM audit.audit_event WHERE true");
    List<Object> params = new ArrayList<>();
    where(query, sql, params);
    sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
    params.add(query.size());
    params.add((long) query.page() * query.size());
    return jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
  }

  /** How many rows the search matches in all. */
  @Transactional(readOnly = true)
  public long count(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM audit.audit_event WHERE true");
    List<Object> params = new ArrayList<>();
    where(query, sql, params);
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }

  /**
   * Recomputes every row's hash from the first row on and reports the first row that does not
   * match.
   */
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    String previous = AuditChain.GENESIS;
    long lastId = 0;
    long checked = 0;
    while (true) {
      List<ChainRow> batch =
          jdbc.sql(
                  """
                  SELECT id, occurred_at, actor, organisation, action, resource_type, resource_id, outcome,
                         purpose, request_id, previous_hash, hash
                  FROM audit.audit_event WHERE id > ? ORDER BY id LIMIT 5000
                  """)
              .param(lastId)
              .query(AuditTrail::chainRow)
              .list();
      if (batch.isEmpty()) {
        return ChainVerification.intact(checked);
      }
      for (ChainRow row : batch) {
        String expected =
            AuditChain.hash(
                previous,
                row.occurredAt(),
                row.actor(),
                row.organisation(),
                row.action(),
                row.resourceType(),
                row.resourceId(),
                row.outcome(),
                row.purpose(),
                row.requestId());
        if (!row.previousHash().equals(previous) || !row.hash().equals(expected)) {
          return ChainVerification.brokenAt(row.id(), checked);
        }
        previous = row.hash();
        lastId = row.id();
        checked++;
      }
    }
  }

  private static void where(AuditQuery query, StringBuilder sql, List<Object> params) {
    if (query.actor() != null && !query.actor().isBlank()) {
      sql.append(" AND actor = ?");
      params.add(query.actor().trim());
    }
    if (query.organisation() != null) {
      sql.append(" AND organisation = ?");
      params.add(query.organisation());
    }
    if (query.resourceType() != null && !query.resourceType().isBlank()) {
      sql.append(" AND resource_type = ?");
      params.add(query.resourceType().trim());
    }
    if (query.resourceId() != null && !query.resourceId().isBlank()) {
      sql.append(" AND resource_id = ?");
      params.add(query.resourceId().trim());
    }
    if (query.action() != null) {
      sql.append(" AND action = ?");
      params.add(query.action().name());
    }
    if (query.from() != null) {
      sql.append(" AND occurred_at >= ?");
      params.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND occurred_at < ?");
      params.add(Timestamp.from(query.to()));
    }
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getObject("organisation", UUID.class),
        AuditAction.valueOf(rs.getString("action")),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        AuditOutcome.valueOf(rs.getString("outcome")),
        rs.getString("purpose"),
        rs.getString("request_id"));
  }

  private record ChainRow(
      long id,
      Instant occurredAt,
      String actor,
      UUID organisation,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      String purpose,
      String requestId,
      String previousHash,
      String hash) {}

  private static ChainRow chainRow(ResultSet rs, int row) throws SQLException {
    return new ChainRow(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getObject("organisation", UUID.class),
        rs.getString("action"),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        rs.getString("outcome"),
        rs.getString("purpose"),
        rs.getString("request_id"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }
}
