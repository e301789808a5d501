package org.haven.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pauses sign-in for a subject after {@value #MAX_FAILURES} failures within {@link #WINDOW}: at
 * most that many secrets are checked per window, counted before each check. Kept in the database,
 * so the pause holds across instances and restarts; applied alike to emails that have no account.
 */
@Component
class SignInThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration PAUSE = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Counts an attempt before its secret is checked, and answers whether it may be checked. The
   * count is one atomic upsert whose row stays locked until the attempt's transaction ends, so
   * attempts on one subject are checked one after another: a burst in parallel gets no more checks
   * than the same attempts in a row.
   */
  boolean attempt(String subject) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            INSERT INTO access.sign_in_attempt (subject, failures, window_started, paused_until)
            VALUES (:subject, 1, :now, NULL)
            ON CONFLICT (subject) DO UPDATE SET
              failures = CASE WHEN sign_in_attempt.window_started < :windowStart THEN 1
                              ELSE sign_in_attempt.failures + 1 END,
              window_started = CASE WHEN sign_in_attempt.window_started < :windowStart THEN :now
                                    ELSE sign_in_attempt.window_started END
            RETURNING failures <= :max AND (paused_until IS NULL OR paused_until <= :now)
            """)
        .param("subject", subject)
        .param("now", Timestamp.from(now))
        .param("windowStart", Timestamp.from(now.minus(WINDOW)))
        .param("max", MAX_FAILURES)
        .query(Boolean.class)
        .single();
  }

  /**
   * The attempt counted by {@link #attempt} failed; answers whether the subject is now paused (the
   * attempts in the window reached the limit).
   */
  boolean failed(String subject) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            UPDATE access.sign_in_attempt
            SET paused_until = CASE WHEN failures >= :max THEN :pausedUntil ELSE paused_until END
            WHERE subject = :subject
            RETURNING paused_until IS NOT NULL AND paused_until > :now
            """)
        .param("subject", subject)
        .param("now", Timestamp.from(now))
        .param("max", MAX_FAILURES)
        .param("pausedUntil", Timestamp.from(now.plus(PAUSE)))
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void clear(String subject) {
    jdbc.sql("DELETE FROM access.sign_in_attempt WHERE subject = ?").param(subject).update();
  }
}
