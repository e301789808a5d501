package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.PageShapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core in Chromium on every page a role reaches from its navigation (and the pages it starts
 * from there), in English, Danish and Swedish, on a desktop and on a phone: no critical and no
 * serious violation.
 */
@HavenTest
class AccessibilityBrowserTest {

  private static final Dimension DESKTOP = new Dimension(1280, 900);
  private static final Dimension PHONE = new Dimension(375, 812);

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {
        "CENTRE_CASEWORKER",
        "NGO_WORKER",
        "POLICE_KEY_PERSON",
        "CENTRE_ANALYST",
        "ADMINISTRATOR",
        "SHELTER_STAFF",
        "MINISTRY_OFFICIAL"
      })
  void everyPageOfTheRoleHasNoCriticalOrSeriousViolation(Role role) throws IOException {
    TestUser user = fixtures.user(role);
    List<String> violations = new ArrayList<>();
    try (Browser browser = new Browser()) {
      browser.open(url("/login"));
      violations.addAll(browser.axeViolations("en, desktop"));
      browser.type("email", user.email());
      browser.type("password", AccessFixtures.PASSWORD);
      browser.submit("sign-in");
      browser.type("code", user.code(0));
      browser.submit("verify-code");
      Set<String> pages = pagesOf(browser);
      // each language at both sizes: the narrow layout and longer words meet only on a phone
      Map<String, List<Dimension>> runs = new LinkedHashMap<>();
      runs.put("en", List.of(DESKTOP, PHONE));
      runs.put("da", List.of(PHONE, DESKTOP));
      runs.put("sv", List.of(DESKTOP, PHONE));
      for (Map.Entry<String, List<Dimension>> run : runs.entrySet()) {
        String language = run.getKey();
        browser.open(url("/"));
        chooseLanguage(browser, language);
        for (Dimension size : run.getValue()) {
          browser.driver().manage().window().setSize(size);
          for (String page : pages) {
            browser.open(url(page));
            violations.addAll(
                browser.axeViolations(language + ", " + (size == PHONE ? "phone" : "desktop")));
          }
        }
      }
    }
    assertThat(violations).as("critical and serious axe violations for " + role).isEmpty();
  }

  /**
   * The pages in the navigation, and the pages linked from each of them within the same area: one
   * page of each kind (a list links every record, and each record's page is the same page).
   */
  private static Set<String> pagesOf(Browser browser) {
    Set<String> pages = new LinkedHashSet<>();
    Set<String> kinds = new HashSet<>();
    pages.add("/");
    pages.add("/account");
    List<String> areas = new ArrayList<>();
    for (WebElement link : browser.driver().findElements(By.cssSelector(".nav__list a"))) {
      areas.add(link.getDomProperty("pathname"));
    }
    for (String area : areas) {
      pages.add(area);
      if (area.equals("/")) {
        continue;
      }
      browser.open("http://localhost" + portOf(browser) + area);
      for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href]"))) {
        String path = link.getDomProperty("pathname");
        boolean sameSite =
            "http:".equals(link.getDomProperty("protocol"))
                && link.getDomProperty("search").isEmpty();
        if (sameSite
            && path.startsWith(area)
            && !path.endsWith(".pdf")
            && !path.endsWith(".csv")
            && !path.endsWith(".json")
            && kinds.add(PageShapes.of(path))) {
          pages.add(path);
        }
      }
    }
    return pages;
  }

  private static String portOf(Browser browser) {
    URI current = URI.create(browser.driver().getCurrentUrl());
    return ":" + current.getPort();
  }

  private static void chooseLanguage(Browser browser, String language) {
    WebElement before = browser.driver().findElement(By.tagName("html"));
    browser
        .driver()
        .findElement(By.cssSelector(".language-switch button[value=" + language + "]"))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> gone(before));
  }

  /**
   * Whether the element left the document. Under load Chromium may answer a question about a
   * replaced page's node with "does not belong to the document" instead of a stale reference: gone
   * as well.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
