package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.outreach.Activity;
import org.haven.outreach.ActivityDetails;
import org.haven.outreach.ActivityType;
import org.haven.outreach.Outreach;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Field mode with the network cut (DevTools network emulation, ADR 0014): an activity with twenty
 * contacts and signs of trafficking recorded offline reach the server exactly once when the network
 * returns, what IndexedDB holds is ciphertext, a contact for an activity closed meanwhile is shown
 * as a conflict, and signing out with unsent entries asks first.
 */
@HavenTest
class OutreachOfflineBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Outreach outreach;

  @Test
  void anActivityRecordedOfflineArrivesWholeAndOnce() throws Exception {
    TestUser worker = fixtures.user(Role.NGO_WORKER);
    UUID organisation = worker.actor().organisation().value();
    try (Browser browser = new Browser()) {
      ChromiumDriver driver = (ChromiumDriver) browser.driver();
      driver.manage().window().setSize(new Dimension(375, 812));
      browser.signIn(url(""), worker);
      browser.open(url("/outreach/field"));
      waitForOfflineReady(driver);

      network(driver, false);
      driver.navigate().refresh();
      waitUntil(driver, d -> "true".equals(app(d).getAttribute("data-ready")));
      assertThat(browser.text("field-connection")).isEqualTo("Offline");

      new Select(driver.findElement(By.id("field-type"))).selectByValue("STREET");
      browser.type("field-municipality", "Aarhus");
      browser.type("field-area", "Bruuns Galleri");
      driver.findElement(By.id("field-start-activity")).click();
      waitUntil(driver, d -> d.findElement(By.id("field-activity")).isDisplayed());

      for (int n = 1; n <= 20; n++) {
        // three taps: who, how old, add
        driver.findElement(By.cssSelector("label:has(#field-sex-FEMALE)")).click();
        driver.findElement(By.cssSelector("label:has(#field-age-AGE_25_34)")).click();
        driver.findElement(By.id("field-add-contact")).click();
        int expected = n;
        waitUntil(
            driver, d -> d.findElements(By.cssSelector("#field-contacts li")).size() == expected);
      }
      assertThat(browser.text("field-contact-20")).contains("Woman").contains("25–34");

      driver.findElement(By.id("field-signs-1")).click();
      driver.findElement(By.cssSelector("#field-suspicion-form input[name=indicators]")).click();
      driver.findElement(By.id("field-exploitation-SexualExploitation")).click();
      driver.findElement(By.id("field-keep-suspicion")).click();
      waitUntil(driver, d -> d.findElement(By.id("field-activity")).isDisplayed());
      waitUntil(driver, d -> d.findElement(By.id("field-waiting")).getText().startsWith("22 "));

      String stored = indexedDbContent(driver);
      assertThat(stored).as("IndexedDB was read").contains("\"state\":\"waiting\"");
      assertThat(stored)
          .as("no contact field is stored in clear")
          .doesNotContain("FEMALE")
          .doesNotContain("AGE_25_34")
          .doesNotContain("ageBand")
          .doesNotContain("services")
          .doesNotContain("Aarhus")
          .doesNotContain("Bruuns")
          .doesNotContain("SexualExploitation");
      assertThat(activities(organisation)).as("nothing reached the server offline").isZero();

      network(driver, true);
      waitUntil(
          driver,
          d ->
              "Nothing is waiting to be sent."
                  .equals(d.findElement(By.id("field-waiting")).getText()));
      assertThat(browser.text("field-result")).isEqualTo("22 entries sent.");
      assertThat(activities(organisation)).isEqualTo(1);
      assertThat(contacts(organisation)).isEqualTo(20);
      assertThat(referralDrafts(worker)).isEqualTo(1);

      driver.findElement(By.id("field-send")).click();
      waitUntil(
          driver,
          d -> "Nothing needed sending.".equals(d.findElement(By.id("field-result")).getText()));
      assertThat(contacts(organisation)).as("a second sync sends nothing").isEqualTo(20);
      assertThat(referralDrafts(worker)).isEqualTo(1);
      assertThat(indexedDbContent(driver))
          .as("what was sent left the phone")
          .doesNotContain("\"data\"");
    }
  }

  @Test
  void aContactForAnActivityClosedMeanwhileIsAConflictAndSigningOutAsksFirst() throws Exception {
    TestUser worker = fixtures.user(Role.NGO_WORKER);
    Activity open =
        outreach.record(
            new ActivityDetails(
                ActivityType.DROP_IN,
                LocalDate.now(),
                60,
                "Odense",
                null,
                null,
                List.of(),
                List.of(),
                false,
                null),
            worker.actor());
    try (Browser browser = new Browser()) {
      ChromiumDriver driver = (ChromiumDriver) browser.driver();
      driver.manage().window().setSize(new Dimension(375, 812));
      browser.signIn(url(""), worker);
      browser.open(url("/outreach/field"));
      waitUntil(driver, d -> "true".equals(app(d).getAttribute("data-ready")));

      driver.findElement(By.id("field-open-" + open.id())).click();
      network(driver, false);
      driver.findElement(By.cssSelector("label:has(#field-sex-MALE)")).click();
      driver.findElement(By.cssSelector("label:has(#field-age-AGE_35_44)")).click();
      driver.findElement(By.id("field-add-contact")).click();
      waitUntil(driver, d -> d.findElement(By.id("field-waiting")).getText().startsWith("1 "));

      outreach.close(open.id(), worker.actor());
      network(driver, true);
      waitUntil(driver, d -> !d.findElements(By.id("field-problem-1")).isEmpty());
      assertThat(browser.text("field-problem-1"))
          .contains("Contact")
          .contains("The activity was closed before this reached it");
      assertThat(
              jdbc.sql("SELECT count(*) FROM outreach.contact WHERE activity_id = ?")
                  .param(open.id())
                  .query(Long.class)
                  .single())
          .isZero();

      driver.findElement(By.id("sign-out")).click();
      Alert warning =
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(ExpectedConditions.alertIsPresent());
      assertThat(warning.getText()).contains("1 outreach entries").contains("have not been sent");
      warning.dismiss();
      assertThat(browser.path()).as("still signed in, on the page").isEqualTo("/outreach/field");
    }
  }

  private static void waitForOfflineReady(ChromiumDriver driver) {
    waitUntil(driver, d -> "true".equals(app(d).getAttribute("data-ready")));
    waitUntil(
        driver,
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                            + "navigator.serviceWorker.ready"
                            + ".then(() => caches.open('haven-field-v1'))"
                            + ".then(c => c.match('/outreach/field'))"
                            + ".then(r => done(!!r && !!navigator.serviceWorker.controller), () => done(false));")));
  }

  private static WebElement app(WebDriver driver) {
    return driver.findElement(By.id("field-app"));
  }

  private static void network(ChromiumDriver driver, boolean on) {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setOffline(!on);
    conditions.setLatency(Duration.ZERO);
    conditions.setDownloadThroughput(-1);
    conditions.setUploadThroughput(-1);
    driver.setNetworkConditions(conditions);
  }

  /** Every record of field mode's IndexedDB as text, binary fields as their raw bytes. */
  private static String indexedDbContent(ChromiumDriver driver) {
    return (String)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const open = indexedDB.open('haven-field');"
                + "open.onsuccess = () => {"
                + "  const db = open.result, names = [...db.objectStoreNames], out = [];"
                + "  const tx = db.transaction(names, 'readonly');"
                + "  names.forEach(n => tx.objectStore(n).getAll().onsuccess = e => e.target.result.forEach(r => out.push(r)));"
                + "  tx.oncomplete = () => done(JSON.stringify(out, (k, v) => v instanceof ArrayBuffer"
                + "    ? String.fromCharCode(...new Uint8Array(v)) : v));"
                + "};"
                + "open.onerror = () => done('unreadable');");
  }

  private long activities(UUID organisation) {
    return jdbc.sql("SELECT count(*) FROM outreach.activity WHERE organisation = ?")
        .param(organisation)
        .query(Long.class)
        .single();
  }

  private long contacts(UUID organisation) {
    return jdbc.sql("SELECT count(*) FROM outreach.contact WHERE organisation = ?")
        .param(organisation)
        .query(Long.class)
        .single();
  }

  private long referralDrafts(TestUser worker) {
    return jdbc.sql(
            "SELECT count(*) FROM intake.referral WHERE source_user = ? AND channel = 'NGO_OUTREACH' AND status = 'DRAFT'")
        .param(worker.id().value())
        .query(Long.class)
        .single();
  }

  private static void waitUntil(WebDriver driver, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(45)).until(condition::apply);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
