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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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
      browser.signIn(url(""), ngoWorker);
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
      browser.signIn(url(""), caseworker);
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

  @Test
  void onAPhoneEveryErrorOfAStepShowsAtOnceAndTheSendLinksToTheStepsToFix() throws Exception {
    TestUser ngoWorker =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(375, 812));
      browser.signIn(url(""), ngoWorker);
      browser.open(url("/referrals/new"));
      browser.driver().findElement(By.id("path-FULL")).click();
      setValue(browser, "encounterDate", "2026-11-01");
      browser.submit("continue");

      browser.type("givenNames", "Ana");
      browser.type("phone", "call me maybe");
      new Select(browser.driver().findElement(By.id("birthPrecision"))).selectByValue("EXACT");
      setValue(browser, "birthDate", "2026-11-20");
      browser.submit("continue");
      assertThat(browser.driver().findElements(By.cssSelector("#error-summary li")))
          .as("both errors of the step at once")
          .hasSize(2);
      assertThat(browser.text("phone-error")).isNotBlank();
      assertThat(browser.driver().findElement(By.id("phone")).getAttribute("value"))
          .as("what was typed is kept")
          .isEqualTo("call me maybe");
      browser.type("phone", "+4512345678");
      setValue(browser, "birthDate", "1999-05-04");
      browser.submit("continue");
      assertThat(browser.path()).as("fixed in one pass").endsWith("/step/3");
      browser.submit("continue");
      browser.submit("continue");
      assertThat(browser.path()).endsWith("/step/5");

      browser.submit("continue");
      List<WebElement> links = browser.driver().findElements(By.cssSelector("#error-summary a"));
      assertThat(links).as("the channel (step 1) and the consent (step 4)").hasSize(2);
      assertThat(links.get(0).getAttribute("href")).contains("/step/1?check#channel");
      assertThat(links.get(1).getAttribute("href")).contains("/step/4?check#consentToReferral");
      browser.follow(links.get(1));
      assertThat(browser.path()).endsWith("/step/4");
      assertThat(browser.driver().findElement(By.id("consent")).getText())
          .as("the step opens with its error at the field")
          .contains(messages.getMessage("referral.consentRequired", null, Locale.ENGLISH));
      browser.driver().findElement(By.id("consentToReferral")).click();
      browser.submit("continue");
      browser.submit("continue");
      links = browser.driver().findElements(By.cssSelector("#error-summary a"));
      assertThat(links).hasSize(1);
      browser.follow(links.get(0));
      new Select(browser.driver().findElement(By.id("channel"))).selectByValue("NGO_OUTREACH");
      browser.submit("continue");
      browser.open(browser.driver().getCurrentUrl().replaceAll("/step/\\d+.*", "/step/5"));
      browser.submit("continue");
      assertThat(browser.path()).matches("/referrals/[0-9a-f-]{36}");
    }
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
