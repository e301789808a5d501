package org.haven.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the running periods: announces each warning once (7 and 2 days before the deadline by
 * default) and closes a period the day after its deadline. Safe to kill and rerun: each period is
 * checked and saved in its own transaction, and a warning is remembered on the period.
 */
@Component
class PeriodDeadlines {

  private final IdentificationRepository repository;
  private final PeriodPolicy policy;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PeriodDeadlines(
      IdentificationRepository repository,
      PeriodPolicy policy,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.policy = policy;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${haven.identification.deadline-check-interval:PT1H}",
      initialDelayString = "PT30S")
  @SchedulerLock(name = "identification.period-deadlines", lockAtLeastFor = "PT30S")
  void run() {
    check(LocalDate.now(clock));
  }

  /** Checks every running period against {@code today}; returns how many changed. */
  int check(LocalDate today) {
    int horizon = policy.warningHorizon();
    int changed = 0;
    for (UUID id :
        jdbc.sql(
                """
                SELECT i.id FROM identification.identification i
                WHERE i.period_start IS NOT NULL AND i.period_ended_on IS NULL
                  AND i.period_start + i.period_days
                      + coalesce((SELECT sum(e.days)::int FROM identification.period_extension e
                                  WHERE e.identification_id = i.id AND e.period_number = i.period_number), 0) <= ?
                """)
            .param(today.plusDays(horizon))
            .query(UUID.class)
            .list()) {
      Boolean done =
          transaction.execute(
              status ->
                  repository
                      .findById(id)
                      .filter(
                          identification ->
                              identification.checkDeadline(today, policy, clock.instant()))
                      .map(identification -> repository.save(identification) != null)
                      .orElse(false));
      if (Boolean.TRUE.equals(done)) {
        changed++;
      }
    }
    return changed;
  }
}
