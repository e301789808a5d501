package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.accommodation.Capacity;
import org.haven.accommodation.Shelters;
import org.haven.api.ReferralsApiFixture;
import org.haven.casework.Notifications;
import org.haven.intake.Referrals;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work queue page reads the queue, the free places, the new referrals, the unread notifications
 * and the drafts in one round trip: each card and row says what the modules' own doors say when
 * asked one by one.
 */
@HavenTest
class WorkQueuePageBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Shelters shelters;
  @Autowired Referrals referrals;
  @Autowired Notifications notifications;

  @Test
  void theCardsAndRowsAreWhatEachModuleSays() throws Exception {
    Http http = new Http(port);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String token = fixtures.token(caseworker);
    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, token);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    Answer task =
        http.post(
            "/api/v1/cases/" + caseId + "/tasks",
            token,
            "{\"title\":\"Call the lawyer about the hearing\",\"dueOn\":\"%s\",\"assignee\":\"%s\"}"
                .formatted(today.plusDays(2), caseworker.id().value()));
    assertThat(task.status()).as(task.raw().body()).isEqualTo(201);
    Answer shelter =
        http.post(
            "/api/v1/shelters",
            token,
            """
            {"operator":"%s","name":"Harbour house","municipality":"Aarhus","address":"Secret 9","approved":true,
             "places":{"WOMEN":4}}
            """
                .formatted(fixtures.organisation(OrganisationType.SHELTER_OPERATOR).id()));
    assertThat(shelter.status()).as(shelter.raw().body()).isEqualTo(201);
    ReferralsApiFixture.submitted(http, fixtures);
    notifications.send(caseworker.id().value(), "TASK_ASSIGNED", "/cases/" + caseId, List.of());

    try (Browser browser = new Browser()) {
      browser.signIn("http://localhost:" + port, caseworker);
      browser.open("http://localhost:" + port + "/");

      assertThat(browser.text("work-queue")).contains("Call the lawyer about the hearing");
      assertThat(figure(browser, "free-places-card"))
          .as("the free places the shelters' door counts")
          .isEqualTo(
              shelters.capacity(today, null, caseworker.actor()).stream()
                  .mapToInt(Capacity::free)
                  .sum())
          .isGreaterThanOrEqualTo(4);
      assertThat(figure(browser, "new-referrals"))
          .isEqualTo(referrals.countNew(caseworker.actor()).getAsLong())
          .isPositive();
      assertThat(figure(browser, "unread-notifications"))
          .isEqualTo(notifications.unread(caseworker.actor()))
          .isPositive();
    }
  }

  /** The figure on a card of the page. */
  private static long figure(Browser browser, String card) {
    return Long.parseLong(browser.text(card).strip().split("\\s+")[0]);
  }
}
