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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The centre links the police's criminal case from the case page (a verdict without charges is a
 * field error that keeps what was typed); the case shows where the criminal case stands, and the
 * police key person finds it in the list of the district's criminal cases.
 */
@HavenTest
class InvestigationBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void theCentreLinksTheCriminalCaseAndThePoliceFindIt() {
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String caseId =
        ReferralsApiFixture.acceptedCase(
            new Http(port), fixtures, jdbc, fixtures.token(caseworker));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    browser.signIn(url(""), caseworker);
    browser.open(url("/cases/" + caseId));
    browser.submit("open-investigation");
    new Select(browser.driver().findElement(By.id("policeDistrict")))
        .selectByValue(district.id().toString());
    browser.type("policeCaseNumber", "3700-80000-00042-26");
    browser.driver().findElement(By.id("offence-DK_PENAL_262A")).click();
    setValue("verdictDate", today.toString());
    new Select(browser.driver().findElement(By.id("verdictOutcome"))).selectByValue("CONVICTED");
    browser.submit("save-investigation");
    assertThat(browser.text("verdict-error")).isNotBlank();
    assertThat(browser.driver().findElement(By.id("policeCaseNumber")).getAttribute("value"))
        .isEqualTo("3700-80000-00042-26");
    assertThat(browser.driver().findElement(By.id("offence-DK_PENAL_262A")).isSelected()).isTrue();
    setValue("verdictDate", "");
    new Select(browser.driver().findElement(By.id("verdictOutcome"))).selectByValue("");
    setValue("chargeDate0", today.minusDays(2).toString());
    browser.submit("save-investigation");
    assertThat(browser.text("investigation-stage")).startsWith("Charges brought on");
    browser.open(url("/cases/" + caseId));
    assertThat(browser.text("case-criminal")).startsWith("Charges brought on");
    assertThat(browser.text("timeline")).contains("Charges brought on");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(district, Role.POLICE_KEY_PERSON));
    browser.open(url("/investigations"));
    assertThat(browser.text("investigations")).contains("3700-80000-00042-26");
    browser.submit("investigation-1");
    assertThat(browser.driver().getPageSource()).doesNotContain("case-person");
  }

  private static void setValue(String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
