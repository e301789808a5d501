package org.haven.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.AccessFixtures;
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
import tools.jackson.databind.JsonNode;

/**
 * On the pages: the administrator registers a partner from its installation document, is refused a
 * wrong fingerprint beside the field, confirms the right one; a caseworker refers a case abroad, is
 * told what is missing, sees exactly what will leave, sends it, and finds it on the case; each page
 * without a critical or serious axe violation.
 */
@HavenTest
class CrossBorderBrowserTest {

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
  void anAdministratorTrustsAPartnerAndACaseworkerRefersACaseAbroad() throws Exception {
    List<String> violations = new ArrayList<>();
    try (FakePartner partner = new FakePartner()) {
      Http http = new Http(port);
      @SuppressWarnings("unchecked")
      Map<String, Object> keys =
          FakePartner.JSON.convertValue(
              http.get("/exchange/v1/installation", null).json().get("keys"), Map.class);
      partner.trust(keys);
      String name = "Nationellt centrum " + UUID.randomUUID().toString().substring(0, 8);

      browser.signIn(url(""), fixtures.user(Role.ADMINISTRATOR));
      browser.open(url("/admin/partners"));
      violations.addAll(browser.axeViolations("partners"));
      assertThat(browser.text("own-fingerprint")).matches("([0-9A-F]{4} ){7}[0-9A-F]{4}");
      browser.submit("register-partner");
      assertThat(browser.text("error-summary")).isNotBlank();
      new Select(browser.driver().findElement(By.id("kind"))).selectByValue("CENTRE");
      paste("document", partner.document(name));
      browser.submit("register-partner");
      assertThat(browser.heading()).isEqualTo(name);
      violations.addAll(browser.axeViolations("partner"));
      browser.type("fingerprint", "0000 0000 0000 0000 0000 0000 0000 0000");
      browser.submit("confirm-partner");
      assertThat(browser.text("fingerprint-error")).isNotBlank();
      browser.type("fingerprint", partner.fingerprint());
      browser.submit("confirm-partner");
      assertThat(browser.text("partner-status")).isEqualTo("Active");

      String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
      String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);
      browser.driver().manage().deleteAllCookies();
      browser.signIn(url(""), fixtures.user(Role.CENTRE_CASEWORKER));
      browser.open(url("/cases/" + caseId));
      browser.follow(browser.driver().findElement(By.id("new-transfer")));
      violations.addAll(browser.axeViolations("new transfer"));
      browser.type("note", "Please meet her at the ferry.");
      browser.submit("preview-transfer");
      assertThat(browser.text("error-summary")).isNotBlank();
      assertThat(browser.driver().findElement(By.id("note")).getAttribute("value"))
          .as("what was typed is kept")
          .isEqualTo("Please meet her at the ferry.");
      new Select(browser.driver().findElement(By.id("partner")))
          .selectByVisibleText(name + " (Sweden, National centre)");
      browser.driver().findElement(By.id("part-TIMELINE")).click();
      browser.driver().findElement(By.id("basis-CONSENT")).click();
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('consentGivenOn').value = '2026-11-30'");
      browser.submit("preview-transfer");
      assertThat(browser.text("preview-partner")).isEqualTo(name);
      assertThat(browser.text("envelope-content")).contains("\"TIMELINE\"").contains("ferry");
      violations.addAll(browser.axeViolations("preview"));
      browser.submit("send-transfer");
      assertThat(browser.path()).isEqualTo("/cases/" + caseId);
      assertThat(browser.text("transfers")).contains(name);

      JsonNode envelope = partner.next();
      assertThat(envelope.get("referral").get("note").asString()).contains("ferry");
      browser.follow(browser.driver().findElement(By.cssSelector("#transfers a")));
      violations.addAll(browser.axeViolations("transfer"));
      assertThat(browser.text("transfer-partner")).isEqualTo(name);
    }
    assertThat(violations).isEmpty();
  }

  private void paste(String id, String text) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, text);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
