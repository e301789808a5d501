package org.haven.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.awaitility.Awaitility;
import org.haven.HavenApplication;
import org.haven.access.Installation;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.access.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode fills an empty database with a user for every role, and never touches a real one. */
class DemoModeTest {

  @Test
  void fillsAnEmptyDatabaseWithAUserForEveryRoleAndRefusesARealOne() throws Exception {
    Path demo = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "demo-");
    try (ConfigurableApplicationContext haven = start(demo, true)) {
      assertThat(haven.getBean(Installation.class).isDemo()).isTrue();
      assertThat(haven.getBean(Users.class).all().stream().flatMap(u -> u.roles().stream()))
          .containsAll(EnumSet.allOf(Role.class));
      assertThat(haven.getBean(Users.class).all()).allMatch(UserAccount::secondFactorEnrolled);
      String port = haven.getEnvironment().getProperty("local.server.port");
      String page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(page).as("every page shows the DEMO banner").contains("class=\"demo-banner\"");
      var jdbc = haven.getBean(JdbcClient.class);
      assertThat(
              count(jdbc, "SELECT count(*) FROM identification.decision WHERE outcome = 'VICTIM'"))
          .as("demo journeys reach positive decisions")
          .isPositive();
      assertThat(count(jdbc, "SELECT count(DISTINCT authority) FROM identification.decision"))
          .as("both the immigration service and the centre decide")
          .isGreaterThanOrEqualTo(2);
      assertThat(count(jdbc, "SELECT count(*) FROM identification.period_extension")).isPositive();
      assertThat(count(jdbc, "SELECT count(*) FROM casework.timeline_entry")).isPositive();
      assertThat(count(jdbc, "SELECT count(*) FROM casework.task")).isPositive();
      assertThat(count(jdbc, "SELECT count(*) FROM accommodation.shelter"))
          .isGreaterThanOrEqualTo(9);
      assertThat(count(jdbc, "SELECT count(*) FROM accommodation.placement")).isPositive();
      assertThat(
              count(
                  jdbc, "SELECT count(*) FROM repatriation.repatriation WHERE status = 'RETURNED'"))
          .isPositive();
      assertThat(count(jdbc, "SELECT count(*) FROM repatriation.support_item")).isPositive();
      assertThat(count(jdbc, "SELECT count(DISTINCT type) FROM outreach.activity"))
          .as("a year of outreach of several kinds")
          .isEqualTo(3);
      assertThat(count(jdbc, "SELECT count(*) FROM outreach.contact")).isGreaterThan(300);
      assertThat(count(jdbc, "SELECT count(DISTINCT district) FROM operations.key_person"))
          .as("a key person for every demo police district")
          .isEqualTo(2);
      assertThat(count(jdbc, "SELECT count(*) FROM outreach.contact WHERE referral_id IS NOT NULL"))
          .as("suspicions that became referrals")
          .isPositive();
      // fifteen years of history arrive through the HTCDS import, in the background
      int lastYear = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
      Awaitility.await()
          .atMost(Duration.ofSeconds(180))
          .until(
              () ->
                  count(
                      jdbc, "SELECT count(*) FROM exchange.import_job WHERE status = 'completed'"),
              n -> n == 1);
      assertThat(
              count(
                  jdbc,
                  "SELECT count(DISTINCT decision_year) FROM statistics.decision WHERE outcome = 'VICTIM'"
                      + " AND decision_year < "
                      + lastYear))
          .as("a trend of many years")
          .isGreaterThanOrEqualTo(13);
      assertThat(count(jdbc, "SELECT count(*) FROM exchange.import_error"))
          .as("the demo history imports whole")
          .isZero();
    }

    Path real = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "real-");
    try (ConfigurableApplicationContext haven = start(real, false)) {
      assertThat(haven.getBean(Installation.class).isDemo()).isFalse();
      String port = haven.getEnvironment().getProperty("local.server.port");
      String page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(page).doesNotContain("demo-banner");
    }
    assertThatThrownBy(() -> start(real, true).close())
        .hasStackTraceContaining(
            "Demo mode refuses to start: this database holds real (non-demo) data");
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static ConfigurableApplicationContext start(Path data, boolean demo) {
    // Command-line arguments, so that they win over application.properties.
    return new SpringApplicationBuilder(HavenApplication.class)
        .run("--server.port=0", "--haven.database.data-dir=" + data, "--haven.demo=" + demo);
  }
}
