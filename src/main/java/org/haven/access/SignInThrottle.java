package org.haven.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pauses sign-in for a subject after {@value #MAX_FAILURES} failures within {@link #WINDOW}. Kept
 * in the database, so the pause holds across instances and restarts; applied alike to emails that
 * have no account.
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

  boolean paused(String subject) {
    return jdbc.sql("SELECT paused_until FROM access.sign_in_attempt WHERE subject = ?")
        .param(subject)
        .query(Timestamp.class)
        .optional()
        .map(until -> until.toInstant().isAfter(clock.instant()))
        .orElse(false);
  }

  /** Counts a failure; answers whether the subject is now paused. */
  boolean fail(String subject) {
    Instant now = clock.instant();
    Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
    return jdbc.sql(
            """
            INSERT INTO access.sign_in_attempt (subject, failures, window_started, paused_until)
            VALUES (:subject, 1, :now, NULL)
            ON CONFLICT (subject) DO UPDATE SET
              failures = CASE WHEN sign_in_attempt.window_started < :windowStart THEN 1
                              ELSE sign_in_attempt.failures + 1 END,
              window_started = CASE WHEN sign_in_attempt.window_started < :windowStart THEN :now
                                    ELSE sign_in_attempt.window_started END,
              paused_until = CASE WHEN sign_in_attempt.window_started >= :windowStart
                                       AND sign_in_attempt.failures + 1 >= :max THEN :pausedUntil
                                  ELSE sign_in_attempt.paused_until END
            RETURNING paused_until IS NOT NULL AND paused_until > :now
            """)
        .param("subject", subject)
        .param("now", Timestamp.from(now))
        .param("windowStart", windowStart)
        .param("max", MAX_FAILURES)
        .param("pausedUntil", Timestamp.from(now.plus(PAUSE)))
        .query(Boolean.class)
        .single();
  }

  void clear(String subject) {
    jdbc.sql("DELETE FROM access.sign_in_attempt WHERE subject = ?").param(subject).update();
  }
}
