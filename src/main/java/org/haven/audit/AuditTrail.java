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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail's front door. {@link #record} writes inside the caller's transaction, so an
 * audited read or change and its audit row commit or roll back together; without a surrounding
 * transaction it writes in its own.
 *
 * <p>Rows are appended to the hash chain when the transaction commits, all of a transaction's rows
 * in one batch, in the order they were recorded: the chain's lock is then held only from that
 * append to the commit, not while the transaction does its work, so long transactions (an import
 * chunk) do not hold up everyone else's reads.
 */
@Service
public class AuditTrail {

  /** Serialises appends so that every row links to the row committed before it. */
  private static final long CHAIN_LOCK = 0x4861_7665_6e41_7564L;

  /** What the verifier's own reading is recorded as. */
  static final String CHAIN_RESOURCE = "AuditChain";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final Clock clock;
  private final AuditChain chain;
  private final AuditCheckpoints checkpoints;

  /** The key under which a transaction's pending acts are bound to it. */
  private final Object pendingKey = new Object();

  AuditTrail(
      JdbcClient jdbc,
      JdbcTemplate batches,
      Clock clock,
      AuditKey key,
      AuditCheckpoints checkpoints) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.clock = clock;
    this.chain = key.chain();
    this.checkpoints = checkpoints;
  }

  /** One act waiting for its transaction to commit. */
  private record Act(
      Instant at,
      AuditActor actor,
      AuditAction action,
      String resourceType,
      String resourceId,
      AuditOutcome outcome,
      String purpose,
      String requestId) {}

  /**
   * The acts of one transaction, appended just before it commits. Bound to the transaction as a
   * resource, so that recording finds it at once (looking through the transaction's
   * synchronizations sorts them on every call, which grows with every event a long transaction
   * publishes); unbound while the transaction is suspended, so an inner one never sees it.
   */
  private final class Pending implements TransactionSynchronization {
    final List<Act> acts = new ArrayList<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      append(acts);
      acts.clear();
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(pendingKey);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(pendingKey, this);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
    }

    @Override
    public int getOrder() {
      // after every other synchronization that might still record something
      return Ordered.LOWEST_PRECEDENCE;
    }
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
    Act act =
        new Act(
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor,
            action,
            resourceType,
            resourceId,
            outcome,
            purpose,
            MDC.get("requestId"));
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      append(List.of(act));
      return;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(pendingKey);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.registerSynchronization(pending);
      TransactionSynchronizationManager.bindResource(pendingKey, pending);
    }
    pending.acts.add(act);
  }

  /** Appends acts to the chain in one batch, under the chain's lock (held until commit). */
  private void append(List<Act> acts) {
    if (acts.isEmpty()) {
      return;
    }
    // the lock, then the last hash read after it was granted (audit V3): one statement
    String previous =
        jdbc.sql("SELECT audit.lock_chain_head(?)")
            .param(CHAIN_LOCK)
            .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
            .single()
            .orElse(AuditChain.GENESIS);
    List<Object[]> rows = new ArrayList<>(acts.size());
    for (Act act : acts) {
      AuditChain.RowContent content =
          new AuditChain.RowContent(
              act.at(),
              act.actor().id(),
              act.actor().organisation(),
              act.action().name(),
              act.resourceType(),
              act.resourceId(),
              act.outcome().name(),
              act.purpose(),
              act.requestId(),
              act.actor().token(),
              act.actor().tokenIssuer());
      String hash = chain.hash(previous, content);
      rows.add(
          new Object[] {
            OffsetDateTime.ofInstant(act.at(), ZoneOffset.UTC),
            act.actor().id(),
            act.actor().organisation(),
            act.action().name(),
            act.resourceType(),
            act.resourceId(),
            act.outcome().name(),
            act.purpose(),
            act.requestId(),
            act.actor().token(),
            act.actor().tokenIssuer(),
            previous,
            hash
          });
      previous = hash;
    }
    if (rows.size() == 1) {
      jdbc.sql(INSERT).params(rows.get(0)).update();
    } else {
      batches.batchUpdate(INSERT, rows);
    }
  }

  private static final String INSERT =
      """
      INSERT INTO audit.audit_event (occurred_at, actor, organisation, action, resource_type, resource_id,
                                     outcome, purpose, request_id, token_id, token_issuer, previous_hash, hash,
                                     keyed)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
      """;

  /** Records a successful act without a stated purpose. */
  public void record(AuditActor actor, AuditAction action, String resourceType, String resourceId) {
    record(actor, action, resourceType, resourceId, AuditOutcome.SUCCESS, null);
  }

  /** What the reading of the trail itself is recorded as. */
  static final String TRAIL_RESOURCE = "AuditTrail";

  /** One page of the auditor's search and how many rows match in all. */
  public record Found(List<AuditEntry> entries, long total) {}

  /** The auditor's search, newest first, one page; the reading is itself audited. */
  @Transactional
  public Found search(AuditQuery query, AuditActor by) {
    record(by, AuditAction.READ, TRAIL_RESOURCE, null);
    return new Found(search(query), count(query));
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
   * Recomputes every row's hash from the first row on, compares the chain with every checkpoint
   * kept outside the database, and reports the first row that does not agree. The reading is itself
   * audited; an intact chain is anchored by a new checkpoint.
   */
  @Transactional
  public ChainVerification verify(AuditActor by) {
    record(by, AuditAction.READ, CHAIN_RESOURCE, null);
    return verifyChain();
  }

  /** The verification itself, without recording who asked (for Haven's own checks). */
  @Transactional(readOnly = true)
  ChainVerification verifyChain() {
    AuditCheckpoints.Reading reading = checkpoints.read();
    AuditCheckpoints.Checkpoint anchor = reading.latest().orElse(null);
    if (reading.unsigned() > 0) {
      return ChainVerification.broken(null, 0, ChainVerification.Problem.CHECKPOINT_FORGED, anchor);
    }
    Map<Long, List<AuditCheckpoints.Checkpoint>> byPosition = new HashMap<>();
    long legacyAllowed = Long.MAX_VALUE;
    for (AuditCheckpoints.Checkpoint checkpoint : reading.checkpoints()) {
      byPosition.computeIfAbsent(checkpoint.rows(), r -> new ArrayList<>()).add(checkpoint);
      legacyAllowed = Math.min(legacyAllowed, checkpoint.legacyRows());
    }
    String previous = AuditChain.GENESIS;
    long lastId = 0;
    long position = 0;
    long legacyRows = 0;
    boolean keyedSeen = false;
    // the first row a checkpoint has not yet vouched for: where a recomputed chain may begin
    Long unvouchedFrom = null;
    while (true) {
      List<ChainRow> batch =
          jdbc.sql(
                  """
                  SELECT id, occurred_at, actor, organisation, action, resource_type, resource_id, outcome,
                         purpose, request_id, token_id, token_issuer, previous_hash, hash, keyed
                  FROM audit.audit_event WHERE id > ? ORDER BY id LIMIT 5000
                  """)
              .param(lastId)
              .query(AuditTrail::chainRow)
              .list();
      if (batch.isEmpty()) {
        break;
      }
      for (ChainRow row : batch) {
        position++;
        if (unvouchedFrom == null) {
          unvouchedFrom = row.id();
        }
        boolean legacy = !row.keyed();
        if (legacy && (keyedSeen || position > legacyAllowed)) {
          return ChainVerification.broken(
              row.id(), position - 1, ChainVerification.Problem.ROW_CHANGED, anchor);
        }
        String expected =
            legacy
                ? AuditChain.legacyHash(previous, row.content())
                : chain.hash(previous, row.content());
        if (!row.previousHash().equals(previous) || !row.hash().equals(expected)) {
          return ChainVerification.broken(
              row.id(), position - 1, ChainVerification.Problem.ROW_CHANGED, anchor);
        }
        for (AuditCheckpoints.Checkpoint seen : byPosition.getOrDefault(position, List.of())) {
          if (seen.lastId() != row.id() || !seen.head().equals(row.hash())) {
            return ChainVerification.broken(
                unvouchedFrom, position - 1, ChainVerification.Problem.CHAIN_REWRITTEN, anchor);
          }
          unvouchedFrom = null;
        }
        keyedSeen |= !legacy;
        legacyRows += legacy ? 1 : 0;
        previous = row.hash();
        lastId = row.id();
      }
    }
    if (anchor != null && anchor.rows() > position) {
      return ChainVerification.broken(
          lastId + 1, position, ChainVerification.Problem.ROWS_MISSING, anchor);
    }
    AuditCheckpoints.Checkpoint now =
        position == 0
            ? null
            : new AuditCheckpoints.Checkpoint(
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                position,
                lastId,
                previous,
                legacyRows);
    if (now != null && (anchor == null || anchor.rows() < position)) {
      checkpoints.append(now);
      anchor = now;
    }
    return ChainVerification.intact(position, anchor);
  }

  /**
   * Writes a checkpoint of the chain's head when it has grown since the last one: at a fixed
   * interval ({@code haven.audit.checkpoint-every}, first shortly after start). Rows are counted
   * from the last checkpoint on, so this stays cheap however long the trail grows. A head that
   * moved backwards is not anchored: the verifier will report it.
   */
  @Scheduled(
      initialDelayString = "${haven.audit.checkpoint-first:PT10S}",
      fixedDelayString = "${haven.audit.checkpoint-every:PT5M}")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public void checkpoint() {
    Optional<Head> head =
        jdbc.sql("SELECT id, hash FROM audit.audit_event ORDER BY id DESC LIMIT 1")
            .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash")))
            .optional();
    if (head.isEmpty()) {
      return;
    }
    AuditCheckpoints.Checkpoint latest = checkpoints.read().latest().orElse(null);
    if (latest != null && head.get().id() <= latest.lastId()) {
      return;
    }
    long after = latest == null ? 0 : latest.lastId();
    long added =
        jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE id > ?")
            .param(after)
            .query(Long.class)
            .single();
    long legacy =
        latest != null
            ? latest.legacyRows()
            : jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE NOT keyed")
                .query(Long.class)
                .single();
    checkpoints.append(
        new AuditCheckpoints.Checkpoint(
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            (latest == null ? 0 : latest.rows()) + added,
            head.get().id(),
            head.get().hash(),
            legacy));
  }

  private record Head(long id, String hash) {}

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
        rs.getString("request_id"),
        rs.getString("token_id"),
        rs.getString("token_issuer"));
  }

  private record ChainRow(
      long id, AuditChain.RowContent content, String previousHash, String hash, boolean keyed) {}

  private static ChainRow chainRow(ResultSet rs, int row) throws SQLException {
    return new ChainRow(
        rs.getLong("id"),
        new AuditChain.RowContent(
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"),
            rs.getObject("organisation", UUID.class),
            rs.getString("action"),
            rs.getString("resource_type"),
            rs.getString("resource_id"),
            rs.getString("outcome"),
            rs.getString("purpose"),
            rs.getString("request_id"),
            rs.getString("token_id"),
            rs.getString("token_issuer")),
        rs.getString("previous_hash"),
        rs.getString("hash"),
        rs.getBoolean("keyed"));
  }
}
