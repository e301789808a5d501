package org.haven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps what Haven acknowledged: across a normal restart, and after the JVM
 * was killed with SIGKILL while its PostgreSQL lived on.
 */
class EmbeddedDatabaseTest {

  static final String TOKEN = "bootstrap-token-for-tests-0123456789abcdef";

  @Test
  void dataSurvivesARestartAndAKill9() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-");
    Map<String, String> env = Map.of("HAVEN_BOOTSTRAP_TOKEN", TOKEN);

    try (HavenProcess first = HavenProcess.start(data, env)) {
      assertThat(create(new Http(first.port()), "Survives restart")).isEqualTo(201);
      first.stop();
    }
    assertThat(Files.exists(data.resolve("postmaster.pid")))
        .as("a clean stop stops PostgreSQL")
        .isFalse();

    long postmaster;
    try (HavenProcess second = HavenProcess.start(data, env)) {
      Http http = new Http(second.port());
      assertThat(names(http)).contains("Survives restart");
      assertThat(create(http, "Survives kill -9")).isEqualTo(201);
      postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      second.kill9();
    }
    try {
      assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
          .as("PostgreSQL outlives the killed JVM")
          .contains(true);
      try (HavenProcess third = HavenProcess.start(data, env)) {
        Http http = new Http(third.port());
        assertThat(names(http)).contains("Survives restart", "Survives kill -9");
        assertThat(third.output()).contains("left running by an earlier Haven process");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
            .as("the orphaned postmaster was stopped")
            .isFalse();
        // a second Haven on the same data is refused, and the first goes on
        assertThatThrownBy(() -> HavenProcess.start(data, env).close())
            .hasMessageContaining("is in use by another Haven process");
        assertThat(names(http)).contains("Survives restart");
      }
    } finally {
      // Whatever happened above, never leave the orphaned postmaster behind (only the one this test
      // made).
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
    }
    assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
  }

  @Test
  void aKilledDatabaseServerIsStartedAgainAndNothingAcknowledgedIsLost() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-kill-");
    Map<String, String> env = Map.of("HAVEN_BOOTSTRAP_TOKEN", TOKEN);
    try (HavenProcess haven = HavenProcess.start(data, env)) {
      Http http = new Http(haven.port());
      assertThat(create(http, "Before the postmaster died")).isEqualTo(201);
      long postmaster =
          Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(250))
          .untilAsserted(
              () -> {
                assertThat(haven.output()).contains("runs again");
                assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
              });
      long restarted =
          Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      assertThat(restarted).isNotEqualTo(postmaster);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(create(http, "After it came back")).isEqualTo(201));
      assertThat(names(http)).contains("Before the postmaster died", "After it came back");
    }
  }

  private static int create(Http http, String name) {
    return http.post(
            "/api/v1/organisations",
            TOKEN,
            "{\"name\":\"" + name + "\",\"type\":\"NGO\",\"country\":\"DK\"}")
        .status();
  }

  private static String names(Http http) {
    return http.get("/api/v1/organisations", TOKEN).raw().body();
  }
}
