package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.information.HelpLanguage;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public help pages in Chromium: no critical or serious axe violation on any page in any
 * language (on a phone; English and Arabic on a desktop too), nor on the contact form with its
 * errors; Arabic laid out right to left; the quick exit leaves by button and by Escape twice
 * without adding to the history; "in danger now" shows the emergency number at once; the first
 * render within 1.5 s on a throttled 3G connection.
 */
@HavenTest
class HelpPagesBrowserTest {

  static final Dimension PHONE = new Dimension(375, 812);
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final String[] PAGES = {
    "",
    "/rights",
    "/reflection-period",
    "/shelter-and-health",
    "/legal-help",
    "/testifying",
    "/going-home",
    "/children",
    "/contact",
    "/sent?now=danger"
  };

  @LocalServerPort int port;

  @Test
  void everyPublicPageInEveryLanguageHasNoCriticalOrSeriousViolation() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(PHONE);
      for (HelpLanguage language : HelpLanguage.values()) {
        for (String page : PAGES) {
          browser.open(url("/help/" + language.code() + page));
          violations.addAll(browser.axeViolations(language.code() + " phone"));
        }
      }
      browser.driver().manage().window().setSize(DESKTOP);
      for (String language : List.of("en", "ar")) {
        for (String page : PAGES) {
          browser.open(url("/help/" + language + page));
          violations.addAll(browser.axeViolations(language + " desktop"));
        }
      }
      // the contact form with every error shown, in English and in Arabic
      for (String language : List.of("en", "ar")) {
        browser.open(url("/help/" + language + "/contact"));
        browser.driver().findElement(By.cssSelector("input[name=reachBack][value=PHONE]")).click();
        browser.driver().findElement(By.id("phone")).sendKeys("call me maybe");
        browser.driver().findElement(By.cssSelector("form.contact button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
            .until(d -> !d.findElements(By.cssSelector(".field--error")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".field--error")))
            .hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.driver().findElement(By.id("phone")).getDomProperty("value"))
            .isEqualTo("call me maybe");
        violations.addAll(browser.axeViolations(language + " form with errors"));
      }
    }
    assertThat(violations).as("critical and serious axe violations on the public pages").isEmpty();
  }

  @Test
  void arabicIsRightToLeftAndTheQuickExitLeavesWithoutATrace() throws IOException {
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(PHONE);
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      browser.open(url("/help/ar/rights"));
      assertThat(js.executeScript("return getComputedStyle(document.documentElement).direction"))
          .isEqualTo("rtl");
      long exitLeft =
          ((Number)
                  js.executeScript(
                      "return document.getElementById('quick-exit').getBoundingClientRect().left"))
              .longValue();
      assertThat(exitLeft)
          .as("the quick exit sits on the left in a right-to-left page")
          .isLessThan(100);

      // moving between help pages replaces the history entry; Escape twice leaves for the neutral
      // site
      browser.open(url("/help/en"));
      long before = ((Number) js.executeScript("return history.length")).longValue();
      browser.driver().findElement(By.cssSelector(".menu a[href='/help/en/rights']")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().endsWith("/help/en/rights"));
      assertThat(((Number) js.executeScript("return history.length")).longValue())
          .isEqualTo(before);
      new Actions(browser.driver()).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).perform();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !d.getCurrentUrl().contains("/help/"));
      assertThat(browser.driver().getCurrentUrl()).startsWith("https://www.google.com");
      assertThat(((Number) js.executeScript("return history.length")).longValue())
          .isEqualTo(before);

      // the button does the same
      browser.open(url("/help/vi/going-home"));
      long now = ((Number) js.executeScript("return history.length")).longValue();
      browser.driver().findElement(By.id("quick-exit")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !d.getCurrentUrl().contains("/help/"));
      assertThat(((Number) js.executeScript("return history.length")).longValue()).isEqualTo(now);
      assertThat(browser.driver().manage().getCookies()).isEmpty();
    }
  }

  @Test
  void inDangerNowShowsTheEmergencyNumberAtOnceAndAMessageIsSent() throws IOException {
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(PHONE);
      browser.open(url("/help/th/contact"));
      browser.driver().findElement(By.cssSelector("input[name=inDanger][value=yes]")).click();
      assertThat(browser.driver().findElement(By.id("danger-now")).getDomAttribute("class"))
          .contains("now");
      assertThat(browser.driver().findElement(By.id("danger-now")).getText()).contains("112");
      browser
          .driver()
          .findElement(By.cssSelector("input[name=reachBack][value=WILL_CALL]"))
          .click();
      browser.driver().findElement(By.id("message")).sendKeys("ทดสอบ " + System.nanoTime());
      browser.driver().findElement(By.cssSelector("form.contact button[type=submit]")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .until(d -> d.getCurrentUrl().contains("/help/th/sent"));
      assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
          .contains("112");
      assertThat(browser.driver().manage().getCookies()).isEmpty();
    }
  }

  @Test
  void theFirstRenderComesWithinOneAndAHalfSecondsOnThrottled3g() throws IOException {
    List<String> pages =
        List.of("/help/ar/rights", "/help/zh/testifying", "/help/th", "/help/en/contact");
    try (Browser browser = new Browser()) {
      ChromeDriver chrome = (ChromeDriver) browser.driver();
      chrome.manage().window().setSize(PHONE);
      // the visitor is cold, the server is not: a first render of a template in a fresh test
      // server (compiling it, loading its bundle) is no part of what the network costs
      for (String page : pages) {
        chrome.get(url(page));
      }
      chrome.executeCdpCommand("Network.enable", Map.of());
      // DevTools' "Fast 3G": 562.5 ms round trips, 1.44 Mbit/s down, 675 kbit/s up
      chrome.executeCdpCommand(
          "Network.emulateNetworkConditions",
          Map.of(
              "offline",
              false,
              "latency",
              562.5,
              "downloadThroughput",
              1_440_000 / 8,
              "uploadThroughput",
              675_000 / 8));
      chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      for (String page : pages) {
        chrome.get(url(page));
        // the paint entry may be recorded after the load event on a busy machine: wait for it;
        // its start time is still counted from the navigation's start
        Number firstPaint =
            new WebDriverWait(chrome, Duration.ofSeconds(10))
                .until(
                    d ->
                        (Number)
                            ((JavascriptExecutor) d)
                                .executeScript(
                                    "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                                        + " return p ? p.startTime : null;"));
        assertThat(firstPaint.doubleValue())
            .as(page + " first contentful paint, ms")
            .isLessThan(1_500);
        // every font the page's text needs has arrived before the bytes are counted
        ((JavascriptExecutor) chrome)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        Number bytes =
            (Number)
                ((JavascriptExecutor) chrome)
                    .executeScript(
                        "return performance.getEntriesByType('navigation')[0].transferSize"
                            + " + performance.getEntriesByType('resource')"
                            + "     .reduce((sum, r) => sum + r.transferSize, 0);");
        assertThat(bytes.longValue())
            .as(page + " bytes over the wire, fonts included")
            .isLessThan(100_000);
        if (page.startsWith("/help/zh/")) {
          assertThat(
                  (String)
                      ((JavascriptExecutor) chrome)
                          .executeScript(
                              "return performance.getEntriesByType('resource').map(r => r.name).join(' ')"))
              .as("the Chinese page sets its Han text in the self-hosted subset")
              .contains("/assets/fonts/noto-sans-sc-");
        }
      }
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
