package org.haven.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts left untouched are deleted when their period ends (default 28 days); their authors are
 * warned first (default 7 days before). Safe to run on several instances and to kill and rerun:
 * each step is one statement.
 */
@Component
class DraftExpiry {

  private final JdbcClient jdbc;
  private final IntakeSettings settings;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DraftExpiry(
      JdbcClient jdbc,
      IntakeSettings settings,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${haven.intake.draft-check-interval:PT1H}",
      initialDelayString = "PT1M")
  @SchedulerLock(name = "intake.draft-expiry", lockAtLeastFor = "PT30S")
  void run() {
    warn();
    expire();
  }

  /** Marks drafts entering their last days as warned and announces it, once per draft. */
  @Transactional
  int warn() {
    Instant warnFrom = clock.instant().plus(settings.draftWarning());
    List<Warned> warned =
        jdbc.sql(
                """
                UPDATE intake.referral SET expiry_warned = TRUE
                WHERE status = 'DRAFT' AND NOT expiry_warned AND draft_expires_at <= ?
                RETURNING id, source_user
                """)
            .param(Timestamp.from(warnFrom))
            .query(
                (rs, row) ->
                    new Warned(
                        rs.getObject("id", UUID.class), rs.getObject("source_user", UUID.class)))
            .list();
    warned.forEach(
        w -> events.publishEvent(new ReferralDraftExpiring(new ReferralId(w.id()), w.author())));
    return warned.size();
  }

  /** Deletes drafts whose period has ended, with everything they held. */
  @Transactional
  int expire() {
    List<UUID> deleted =
        jdbc.sql(
                "DELETE FROM intake.referral WHERE status = 'DRAFT' AND draft_expires_at <= ? RETURNING id")
            .param(Timestamp.from(clock.instant()))
            .query(UUID.class)
            .list();
    deleted.forEach(
        id ->
            audit.record(
                AuditActor.SYSTEM,
                AuditAction.DELETE,
                Referrals.RESOURCE,
                id.toString(),
                AuditOutcome.SUCCESS,
                "draft expired"));
    return deleted.size();
  }

  private record Warned(UUID id, UUID author) {}
}
