package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The person's page on a phone: the details entered at the referral shown again, in the reader's
 * language, and corrected with errors beside the field, nothing typed lost, a change made meanwhile
 * by someone else shown, and every view audited.
 */
@HavenTest
class PersonPageBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired People people;
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
  void aCaseworkerReadsAndCorrectsAPersonOnAPhone() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Person person =
        people.register(
            new PersonDetails(
                "Ioana",
                "Popescu",
                null,
                null,
                List.of("Ioana P."),
                Gender.Feminine,
                Birth.year(1998),
                List.of("RO"),
                List.of("ro"),
                true,
                null,
                List.of()),
            caseworker.actor());
    String reference = person.reference().value();
    browser.signIn(url(""), caseworker);

    browser.open(url("/persons/P-NOT-A-REFERENCE"));
    assertThat(browser.text("error-title"))
        .as("a malformed reference in the address is a person that does not exist")
        .isEqualTo("Page not found");
    browser.open(url("/persons/" + reference));
    assertThat(browser.heading()).contains("Ioana Popescu").contains(reference);
    assertThat(browser.text("person-details"))
        .contains("Romania")
        .contains("Romanian")
        .contains("Needs an interpreter")
        .contains("Ioana P.");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'READ' AND resource_type = 'Person' AND resource_id = ? AND actor = ?")
                .params(reference, caseworker.id().toString())
                .query(Long.class)
                .single())
        .as("the view is audited")
        .isEqualTo(1);
    browser.open(url("/persons/" + reference.toLowerCase(Locale.ROOT)));
    assertThat(browser.heading())
        .as("a reference typed in lower case is read as the same reference")
        .contains(reference);

    browser.driver().findElement(By.id("edit-person")).click();
    browser.type("phone", "call her at the shop");
    browser.type("citizenships-1", "Moldova");
    browser.submit("save-person");
    assertThat(browser.text("phone-error")).contains("phone number");
    assertThat(browser.driver().findElement(By.id("phone")).getAttribute("value"))
        .isEqualTo("call her at the shop");
    assertThat(browser.driver().findElement(By.id("citizenships-1")).getAttribute("value"))
        .as("what was typed is kept")
        .isEqualTo("Moldova");

    browser.type("phone", "20 30 40 50");
    browser.submit("save-person");
    assertThat(browser.text("person-details"))
        .contains("+45 20 30 40 50")
        .contains("Romania, Moldova");

    // someone else changes the person while this form is open
    browser.driver().findElement(By.id("edit-person")).click();
    Person now = people.find(person.reference(), caseworker.actor()).orElseThrow();
    people.change(
        person.reference(),
        now.version(),
        new PersonDetails(
            "Ioana",
            "Popescu-Rusu",
            null,
            null,
            List.of(),
            Gender.Feminine,
            Birth.year(1998),
            List.of("RO"),
            List.of("ro"),
            true,
            "+4520304050",
            List.of()),
        caseworker.actor());
    browser.type("givenNames", "Ioana Maria");
    browser.submit("save-person");
    assertThat(browser.text("changed-meanwhile")).contains("Popescu-Rusu");
    assertThat(browser.driver().findElement(By.id("givenNames")).getAttribute("value"))
        .isEqualTo("Ioana Maria");
    browser.submit("save-person");
    assertThat(browser.heading()).contains("Ioana Maria");
  }

  @Test
  void theSafeAddressIsShownOnlyForAStatedPurposeAndEveryLookIsAudited() {
    browser.driver().manage().deleteAllCookies();
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Person person =
        people.register(
            new PersonDetails(
                "Mai",
                "Nguyen",
                null,
                null,
                List.of(),
                Gender.Feminine,
                Birth.year(2000),
                List.of("VN"),
                List.of("vi"),
                false,
                null,
                List.of()),
            caseworker.actor());
    String reference = person.reference().value();
    browser.signIn(url(""), caseworker);
    browser.open(url("/persons/" + reference));
    assertThat(browser.has("reveal-safe-address")).as("nothing recorded yet").isFalse();
    browser
        .driver()
        .findElement(By.cssSelector("#safe-address-form"))
        .findElement(By.xpath(".."))
        .click();
    browser.type("safeAddress", "Shelter flat 3, Demo Street 12");
    browser.submit("save-safe-address");
    assertThat(browser.driver().getPageSource()).doesNotContain("Demo Street 12");

    browser.submit("reveal-safe-address");
    assertThat(browser.text("purpose-error")).isNotBlank();
    assertThat(browser.has("safe-address-shown")).isFalse();
    browser.type("purpose", "Transport to the police interview");
    browser.submit("reveal-safe-address");
    assertThat(browser.text("safe-address-shown")).isEqualTo("Shelter flat 3, Demo Street 12");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'READ' AND resource_id = ?"
                        + " AND purpose = 'Transport to the police interview'")
                .param(reference)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
