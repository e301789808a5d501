package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A police key person plans a joint action with the tax agency on the page (a field error keeps
 * what was typed); the tax inspector sees the address, records the day with the tax findings and
 * adds a screening; an NGO that was not invited is told the action does not exist.
 */
@HavenTest
class JointActionsBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void thePolicePlanTheTaxAgencyRecordsAndOutsidersSeeNothing() {
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation taxAgency = fixtures.organisation(OrganisationType.TAX_AGENCY);
    TestUser police = fixtures.user(district, Role.POLICE_KEY_PERSON);
    TestUser inspector = fixtures.user(taxAgency, Role.TAX_INSPECTOR);
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();

    browser.signIn(url(""), police);
    browser.open(url("/joint-actions/new"));
    browser.type("title", "Building sites, harbour");
    setValue("startsAt", today);
    setValue("startTime", "00:01");
    new Select(browser.driver().findElement(By.id("sector"))).selectByValue("F");
    new Select(browser.driver().findElement(By.id("siteType"))).selectByValue("BUILDING_SITE");
    browser.type("address", "Havnegade 1000");
    browser
        .driver()
        .findElement(By.cssSelector("input[name=organisations][value='" + taxAgency.id() + "']"))
        .click();
    browser.submit("save-plan");
    assertThat(browser.text("municipality-error")).isNotBlank();
    assertThat(browser.driver().findElement(By.id("title")).getAttribute("value"))
        .isEqualTo("Building sites, harbour");
    assertThat(
            browser
                .driver()
                .findElement(
                    By.cssSelector("input[name=organisations][value='" + taxAgency.id() + "']"))
                .isSelected())
        .as("the invited organisation stays ticked")
        .isTrue();
    browser.type("municipality", "Aarhus");
    browser.submit("save-plan");
    assertThat(browser.text("action-title")).isEqualTo("Building sites, harbour");
    String actionUrl = browser.driver().getCurrentUrl();

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), inspector);
    browser.open(url("/joint-actions"));
    browser.driver().findElement(By.linkText("Building sites, harbour")).click();
    assertThat(browser.text("action-address")).isEqualTo("Havnegade 1000");
    browser.submit("record-day");
    browser.type("metPeople0", "6");
    new Select(browser.driver().findElement(By.id("metSex0"))).selectByValue("MALE");
    browser.type("metCitizenship0", "Poland");
    browser.type("interviews", "2");
    browser.driver().findElement(By.id("finding-UNDECLARED_WORK")).click();
    browser.submit("save-record");
    assertThat(browser.text("persons-met")).isEqualTo("6");
    assertThat(browser.text("action-status")).isEqualTo("Held");
    browser.submit("add-screening");
    assertThat(browser.text("screening-count")).isEqualTo("1");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(Role.NGO_WORKER));
    browser.open(actionUrl);
    assertThat(browser.driver().getPageSource()).doesNotContain("Havnegade");
    assertThat(browser.driver().getPageSource()).doesNotContain("Building sites, harbour");
  }

  private static void setValue(String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
