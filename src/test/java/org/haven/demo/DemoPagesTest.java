package org.haven.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.haven.HavenApplication;
import org.haven.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every demo user walks the pages their links lead to, in English on a desktop and in Danish and
 * Swedish on a phone: no page fails, none scrolls sideways, and no page shows a code, an id, a
 * timestamp in UTC notation or template markup where a person reads words.
 */
class DemoPagesTest {

  static ConfigurableApplicationContext haven;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "demo-pages-");
    haven =
        new SpringApplicationBuilder(HavenApplication.class)
            .run("--server.port=0", "--haven.database.data-dir=" + data, "--haven.demo=true");
    base = "http://localhost:" + haven.getEnvironment().getProperty("local.server.port");
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (haven != null) {
      haven.close();
    }
  }

  @Test
  void everyRoleReadsWordsInEveryLanguage() {
    List<String> findings = new ArrayList<>();
    TreeSet<String> visited = new TreeSet<>();
    Set<String> readAlike = new HashSet<>();
    for (DemoData.DemoUser user : DemoData.DemoUser.ALL) {
      DemoPagesCrawl.signIn(browser, base, user.email(), DemoData.PASSWORD, DemoData.TOTP_SECRET);
      for (String language : List.of("en", "da", "sv")) {
        // English on a desktop, Danish and Swedish on a phone
        browser
            .driver()
            .manage()
            .window()
            .setSize(language.equals("en") ? new Dimension(1280, 900) : new Dimension(375, 812));
        DemoPagesCrawl.chooseLanguage(browser, base, language);
        DemoPagesCrawl crawl =
            new DemoPagesCrawl(browser, base, language.equals("en") ? 2 : 1, 80, readAlike);
        crawl.walk(user.roles().iterator().next() + "/" + language, language);
        findings.addAll(crawl.findings);
        visited.addAll(crawl.visited);
      }
    }
    assertThat(visited).as("the walk reaches the product's pages").hasSizeGreaterThan(20);
    assertThat(findings).as("pages visited: " + visited).isEmpty();
  }
}
