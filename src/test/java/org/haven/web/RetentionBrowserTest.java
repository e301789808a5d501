package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Legal holds and erasure on the pages: the caseworker places a hold on the person page (a missing
 * reason said beside the field), a request to erase is refused beside its field while the hold is
 * in force, the hold is lifted on a page that asks why, the request is made, and a colleague
 * approves it on a page that says what will be erased; the person page then says her data is gone.
 */
@HavenTest
class RetentionBrowserTest {

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
  void aHoldKeepsHerDataUntilLiftedAndAnErasureNeedsASecondPerson() {
    List<String> violations = new ArrayList<>();
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Person person =
        people.register(
            new PersonDetails(
                "Mariana",
                "Dumitrescu",
                null,
                null,
                List.of(),
                Gender.Feminine,
                Birth.year(1996),
                List.of("RO"),
                List.of("ro"),
                false,
                null,
                List.of()),
            caseworker.actor());
    String reference = person.reference().value();
    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), caseworker);
    browser.open(url("/persons/" + reference));
    browser.driver().findElement(By.id("legal-hold-open")).click();
    browser.submit("place-hold");
    assertThat(browser.text("holdReason-error")).contains("Say why.");
    violations.addAll(browser.axeViolations("person page with an error"));
    browser.type("holdReason", "Police investigation 0100-2026-7");
    browser.submit("place-hold");
    assertThat(browser.text("person-holds")).contains("Police investigation 0100-2026-7");

    browser.driver().findElement(By.id("erasure-open")).click();
    browser.type("erasureReason", "She asked at the shelter");
    browser.submit("request-erasure");
    assertThat(browser.text("erasureReason-error")).contains("legal hold");
    assertThat(browser.driver().findElement(By.id("erasureReason")).getDomProperty("value"))
        .isEqualTo("She asked at the shelter");

    browser.follow(browser.driver().findElement(By.cssSelector("#person-holds a")));
    violations.addAll(browser.axeViolations("lift page"));
    browser.submit("lift-hold");
    assertThat(browser.text("liftReason-error")).contains("Say why.");
    browser.type("liftReason", "The investigation was closed");
    browser.submit("lift-hold");
    assertThat(browser.path()).isEqualTo("/retention");

    browser.open(url("/persons/" + reference));
    assertThat(browser.text("person-holds")).contains("Lifted");
    browser.driver().findElement(By.id("erasure-open")).click();
    browser.type("erasureReason", "She asked at the shelter");
    browser.submit("request-erasure");
    assertThat(browser.path()).isEqualTo("/retention");
    assertThat(browser.text("erasure-request-list"))
        .contains(reference)
        .contains("Waiting for a second person");
    violations.addAll(browser.axeViolations("retention page"));

    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(Role.CENTRE_CASEWORKER));
    browser.open(url("/retention"));
    browser.follow(
        browser
            .driver()
            .findElement(By.cssSelector("#erasure-request-list button.button--warning")));
    assertThat(browser.text("consequences")).contains("She asked at the shelter");
    violations.addAll(browser.axeViolations("approval"));
    browser.submit("confirm");
    assertThat(browser.path()).isEqualTo("/retention");
    assertThat(browser.text("erasure-request-list")).contains("Erased");

    browser.open(url("/persons/" + reference));
    assertThat(browser.text("person-erased")).contains("erased");
    assertThat(browser.driver().findElements(By.id("request-erasure"))).isEmpty();
    assertThat(violations).isEmpty();
  }

  @Test
  void theAdministratorSeesTheScheduleAndWhatTheBackupsNeed() {
    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), fixtures.user(Role.ADMINISTRATOR));
    browser.open(url("/retention"));
    assertThat(browser.text("retention-rules"))
        .contains("Closed cases")
        .contains("5 years")
        .contains("10 years");
    assertThat(browser.has("run-now")).isTrue();
    List<String> violations = new ArrayList<>(browser.axeViolations("retention page"));
    browser.open(url("/admin/backups"));
    assertThat(browser.text("backup-problems"))
        .contains("The daily backup is off")
        .contains("The WAL is not archived");
    violations.addAll(browser.axeViolations("backups page"));
    browser.follow(
        browser.driver().findElement(By.cssSelector(".language-switch button[value=da]")));
    assertThat(browser.heading()).isEqualTo("Sikkerhedskopier");
    assertThat(violations).isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
