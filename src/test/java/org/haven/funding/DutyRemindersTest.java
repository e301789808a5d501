package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders about a report owed: the holder's people before the due date, the ministry's officials
 * (and the holder) once it is overdue; each once, however often the job runs; none for a report
 * handed in.
 */
@HavenTest
class DutyRemindersTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired DutyReminders reminders;

  @Test
  void theHolderIsRemindedBeforeAndTheMinistryAfterTheDueDateOnceEach() {
    Http http = new Http(port);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    int year = today.getYear();
    String centre = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    TestUser official =
        fixtures.user(fixtures.organisation(OrganisationType.MINISTRY), Role.MINISTRY_OFFICIAL);
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    TestUser holder = fixtures.user(ngo, Role.NGO_WORKER);
    String worker = fixtures.token(holder);

    String plan =
        http.post(
                "/api/v1/action-plans",
                centre,
                """
                {"name":"Plan %s","startsOn":"%d-01-01","endsOn":"%d-12-31","budget":1000000,"currency":"DKK"}
                """
                    .formatted(UUID.randomUUID(), year, year))
            .json()
            .get("id")
            .asString();
    String initiative =
        http.post(
                "/api/v1/initiatives",
                centre,
                """
                {"plan":"%s","name":"Shelter places","theme":"OUTREACH","responsible":"%s",
                 "budgets":[{"year":%d,"amount":500000}]}
                """
                    .formatted(plan, ngo.id(), year))
            .json()
            .get("id")
            .asString();
    Answer applied =
        http.post(
            "/api/v1/grants",
            worker,
            """
            {"initiative":"%s","amount":100000,"currency":"DKK","periodFrom":"%d-01-01","periodTo":"%d-12-31",
             "purpose":"Places"}
            """
                .formatted(initiative, year, year));
    assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
    String grant = applied.json().get("id").asString();
    Answer decided =
        http.send(
            "POST",
            "/api/v1/grants/" + grant + "/decision",
            centre,
            """
            {"outcome":"GRANTED","amount":100000,"decidedOn":"%s",
             "duties":[{"kind":"ACTIVITY_REPORT","dueOn":"%s"},{"kind":"ACCOUNTS","dueOn":"%s"}]}
            """
                .formatted(today, today.plusDays(5), today.plusDays(60)),
            Map.of("If-Match", applied.header("ETag")));
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);

    reminders.remind();
    reminders.remind();
    assertThat(count(holder, DutyReminders.DUE, grant))
        .as("once, and only the report due soon")
        .isEqualTo(1);
    assertThat(count(official, DutyReminders.OVERDUE, grant)).isZero();

    // time passes: the report is now three days late
    jdbc.sql(
            "UPDATE funding.reporting_duty SET due_on = ? WHERE grant_id = ?::uuid AND kind = 'ACTIVITY_REPORT'")
        .params(today.minusDays(3), grant)
        .update();
    reminders.remind();
    reminders.remind();
    assertThat(count(official, DutyReminders.OVERDUE, grant)).isEqualTo(1);
    assertThat(count(holder, DutyReminders.OVERDUE, grant)).isEqualTo(1);
    assertThat(count(holder, DutyReminders.DUE, grant)).isEqualTo(1);
  }

  /** The user's notifications of a kind about this grant (other tests' grants leave theirs). */
  private long count(TestUser user, String kind, String grant) {
    return jdbc.sql(
            "SELECT count(*) FROM casework.notification WHERE recipient = ? AND kind = ? AND link = ?")
        .params(user.id().value(), kind, "/funding/grants/" + grant)
        .query(Long.class)
        .single();
  }
}
