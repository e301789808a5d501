package org.haven.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of what intake holds without a person: anonymous notifications and hotline calls.
 * Past their period they lose what was written in words — the place of the encounter; a call's
 * topic, outcome and link to a referral — and keep their dates and codes, so they still count.
 * Called by privacy's retention schedule, which decides the periods; each record changed is
 * audited.
 */
@Service
public class ExpiredNotes {

  private static final String ANONYMOUS_DUE =
      """
      FROM intake.referral
      WHERE path = 'ANONYMOUS' AND status <> 'DRAFT' AND coalesce(submitted_at, created_at) < ?
        AND encounter_place IS NOT NULL
      """;
  private static final String CALLS_DUE =
      """
      FROM intake.hotline_call
      WHERE received_at < ? AND (topic <> '' OR outcome IS NOT NULL OR referral_id IS NOT NULL)
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  ExpiredNotes(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** How many anonymous notifications sent before {@code cutoff} still hold words to erase. */
  @Transactional(readOnly = true)
  public long anonymousNotificationsBefore(Instant cutoff) {
    return count(ANONYMOUS_DUE, cutoff);
  }

  /** How many hotline calls received before {@code cutoff} still hold words to erase. */
  @Transactional(readOnly = true)
  public long hotlineCallsBefore(Instant cutoff) {
    return count(CALLS_DUE, cutoff);
  }

  /** Erases the words of at most {@code limit} anonymous notifications sent before the cutoff. */
  @Transactional
  public int eraseAnonymousNotificationsBefore(Instant cutoff, int limit, String purpose) {
    List<UUID> ids =
        jdbc.sql(
                """
                UPDATE intake.referral SET encounter_place = NULL, version = version + 1
                WHERE id IN (SELECT id %s ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id
                """
                    .formatted(ANONYMOUS_DUE))
            .params(Timestamp.from(cutoff), limit)
            .query(UUID.class)
            .list();
    ids.forEach(
        id ->
            audit.record(
                AuditActor.SYSTEM,
                AuditAction.UPDATE,
                Referrals.RESOURCE,
                id.toString(),
                AuditOutcome.SUCCESS,
                purpose));
    return ids.size();
  }

  /** Erases the words of at most {@code limit} hotline calls received before the cutoff. */
  @Transactional
  public int eraseHotlineCallsBefore(Instant cutoff, int limit, String purpose) {
    List<UUID> ids =
        jdbc.sql(
                """
                UPDATE intake.hotline_call SET topic = '', outcome = NULL, referral_id = NULL
                WHERE id IN (SELECT id %s ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id
                """
                    .formatted(CALLS_DUE))
            .params(Timestamp.from(cutoff), limit)
            .query(UUID.class)
            .list();
    ids.forEach(
        id ->
            audit.record(
                AuditActor.SYSTEM,
                AuditAction.UPDATE,
                Hotline.RESOURCE,
                id.toString(),
                AuditOutcome.SUCCESS,
                purpose));
    return ids.size();
  }

  private long count(String from, Instant cutoff) {
    return jdbc.sql("SELECT count(*) " + from)
        .param(Timestamp.from(cutoff))
        .query(Long.class)
        .single();
  }
}
