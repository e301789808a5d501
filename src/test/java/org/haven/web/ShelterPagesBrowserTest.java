package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.intake.Channel;
import org.haven.intake.Consent;
import org.haven.intake.Exploitation;
import org.haven.intake.Referral;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.intake.Referrals;
import org.haven.people.Birth;
import org.haven.people.Gender;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything about shelter places is done on pages: the centre registers a shelter, places a person
 * from the case page, meets a full shelter and puts the next person on the waiting list, and ends a
 * stay on a page that asks for the day it ended; a form sent twice makes one record.
 */
@HavenTest
class ShelterPagesBrowserTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired Referrals referrals;
  @Autowired JdbcClient jdbc;

  @Test
  void aCaseworkerRegistersAShelterPlacesFromTheCaseAndUsesTheWaitingList() throws Exception {
    TestUser ngoWorker =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String shelterName = "Lighthouse " + UUID.randomUUID().toString().substring(0, 6);
    UUID first = acceptedPerson(ngoWorker, caseworker, "Ana", "Marin");
    UUID second = acceptedPerson(ngoWorker, caseworker, "Elena", "Rusu");
    UUID caseId = caseOf(first);

    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(375, 812));
      browser.signIn(url(""), caseworker);

      // a new shelter: a field left wrong is said beside it, and what was typed stays
      browser.open(url("/shelters/new"));
      browser.type("name", shelterName);
      browser.type("municipality", "Aarhus");
      browser.submit("save-shelter");
      assertThat(browser.text("places-error")).contains("at least one target group");
      assertThat(browser.driver().findElement(By.id("name")).getAttribute("value"))
          .isEqualTo(shelterName);
      browser.type("places-WOMEN", "1");
      browser.submit("save-shelter");
      assertThat(browser.heading()).isEqualTo(shelterName);

      // placing from the case page: the person is named, the first night must be entered
      browser.open(url("/cases/" + caseId));
      browser.driver().findElement(By.id("place-in-shelter")).click();
      assertThat(browser.text("placing")).contains("Ana Marin");
      choose(browser, "shelter", shelterName);
      new Select(browser.driver().findElement(By.id("targetGroup"))).selectByValue("WOMEN");
      browser.submit("place");
      assertThat(browser.text("startsOn-error")).isNotBlank();
      setValue(browser, "startsOn", LocalDate.now(ZONE).toString());
      browser.submit("place");
      assertThat(browser.heading()).isEqualTo(shelterName);
      assertThat(browser.text("residents")).contains("Ana Marin");

      // the shelter is full for the next person: the waiting list is offered with what was typed
      browser.open(url("/placements/new?person=" + reference(second)));
      choose(browser, "shelter", shelterName);
      new Select(browser.driver().findElement(By.id("targetGroup"))).selectByValue("WOMEN");
      setValue(browser, "startsOn", LocalDate.now(ZONE).toString());
      browser.submit("place");
      assertThat(browser.text("shelter-error")).contains("taken");
      browser.type("note", "Needs a ground-floor room.");
      browser.submit("wait");
      assertThat(browser.text("waiting-list")).contains("Elena Rusu");

      // a place form sent twice (a double click) places once
      UUID shelter =
          jdbc.sql("SELECT id FROM accommodation.shelter WHERE name = ?")
              .param(shelterName)
              .query(UUID.class)
              .single();
      browser.open(url("/shelters/new"));
      browser.type("name", shelterName + " II");
      browser.type("places-WOMEN", "3");
      sendTwice(browser);
      assertThat(
              jdbc.sql("SELECT count(*) FROM accommodation.shelter WHERE name = ?")
                  .param(shelterName + " II")
                  .query(Long.class)
                  .single())
          .as("one shelter for a form sent twice")
          .isEqualTo(1);

      // ending the stay asks on its own page, with no date filled in for the user
      browser.open(url("/shelters/" + shelter));
      UUID placement =
          jdbc.sql("SELECT id FROM accommodation.placement WHERE person_id = ?")
              .param(first)
              .query(UUID.class)
              .single();
      browser.driver().findElement(By.id("end-" + placement)).click();
      assertThat(browser.text("ending")).contains("Ana Marin");
      assertThat(browser.driver().findElement(By.id("endedOn")).getAttribute("value")).isEmpty();
      browser.submit("end-stay");
      assertThat(browser.text("endedOn-error")).isNotBlank();
      setValue(browser, "endedOn", LocalDate.now(ZONE).toString());
      browser.submit("end-stay");
      assertThat(browser.heading()).isEqualTo(shelterName);
      assertThat(browser.has("residents")).isFalse();
    }
  }

  @Test
  void aCaseNoteSentTwiceIsAddedOnce() throws Exception {
    TestUser ngoWorker =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    UUID person = acceptedPerson(ngoWorker, caseworker, "Irina", "Lungu");
    UUID caseId = caseOf(person);
    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(url("/cases/" + caseId));
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('text').closest('details').open = true;");
      browser.type("text", "Met at the shelter; wants to call her sister.");
      sendTwice(browser, "add-note");
      assertThat(
              jdbc.sql("SELECT count(*) FROM casework.note WHERE case_id = ?")
                  .param(caseId)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  /** Sends the form of the page's save button twice at once, as a double click does. */
  private static void sendTwice(Browser browser) {
    sendTwice(browser, "save-shelter");
  }

  private static void sendTwice(Browser browser, String buttonId) {
    Object statuses =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]).form;
                const body = () => new URLSearchParams(new FormData(form));
                Promise.all([
                  fetch(form.action, {method: 'POST', body: body(), redirect: 'manual'}),
                  fetch(form.action, {method: 'POST', body: body(), redirect: 'manual'})
                ]).then(rs => done(rs.map(r => r.type + ':' + r.status).join(',')));
                """,
                buttonId);
    assertThat(statuses.toString()).isEqualTo("opaqueredirect:0,opaqueredirect:0");
  }

  private UUID acceptedPerson(
      TestUser ngoWorker, TestUser caseworker, String given, String family) {
    LocalDate today = LocalDate.now(ZONE);
    Referral referral =
        referrals.startDraft(
            new ReferralDraft(
                ReferralPath.FULL,
                Channel.NGO_OUTREACH,
                today.minusDays(3),
                "Aarhus",
                List.of(Exploitation.SexualExploitation),
                "A",
                List.of(),
                null,
                false,
                "ro",
                given,
                family,
                null,
                null,
                Gender.Feminine,
                Birth.year(1995),
                List.of("RO"),
                null,
                new Consent(true, false, true),
                null),
            ngoWorker.actor());
    referrals.submit(referral.referralId(), ngoWorker.actor());
    referrals.accept(referral.referralId(), Optional.empty(), caseworker.actor());
    return jdbc.sql("SELECT person_id FROM intake.referral WHERE id = ?")
        .param(referral.referralId().value())
        .query(UUID.class)
        .single();
  }

  private UUID caseOf(UUID person) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql("SELECT id FROM casework.case_file WHERE person_id = ?")
                    .param(person)
                    .query(UUID.class)
                    .optional()
                    .orElse(null),
            id -> id != null);
  }

  private String reference(UUID person) {
    return jdbc.sql("SELECT reference FROM people.person WHERE id = ?")
        .param(person)
        .query(String.class)
        .single();
  }

  private static void choose(Browser browser, String id, String startingWith) {
    Select select = new Select(browser.driver().findElement(By.id(id)));
    select.getOptions().stream()
        .filter(o -> o.getText().startsWith(startingWith + ","))
        .findFirst()
        .orElseThrow()
        .click();
  }

  private static void setValue(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
