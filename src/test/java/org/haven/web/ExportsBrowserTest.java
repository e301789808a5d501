package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Four eyes on the pages: a caseworker asks for the case records with a purpose (a missing purpose
 * is said beside the field), sees no approval of her own, an administrator approves on a page that
 * says what will be released, and the caseworker finds the file ready to download once.
 */
@HavenTest
class ExportsBrowserTest {

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
  void aCaseworkerAsksAndAnotherPersonApproves() {
    List<String> violations = new ArrayList<>();
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    browser.signIn(url(""), caseworker);
    browser.open(url("/exports"));
    violations.addAll(browser.axeViolations("exports"));
    browser.type("year", "2025");
    browser.submit("request-export");
    assertThat(browser.text("purpose-error")).isNotBlank();
    assertThat(browser.driver().findElement(By.id("year")).getAttribute("value")).isEqualTo("2025");
    browser.type("purpose", "Delivery to the ministry under the action plan");
    browser.submit("request-export");
    assertThat(browser.text("my-exports")).contains("Waiting for approval");
    assertThat(browser.has("to-approve")).as("nobody approves their own").isFalse();

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(Role.ADMINISTRATOR));
    browser.open(url("/exports"));
    assertThat(browser.text("to-approve")).contains("Delivery to the ministry");
    browser.follow(browser.driver().findElement(By.cssSelector("#to-approve button")));
    assertThat(browser.text("consequences")).contains("2025").contains("Delivery to the ministry");
    violations.addAll(browser.axeViolations("approve"));
    browser.submit("confirm");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), caseworker, 1); // the next time step: a code is taken once
    browser.open(url("/exports"));
    assertThat(browser.text("my-exports")).contains("ready to download");
    assertThat(violations).isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
