package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.people.Birth;
import org.haven.people.Gender;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An NGO worker refers a woman through the wizard in Danish; a centre caseworker accepts the
 * referral and links it to the person record the centre already holds.
 */
@HavenTest
class ReferralWizardBrowserTest {

  static final Locale DANISH = Locale.forLanguageTag("da");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;

  @Test
  void anNgoWorkerRefersInDanishAndTheCentreAcceptsLinkingAnExistingPerson() throws Exception {
    TestUser ngoWorker =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String family =
        "Popescu" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
    Person existing =
        people.register(
            new PersonDetails(
                "Ioana",
                family,
                null,
                null,
                List.of(),
                Gender.Feminine,
                Birth.year(1997),
                List.of("RO"),
                List.of("ro"),
                true,
                null,
                List.of()),
            caseworker.actor());

    try (Browser browser = new Browser()) {
      signIn(browser, ngoWorker);
      browser.submit("language-da");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("da");

      browser.open(url("/referrals/new"));
      assertThat(browser.heading()).isEqualTo(danish("referral.step1"));
      browser.driver().findElement(By.id("path-FULL")).click();
      new Select(browser.driver().findElement(By.id("channel"))).selectByValue("NGO_OUTREACH");
      setValue(browser, "encounterDate", "2026-11-01");
      browser.type("encounterPlace", "København");
      browser.type("interpreterLanguage", "ro");
      browser.submit("continue");

      assertThat(browser.heading()).isEqualTo(danish("referral.step2"));
      String step2 = browser.path();
      browser.open(url("/"));
      assertThat(browser.text("drafts"))
          .as("the unsent draft waits on the work queue")
          .containsPattern("slettes om 2[78] dage");
      browser.open(url(step2));
      browser.type("givenNames", "Ioana");
      browser.type("familyName", family);
      new Select(browser.driver().findElement(By.id("gender"))).selectByValue("Feminine");
      new Select(browser.driver().findElement(By.id("birthPrecision"))).selectByValue("YEAR");
      browser.type("birthYear", "1998");
      browser.type("citizenships", "RO");
      browser.submit("continue");

      assertThat(browser.heading()).isEqualTo(danish("referral.step3"));
      browser.driver().findElement(By.id("form-SexualExploitation")).click();
      browser.driver().findElement(By.id("indicator-DOC_DOCUMENTS_WITHHELD")).click();
      browser.submit("continue");

      assertThat(browser.heading()).isEqualTo(danish("referral.step4"));
      browser.type("account", "Mødt i klinikken; passet holdes af lejlighedens ejer.");
      browser.driver().findElement(By.id("consentToReferral")).click();
      browser.submit("continue");

      assertThat(browser.heading()).isEqualTo(danish("referral.step5"));
      browser.screenshot("referral-wizard-check-da");
      browser.submit("continue");
      assertThat(browser.path()).matches("/referrals/[0-9a-f-]{36}");
      assertThat(browser.text("referral-status")).isEqualTo(danish("referralStatus.SUBMITTED"));
      String referralPath = browser.path();

      browser.submit("sign-out");
      signIn(browser, caseworker);
      browser.open(url(referralPath));
      assertThat(browser.text("referred-name")).contains(family);
      assertThat(browser.driver().getPageSource()).doesNotContain("passet holdes");
      browser.driver().findElement(By.id("show-account")).click();
      assertThat(browser.text("sensitive-text")).contains("passet holdes af lejlighedens ejer");
      browser.open(url(referralPath));
      browser.driver().findElement(By.id("accept")).click();
      browser.driver().findElement(By.id("person-" + existing.reference().value())).click();
      browser.screenshot("referral-accept-duplicates");
      browser.submit("confirm-accept");
      assertThat(browser.text("referral-status")).isEqualTo("Accepted");

      browser.open(url("/referrals?status=ACCEPTED"));
      assertThat(browser.driver().findElement(By.id("referrals")).getText())
          .contains("Accepted", "NGO outreach");
      browser.screenshot("referral-list");

      UUID referralId = UUID.fromString(referralPath.substring("/referrals/".length()));
      assertThat(
              jdbc.sql("SELECT person_id FROM intake.referral WHERE id = ?")
                  .param(referralId)
                  .query(UUID.class)
                  .single())
          .isEqualTo(existing.personId().value());
    }
  }

  private void signIn(Browser browser, TestUser user) {
    browser.open(url("/login"));
    browser.type("email", user.email());
    browser.type("password", AccessFixtures.PASSWORD);
    browser.submit("sign-in");
    browser.type("code", user.code(0));
    browser.submit("verify-code");
  }

  private static void setValue(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private String danish(String key) {
    return messages.getMessage(key, null, DANISH);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
