package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.api.ReferralsApiFixture;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case page's forms as a caseworker meets them: each form's errors beside its fields, what was
 * typed and chosen kept, only that form opened again, and closing the case asked first.
 */
@HavenTest
class CasePageFormsBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aCaseworkerFixesEachFormInOnePassWithoutLosingWhatWasTyped() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    String caseId =
        ReferralsApiFixture.acceptedCase(
            new Http(port), fixtures, jdbc, fixtures.token(caseworker));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(url("/cases/" + caseId));

      browser.openSectionOf("planType");
      new Select(browser.driver().findElement(By.id("planType"))).selectByValue("LEGAL");
      browser.type("objectives", "Lawyer for the compensation claim.");
      browser.setValue("startsOn", today.toString());
      browser.setValue("plannedEnd", today.minusDays(5).toString());
      browser.submit("add-plan");
      assertThat(browser.text("plannedEnd-error")).isNotBlank();
      assertThat(browser.driver().findElement(By.id("objectives")).getAttribute("value"))
          .isEqualTo("Lawyer for the compensation claim.");
      assertThat(
              new Select(browser.driver().findElement(By.id("planType")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("LEGAL");
      assertThat(browser.driver().findElement(By.id("text")).isDisplayed())
          .as("only the form that came back is open")
          .isFalse();
      browser.setValue("plannedEnd", today.plusDays(60).toString());
      browser.submit("add-plan");
      assertThat(browser.text("support-plans")).contains("Lawyer for the compensation claim.");

      browser.openSectionOf("basisDetail");
      new Select(browser.driver().findElement(By.id("organisation")))
          .selectByVisibleText(ngo.name());
      browser.driver().findElement(By.id("part-TASKS")).click();
      browser.submit("share-case");
      assertThat(browser.text("basis-error")).isNotBlank();
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("#error-summary a[href$='#basis']"))
                  .isDisplayed())
          .isTrue();
      assertThat(browser.driver().findElement(By.id("part-TASKS")).isSelected())
          .as("the parts ticked are kept with the error")
          .isTrue();
      assertThat(
              new Select(browser.driver().findElement(By.id("organisation")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo(ngo.name());
      browser.driver().findElement(By.id("basis-consent")).click();
      browser.setValue("consentGivenOn", today.toString());
      browser.submit("share-case");
      assertThat(browser.text("shares")).contains(ngo.name());

      browser.openSectionOf("closeNote");
      browser.type("closeNote", "Moved to her sister in Aalborg.");
      browser.submit("close-case");
      assertThat(browser.text("consequences")).isNotBlank();
      browser.submit("confirm");
      assertThat(browser.text("reason-error")).as("a reason is needed").isNotBlank();
      assertThat(browser.driver().findElement(By.id("closeNote")).getAttribute("value"))
          .as("the note survives the confirmation and the error")
          .isEqualTo("Moved to her sister in Aalborg.");
      assertThat(browser.axeViolations("case page with an error")).isEmpty();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
