package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.people.Birth;
import org.haven.people.Gender;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Subject access on the pages: the caseworker records the person's request on her page (a missing
 * date is said beside the field, the form kept open), an administrator approves on a page that says
 * what will be released, and the caseworker finds both copies ready to release.
 */
@HavenTest
class SubjectAccessBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired People people;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void theRequestIsRecordedOnThePersonPageAndApprovedByAnotherPerson() {
    List<String> violations = new ArrayList<>();
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Person person =
        people.register(
            new PersonDetails(
                "Olena",
                "Kovalenko",
                null,
                null,
                List.of(),
                Gender.Feminine,
                Birth.year(1995),
                List.of("UA"),
                List.of("uk"),
                true,
                null,
                List.of()),
            caseworker.actor());
    String reference = person.reference().value();
    browser.signIn(url(""), caseworker, 0);
    browser.open(url("/persons/" + reference));
    browser.driver().findElement(By.id("subject-access-open")).click();
    violations.addAll(browser.axeViolations("person page"));
    browser.submit("record-subject-access");
    assertThat(browser.text("receivedOn-error")).isNotBlank();
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('receivedOn').value = arguments[0]",
            LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString());
    browser.type("note", "She asked at the shelter");
    browser.submit("record-subject-access");
    assertThat(browser.path()).isEqualTo("/subject-access");
    assertThat(browser.text("subject-access-mine"))
        .contains(reference)
        .contains("Waiting for approval");
    violations.addAll(browser.axeViolations("list"));

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(Role.ADMINISTRATOR), 0);
    browser.open(url("/subject-access"));
    browser.follow(
        browser.driver().findElement(By.cssSelector("#subject-access-to-approve button")));
    assertThat(browser.text("consequences")).contains(reference);
    browser.submit("confirm");

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), caseworker, 1); // the next time step: a code is taken once
    browser.open(url("/subject-access"));
    assertThat(browser.text("subject-access-mine")).contains("release the copies");
    assertThat(browser.driver().findElements(By.cssSelector("#subject-access-mine button")))
        .hasSize(2);
    assertThat(violations).isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
