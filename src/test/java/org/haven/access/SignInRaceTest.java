package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in attempts sent in parallel get exactly what the same attempts in a row would get. */
@HavenTest
class SignInRaceTest {

  @Autowired SignIn signIn;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aParallelBurstOfPasswordsGetsNoMoreChecksThanTheLimitAndTheRightOneAfterIsPaused()
      throws Exception {
    TestUser user = fixtures.user(Role.NGO_WORKER);
    List<PasswordCheck> burst =
        parallel(24, i -> () -> signIn.checkPassword(user.email(), "wrong password " + i));
    assertThat(burst)
        .filteredOn(c -> c.outcome() == PasswordCheck.Outcome.ACCEPTED)
        .as("no wrong password is accepted")
        .isEmpty();
    assertThat(failures(user, "password"))
        .as("passwords actually checked")
        .isEqualTo(SignInThrottle.MAX_FAILURES);
    assertThat(signIn.checkPassword(user.email(), AccessFixtures.PASSWORD).outcome())
        .as("the right password after the burst waits for the pause to end")
        .isEqualTo(PasswordCheck.Outcome.PAUSED);
  }

  @Test
  void oneCodeSentFromSeveralSessionsAtOnceIsAcceptedOnceAndTheOthersAreAuditedFailures()
      throws Exception {
    TestUser user = fixtures.user(Role.CENTRE_CASEWORKER);
    String code = user.code(0);
    List<Boolean> answers = parallel(4, i -> () -> signIn.checkCode(user.id(), code));
    assertThat(answers).containsOnlyOnce(true);
    assertThat(answers).filteredOn(accepted -> !accepted).hasSize(3);
    assertThat(failures(user, "second factor")).isEqualTo(3);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'LOGIN' AND actor = ?")
                .param(user.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private long failures(TestUser user, String purpose) {
    return jdbc.sql(
            """
            SELECT count(*) FROM audit.audit_event
            WHERE action = 'LOGIN_FAILED' AND resource_id = ? AND purpose = ?
            """)
        .params(user.id().toString(), purpose)
        .query(Long.class)
        .single();
  }

  private static <T> List<T> parallel(int count, IntFunction<Callable<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(task.apply(i)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
