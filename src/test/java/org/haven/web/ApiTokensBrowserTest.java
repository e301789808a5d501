package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tokens on pages: a person creates and revokes their own on a phone (revoking asks first); an
 * administrator adds a machine account, which has no password, and issues its token; a person's
 * page offers administrators no way to make a token that acts as that person.
 */
@HavenTest
class ApiTokensBrowserTest {

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

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void aPersonCreatesTheirOwnTokenOnAPhoneAndRevokingItAsksFirst() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    TestUser worker = fixtures.user(Role.NGO_WORKER);
    browser.signIn(url(""), worker);

    browser.open(url("/account"));
    browser.type("name", "Outreach app");
    browser.type("expiresInDays", "30");
    browser.submit("create-token");
    assertThat(browser.text("token-secret")).startsWith("hvn_");
    browser.driver().findElement(By.linkText("Back to your account")).click();
    assertThat(browser.text("tokens")).contains("Outreach app", "Active");

    browser.driver().findElement(By.cssSelector("#tokens button")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(ExpectedConditions.alertIsPresent())
        .dismiss();
    assertThat(browser.text("tokens")).as("dismissed: nothing revoked").contains("Active");

    browser.driver().findElement(By.cssSelector("#tokens button")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("tokens")).getText().contains("Revoked"));
  }

  @Test
  void anAdministratorAddsAMachineAccountAndIssuesItsTokenButNoneForAPerson() {
    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    TestUser person = fixtures.user(Role.CENTRE_ANALYST);
    String police = fixtures.organisation(OrganisationType.POLICE_DISTRICT).id().toString();
    browser.signIn(url(""), admin);

    browser.open(url("/admin/users/" + person.id()));
    assertThat(browser.has("create-token")).isFalse();

    browser.open(url("/admin/users/new"));
    browser.type("email", "case-system-" + System.nanoTime() + "@police.example");
    browser.type("displayName", "Police case system");
    browser.driver().findElement(By.id("role-CENTRE_ANALYST")).click();
    new Select(browser.driver().findElement(By.id("organisationId"))).selectByValue(police);
    assertThat(browser.driver().findElement(By.id("role-POLICE_KEY_PERSON")).isDisplayed())
        .isTrue();
    assertThat(browser.driver().findElement(By.id("role-IMMIGRATION_OFFICER")).isDisplayed())
        .as("only the roles that fit a police district are offered")
        .isFalse();
    browser.driver().findElement(By.id("serviceAccount")).click();
    browser.submit("create-user");
    assertThat(browser.text("error-summary")).contains("does not belong");
    assertThat(browser.text("role-CENTRE_ANALYST-fits"))
        .as("the role chosen before the organisation is shown with the reason")
        .contains("Does not fit the chosen organisation");
    assertThat(browser.driver().findElement(By.id("serviceAccount")).isSelected())
        .as("what was typed is kept")
        .isTrue();

    browser.driver().findElement(By.id("role-CENTRE_ANALYST")).click();
    browser.driver().findElement(By.id("role-POLICE_KEY_PERSON")).click();
    browser.submit("create-user");
    assertThat(browser.text("machine-account")).isEqualTo("Machine account");
    browser.type("name", "nightly export");
    browser.submit("create-token");
    assertThat(browser.text("token-secret")).startsWith("hvn_");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
