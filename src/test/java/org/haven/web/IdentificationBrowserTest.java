package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A centre caseworker schedules and records an identification interview, records a positive
 * decision, finds the period's deadline in the work queue and extends the period.
 */
@HavenTest
class IdentificationBrowserTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired Referrals referrals;
  @Autowired JdbcClient jdbc;

  @Test
  void aCaseworkerInterviewsDecidesSeesTheDeadlineAndExtendsThePeriod() throws Exception {
    TestUser ngoWorker =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    LocalDate today = LocalDate.now(ZONE);
    Referral referral =
        referrals.startDraft(
            new ReferralDraft(
                ReferralPath.FULL,
                Channel.NGO_OUTREACH,
                today.minusDays(40),
                "Odense",
                List.of(Exploitation.ForcedLabour),
                "A",
                List.of(),
                null,
                false,
                "uk",
                "Andrii",
                "Shevchenko",
                null,
                null,
                Gender.Masculine,
                Birth.year(1990),
                List.of("UA"),
                null,
                new Consent(true, false, true),
                null),
            ngoWorker.actor());
    referrals.submit(referral.referralId(), ngoWorker.actor());
    referrals.accept(referral.referralId(), Optional.empty(), caseworker.actor());
    UUID identification =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jdbc.sql("SELECT id FROM identification.identification WHERE referral_id = ?")
                        .param(referral.referralId().value())
                        .query(UUID.class)
                        .optional()
                        .orElse(null),
                id -> id != null);
    String reference =
        jdbc.sql(
                "SELECT p.reference FROM people.person p JOIN identification.identification i ON i.person_id = p.id WHERE i.id = ?")
            .param(identification)
            .query(String.class)
            .single();

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(url("/identifications/" + identification));
      assertThat(browser.heading()).contains(reference);

      new Select(browser.driver().findElement(By.id("residenceStatus")))
          .selectByValue("LEGAL_RESIDENCE");
      browser.submit("save-residence");
      assertThat(browser.text("competent-authority")).isEqualTo("the national centre");

      browser.openSectionOf("scheduledAt");
      browser.setValue("scheduledAt", LocalDateTime.of(today, LocalTime.of(10, 0)).toString());
      new Select(browser.driver().findElement(By.id("placeType")))
          .selectByValue("SHELTER_OR_CRISIS_CENTRE");
      browser.type("municipality", "Odense");
      browser.type("interpreterLanguage", "Klingon");
      browser.submit("schedule-interview");
      assertThat(browser.text("interpreterLanguage-error")).contains("from the list");
      assertThat(browser.driver().findElement(By.id("municipality")).getAttribute("value"))
          .as("what was typed comes back with the error")
          .isEqualTo("Odense");
      assertThat(
              new Select(browser.driver().findElement(By.id("placeType")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("SHELTER_OR_CRISIS_CENTRE");
      browser.driver().findElement(By.id("interpreterLanguage")).clear();
      browser.type("interpreterLanguage", "Ukrainian");
      browser.submit("schedule-interview");
      assertThat(browser.text("interviews")).contains("Planned");

      browser.type("notes-0", "Recruited through a job advert; passport taken on arrival.");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.getElementById('ind-0-WRK_EXCESSIVE_HOURS').closest('details').open = true;");
      browser.driver().findElement(By.id("ind-0-WRK_EXCESSIVE_HOURS")).click();
      browser.submit("record-held-0");
      assertThat(browser.has("heldOn-error"))
          .as("the day it was held is asked for beside its field")
          .isTrue();
      assertThat(
              browser.driver().findElement(By.cssSelector("#error-summary a")).getAttribute("href"))
          .endsWith("#heldOn-0");
      assertThat(browser.driver().findElement(By.id("notes-0")).getAttribute("value"))
          .as("the testimony typed is not lost")
          .contains("passport taken");
      assertThat(browser.driver().findElement(By.id("ind-0-WRK_EXCESSIVE_HOURS")).isSelected())
          .isTrue();
      browser.setValue("heldOn-0", today.toString());
      browser.submit("record-held-0");
      assertThat(browser.text("interviews"))
          .contains("Held")
          .contains("Excessive working hours")
          .doesNotContain("WRK_")
          .doesNotContain("passport taken");
      browser.driver().findElement(By.linkText("Show notes")).click();
      assertThat(browser.text("sensitive-text")).contains("passport taken on arrival");
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM audit.audit_event WHERE resource_id = ? AND purpose LIKE 'interview notes%'")
                  .param(identification.toString())
                  .query(Long.class)
                  .single())
          .as("showing testimony is a read of its own in the audit trail")
          .isEqualTo(1);
      browser.open(url("/identifications/" + identification));

      browser.openSectionOf("outcome-VICTIM");
      browser.driver().findElement(By.id("outcome-VICTIM")).click();
      browser.setValue("decidedOn", today.minusDays(25).toString());
      browser.driver().findElement(By.id("form-ForcedLabour")).click();
      browser.type("exploitationCountry", "Atlantis");
      browser.submit("record-decision");
      assertThat(browser.text("exploitationCountry-error")).contains("from the list");
      assertThat(browser.driver().findElement(By.id("form-ForcedLabour")).isSelected())
          .as("the forms ticked are kept with the error")
          .isTrue();
      assertThat(browser.driver().findElement(By.id("outcome-VICTIM")).isSelected()).isTrue();
      browser.driver().findElement(By.id("exploitationCountry")).clear();
      browser.type("exploitationCountry", "Denmark");
      browser.submit("record-decision");
      assertThat(browser.text("decisions")).contains("Victim of trafficking");
      assertThat(browser.text("period-days-left")).isEqualTo("ends in 5 days");

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  jdbc.sql(
                          "SELECT period_ends_on FROM casework.case_file c JOIN identification.identification i ON i.person_id = c.person_id WHERE i.id = ?")
                      .param(identification)
                      .query(LocalDate.class)
                      .optional()
                      .orElse(null),
              endsOn -> today.plusDays(5).equals(endsOn));
      browser.open(url("/"));
      String queue = browser.text("work-queue");
      assertThat(queue).contains("Period ends for " + reference).contains("in 5 days");

      browser.open(url("/identifications/" + identification));
      browser.openSectionOf("days");
      browser.type("days", "95");
      browser.type("reason", "Prepared repatriation being planned with IOM.");
      browser.submit("extend-period");
      assertThat(browser.text("error-summary")).contains("120");
      assertThat(browser.driver().findElement(By.id("reason")).getAttribute("value"))
          .as("nothing typed is lost")
          .contains("IOM");
      browser.driver().findElement(By.id("days")).clear();
      browser.type("days", "30");
      browser.submit("extend-period");
      assertThat(browser.text("period-days-left")).isEqualTo("ends in 35 days");
      assertThat(browser.text("period-summary")).contains("60 of at most 120 days");

      browser.submit("answer-period");
      assertThat(browser.text("error-summary")).as("an answer must be chosen").isNotBlank();
      browser.driver().findElement(By.id("answer-accepted")).click();
      browser.submit("answer-period");
      assertThat(browser.text("period-answer")).contains("accepted the period");

      browser.submit("open-case");
      assertThat(browser.heading()).contains(reference);
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                browser.driver().navigate().refresh();
                assertThat(browser.text("timeline"))
                    .contains("Period extended by 30 days")
                    .contains("Interview held")
                    .contains("Referral accepted");
              });
      assertThat(browser.text("who-sees")).isEqualTo("Seen by the centre only.");
      browser.openSectionOf("title");
      browser.type("title", "Book the interpreter for the lawyer's meeting");
      browser.setValue("dueOn", today.plusDays(3).toString());
      browser.submit("add-task");
      assertThat(browser.text("tasks")).contains("Book the interpreter");

      browser.open(url("/identifications/" + identification));
      browser.openSectionOf("endedOn");
      new Select(browser.driver().findElement(By.id("endReason"))).selectByValue("DEPARTED");
      browser.submit("end-period");
      assertThat(browser.text("endedOn-error"))
          .as("the day it ended is a fact to enter, never today by default")
          .isNotBlank();
      assertThat(
              new Select(browser.driver().findElement(By.id("endReason")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("DEPARTED");
      browser.setValue("endedOn", today.toString());
      browser.submit("end-period");
      assertThat(browser.text("consequences"))
          .as("ending the period is one-way: asked first")
          .contains("can no longer be extended");
      browser.submit("confirm");
      assertThat(browser.driver().findElements(By.id("period-days-left")))
          .as("the period no longer runs")
          .isEmpty();
      assertThat(browser.axeViolations("period ended")).isEmpty();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
