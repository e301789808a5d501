package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.access.AccessFixtures;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The centre adds and corrects a key person on the page (a field error keeps what was typed); a
 * labour inspector finds the district's key person by region.
 */
@HavenTest
class KeyPersonsBrowserTest {

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
  void theCentreKeepsTheDirectoryAndAnInspectorFindsAKeyPerson() {
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    browser.signIn(url(""), fixtures.user(Role.CENTRE_CASEWORKER));
    browser.open(url("/key-persons"));
    new Select(browser.driver().findElement(By.id("district")))
        .selectByValue(district.id().toString());
    browser.type("name", "Bodil Krogh");
    browser.type("email", "bodil@");
    browser.submit("add-key-person");
    assertThat(browser.text("email-error")).contains("email address");
    assertThat(browser.driver().findElement(By.id("name")).getAttribute("value"))
        .isEqualTo("Bodil Krogh");
    browser.type("email", "bodil.krogh@police.example");
    browser.submit("add-key-person");
    assertThat(browser.text("key-persons")).contains("Bodil Krogh").contains(district.name());

    browser.open(url("/key-persons?q=" + district.name().replace(" ", "+")));
    browser.driver().findElement(By.id("edit-1")).click();
    browser.type("phone", "+45 7000 1234");
    browser.submit("save-key-person");
    assertThat(browser.text("key-persons")).contains("+45 7000 1234");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(Role.LABOUR_INSPECTOR));
    browser.open(url("/key-persons"));
    browser.type("q", district.name());
    browser.submit("search-key-persons");
    assertThat(browser.text("key-persons")).contains("Bodil Krogh").contains("+45 7000 1234");
    assertThat(browser.has("add-key-person")).isFalse();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
