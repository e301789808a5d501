package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An outreach worker on a phone: records a mobile health visit, adds a contact in three taps, is
 * prompted to act on a child met at the venue, and turns signs of trafficking into a referral draft
 * without typing anything twice.
 */
@HavenTest
class OutreachBrowserTest {

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
  void aWorkerAddsContactsInThreeTapsAndRefersOne() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    TestUser worker = fixtures.user(Role.NGO_WORKER);
    browser.signIn(url(""), worker);

    browser.open(url("/outreach"));
    browser.driver().findElement(By.id("new-activity")).click();
    new Select(browser.driver().findElement(By.id("type"))).selectByValue("MOBILE_HEALTH_VISIT");
    browser.type("durationMinutes", "1500");
    browser.type("municipality", "København");
    browser.type("area", "Vesterbro");
    browser.submit("record-activity");
    assertThat(browser.text("date-error")).as("the date is not prefilled").isNotBlank();
    assertThat(browser.driver().findElement(By.id("area")).getAttribute("value"))
        .as("what was typed is kept")
        .isEqualTo("Vesterbro");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('date').value = new Date().toISOString().slice(0, 10);");
    browser.submit("record-activity");
    assertThat(browser.text("durationMinutes-error")).contains("1440");
    browser.type("durationMinutes", "180");
    browser.submit("record-activity");
    assertThat(browser.heading()).contains("Mobile health visit").contains("København");

    // three taps: who, how old, add
    browser.driver().findElement(By.cssSelector("label:has(#sex-FEMALE)")).click();
    browser.driver().findElement(By.cssSelector("label:has(#age-AGE_25_34)")).click();
    browser.submit("add-contact");
    assertThat(browser.text("saved")).contains("Contact added");
    assertThat(browser.text("contact-1")).contains("Woman").contains("25–34");
    assertThat(browser.text("people-met")).isEqualTo("1");

    browser.driver().findElement(By.cssSelector("label:has(#sex-FEMALE)")).click();
    browser.driver().findElement(By.cssSelector("label:has(#age-UNDER_18)")).click();
    browser.submit("add-contact");
    assertThat(browser.text("child-protection")).contains("child services");

    browser.driver().findElement(By.id("suspect-1")).click();
    browser.driver().findElement(By.id("exploitation-SexualExploitation")).click();
    browser.submit("make-referral");
    assertThat(browser.path()).startsWith("/referrals/").endsWith("/step/1");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM intake.referral WHERE source_user = ? AND channel = 'NGO_OUTREACH' AND status = 'DRAFT'")
                .param(worker.id().value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
