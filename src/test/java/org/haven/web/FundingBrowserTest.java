package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The action plan's money on pages, each step by the person who does it: the centre enters a plan
 * in Danish amounts and an initiative, an NGO applies on a phone, the centre decides and pays, the
 * NGO reports what it spent, and the ministry accepts the report.
 */
@HavenTest
class FundingBrowserTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aGrantGoesFromPlanToAcceptedReportOnPages() throws Exception {
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    TestUser worker = fixtures.user(ngo, Role.NGO_WORKER);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    // a code is good for one sign-in: a second visit is a colleague's
    TestUser colleague = fixtures.user(ngo, Role.NGO_WORKER);
    TestUser secondCaseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    TestUser ministry =
        fixtures.user(fixtures.organisation(OrganisationType.MINISTRY), Role.MINISTRY_OFFICIAL);
    String planName = "Handlingsplan " + UUID.randomUUID().toString().substring(0, 6);
    int year = LocalDate.now(ZONE).getYear();
    LocalDate today = LocalDate.now(ZONE);

    UUID planId;
    UUID initiativeId;
    try (Browser browser = new Browser()) {
      signIn(browser, caseworker, "da");
      browser.open(url("/funding"));
      browser.driver().findElement(By.id("new-plan")).click();
      browser.submit("create-plan");
      assertThat(browser.text("name-error")).isNotBlank();
      assertThat(browser.text("startsOn-error")).isNotBlank();
      browser.type("name", planName);
      setValue(browser, "startsOn", year + "-01-01");
      setValue(browser, "endsOn", (year + 3) + "-12-31");
      browser.type("budget", "118.200.000");
      browser.submit("create-plan");
      assertThat(browser.heading()).isEqualTo(planName);
      assertThat(browser.text("plan-facts")).contains("118.200.000");
      planId = UUID.fromString(browser.path().substring("/funding/plans/".length()));

      browser.driver().findElement(By.id("new-initiative")).click();
      browser.type("name", "Opsøgende arbejde");
      browser.type("goal", "Flere kontakter på gaden");
      new Select(browser.driver().findElement(By.id("responsible")))
          .selectByVisibleText(ngo.name());
      browser.type("budget-" + year, "2.500.000");
      browser.type("indicator-1-name", "Samtaler");
      browser.submit("create-initiative");
      assertThat(browser.heading()).isEqualTo(planName);
      assertThat(browser.text("money")).contains("Opsøgende arbejde").contains("2.500.000");
      assertThat(browser.text("total-budget")).contains("118.200.000");
      initiativeId =
          jdbc.sql("SELECT id FROM funding.initiative WHERE plan_id = ?")
              .param(planId)
              .query(UUID.class)
              .single();

      // the initiative's own page: its status moved on a page, and which returns it pays for
      browser.follow(browser.driver().findElement(By.cssSelector("#money a")));
      assertThat(browser.heading()).isEqualTo("Opsøgende arbejde");
      assertThat(browser.text("indicator-1")).contains("Samtaler");
      new Select(browser.driver().findElement(By.id("status"))).selectByValue("RUNNING");
      browser.type("note", "Aftale underskrevet");
      browser.submit("change-status");
      assertThat(browser.text("on-error"))
          .as("the day it changed is entered, not assumed")
          .isNotBlank();
      assertThat(browser.driver().findElement(By.id("note")).getAttribute("value"))
          .isEqualTo("Aftale underskrevet");
      setValue(browser, "on", today.toString());
      browser.submit("change-status");
      assertThat(browser.text("history")).contains("Aftale underskrevet");
      assertThat(
              jdbc.sql("SELECT status FROM funding.initiative WHERE id = ?")
                  .param(initiativeId)
                  .query(String.class)
                  .single())
          .isEqualTo("RUNNING");
      new Select(browser.driver().findElement(By.id("fundsReturns")))
          .selectByValue("VOLUNTARY_RETURN_IOM");
      browser.submit("save-returns");
      assertThat(browser.has("return-costs-title"))
          .as("the support of those returns is shown with the initiative")
          .isTrue();
      assertThat(
              jdbc.sql("SELECT funds_returns FROM funding.initiative WHERE id = ?")
                  .param(initiativeId)
                  .query(String.class)
                  .single())
          .isEqualTo("VOLUNTARY_RETURN_IOM");
      browser.open(url("/funding/plans/" + planId));
      assertThat(browser.has("total-return-costs")).isTrue();
    }

    UUID grantId;
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(375, 812));
      signIn(browser, worker, "en");
      browser.open(url("/funding/plans/" + planId));
      browser.follow(browser.driver().findElement(By.linkText("Apply for a grant")));
      assertThat(browser.text("initiative-name")).isEqualTo("Opsøgende arbejde");
      browser.type("amount", "five hundred");
      browser.submit("apply");
      assertThat(browser.text("amount-error")).isNotBlank();
      assertThat(browser.driver().findElement(By.id("amount")).getAttribute("value"))
          .isEqualTo("five hundred");
      browser.type("amount", "500,000");
      setValue(browser, "periodFrom", year + "-01-01");
      setValue(browser, "periodTo", year + "-12-31");
      browser.type("purpose", "Street outreach two nights a week");
      browser.submit("apply");
      assertThat(browser.text("grant-status")).isEqualTo("Applied for");
      grantId = UUID.fromString(browser.path().substring("/funding/grants/".length()));
      assertThat(browser.has("decide-form")).as("the holder does not decide").isFalse();
    }

    try (Browser browser = new Browser()) {
      signIn(browser, secondCaseworker, "en");
      browser.open(url("/funding/grants/" + grantId));
      new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("PARTLY");
      browser.type("amount", "400,000");
      setValue(browser, "decidedOn", today.toString());
      new Select(browser.driver().findElement(By.id("dutyKind"))).selectByValue("ACTIVITY_REPORT");
      setValue(browser, "dueOn", today.plusDays(30).toString());
      browser.submit("decide");
      assertThat(browser.text("grant-status")).isEqualTo("Granted in part");
      assertThat(browser.text("granted")).contains("400,000");
      browser.open(url("/funding/plans/" + planId));
      assertThat(browser.text("total-granted")).contains("400,000");
      assertThat(browser.text("total-disbursed"))
          .as("the plan's money before the payment: its markup is kept from this view")
          .doesNotContain("250,000");
      browser.open(url("/funding/grants/" + grantId));

      browser.type("amount", "500,000");
      setValue(browser, "paidOn", today.toString());
      browser.submit("record-payment");
      assertThat(browser.text("amount-error")).as("more than granted").isNotBlank();
      browser.type("amount", "250,000");
      browser.submit("record-payment");
      assertThat(browser.text("disbursed")).contains("250,000");
      assertThat(browser.text("undisbursed")).contains("150,000");
      browser.open(url("/funding/plans/" + planId));
      assertThat(browser.has("money-chart")).as("the money drawn beside the table").isTrue();
      assertThat(browser.text("total-disbursed"))
          .as("a payment renders the plan's money again, not the markup kept before it")
          .contains("250,000");
      assertThat(browser.text("money-by-holder"))
          .as("the year's money of each grant holder, on the page")
          .contains("250,000");
    }

    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(375, 812));
      signIn(browser, colleague, "en");
      browser.open(url("/funding"));
      assertThat(browser.text("owed")).contains("Activity report");
      browser.open(url("/funding/grants/" + grantId));
      browser.follow(browser.driver().findElement(By.id("write-report-1")));
      assertThat(browser.driver().findElement(By.id("figure-1-name")).getAttribute("value"))
          .as("the initiative's indicator is asked for under its own name")
          .isEqualTo("Samtaler");
      assertThat(browser.driver().findElement(By.id("figure-2-name")).getAttribute("value"))
          .as("Haven's own count is offered to confirm or correct")
          .isEqualTo("Outreach contacts");
      assertThat(browser.has("figure-2-value-hint")).isTrue();
      Path exe = Files.createTempFile("report", ".pdf");
      Files.write(exe, "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
      browser.driver().findElement(By.id("file")).sendKeys(exe.toString());
      browser.submit("attach");
      assertThat(browser.text("file-error")).contains("not a PDF");
      Path pdf = Files.createTempFile("accounts", ".pdf");
      Files.write(
          pdf, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
      browser.driver().findElement(By.id("file")).sendKeys(pdf.toString());
      browser.submit("attach");
      assertThat(browser.text("files")).contains(pdf.getFileName().toString());
      Files.delete(exe);
      Files.delete(pdf);

      // several figures at once, each wrong one marked beside itself, nothing typed lost
      browser.type("spent", "198,500.50");
      browser.type("figure-1-value", "57");
      browser.type("figure-2-value", "412");
      browser.type("figure-3-value", "9");
      browser.type("figure-4-name", "Outreach contacts");
      browser.type("figure-4-value", "3");
      browser.type("summary", "Two nights a week in Vesterbro.");
      browser.submit("submit-report");
      assertThat(browser.text("figure-3-name-error")).as("a value without a name").isNotBlank();
      assertThat(browser.text("figure-4-name-error")).as("a figure given twice").isNotBlank();
      assertThat(browser.driver().findElement(By.id("figure-1-value")).getAttribute("value"))
          .isEqualTo("57");
      assertThat(browser.driver().findElement(By.id("summary")).getAttribute("value"))
          .isEqualTo("Two nights a week in Vesterbro.");
      browser.type("figure-3-name", "Nights out");
      browser.type("figure-4-name", "");
      browser.type("figure-4-value", "");
      browser.submit("submit-report");
      assertThat(browser.text("report-status")).contains("Submitted");
      assertThat(browser.text("reported-spent")).contains("198,500.50");
      assertThat(browser.text("reported-figures"))
          .contains("Samtaler")
          .contains("57")
          .contains("Outreach contacts")
          .contains("412")
          .contains("Nights out");
      assertThat(browser.has("submit-report")).as("a submitted report is not sent again").isFalse();
    }

    try (Browser browser = new Browser()) {
      signIn(browser, ministry, "en");
      browser.open(url("/funding/grants/" + grantId));
      browser.follow(browser.driver().findElement(By.id("review-report-1")));
      browser.submit("accept-report");
      assertThat(browser.text("report-status")).contains("Accepted");
      assertThat(browser.has("accept-report")).isFalse();
    }
  }

  @Test
  void theCentreRegistersTrainingAndTheStatusReportCountsItBySector() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    TestUser analyst = fixtures.user(Role.CENTRE_ANALYST);
    LocalDate today = LocalDate.now(ZONE);
    String title = "Signs of labour trafficking " + UUID.randomUUID().toString().substring(0, 6);
    long labourBefore =
        jdbc.sql(
                """
                SELECT coalesce(sum(p.participants), 0) FROM funding.training_participants p
                JOIN funding.training_session s ON s.id = p.session_id
                WHERE p.sector = 'LABOUR_INSPECTION' AND extract(YEAR FROM s.held_on) = ?
                """)
            .param(today.getYear())
            .query(Long.class)
            .single();

    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(375, 812));
      signIn(browser, caseworker, "en");
      browser.open(url("/funding"));
      browser.driver().findElement(By.id("training")).click();
      browser.driver().findElement(By.id("new-course")).click();
      browser.type("title", title);
      browser.submit("create-course");
      assertThat(browser.text("sectors-error")).contains("at least one sector");
      assertThat(browser.driver().findElement(By.id("title")).getAttribute("value"))
          .isEqualTo(title);
      browser.driver().findElement(By.id("sector-LABOUR_INSPECTION")).click();
      browser.driver().findElement(By.id("sector-TAX")).click();
      browser.submit("create-course");
      assertThat(browser.heading()).isEqualTo(title);

      browser.type("participants-LABOUR_INSPECTION", "many");
      browser.submit("record-session");
      assertThat(browser.text("heldOn-error")).isNotBlank();
      assertThat(browser.text("participants-error")).isNotBlank();
      assertThat(
              browser
                  .driver()
                  .findElement(By.id("participants-LABOUR_INSPECTION"))
                  .getAttribute("value"))
          .isEqualTo("many");
      setValue(browser, "heldOn", today.toString());
      browser.type("participants-LABOUR_INSPECTION", "14");
      browser.type("participants-TAX", "6");
      browser.type("place", "Odense");
      WebElement organisation = browser.driver().findElement(By.id("organisation-0"));
      String organisationName =
          browser.driver().findElement(By.cssSelector("label[for='organisation-0']")).getText();
      organisation.click();
      browser.submit("record-session");
      assertThat(browser.text("sessions")).contains(organisationName);
      assertThat(browser.text("sessions")).contains("Odense").contains("20 people");
      assertThat(browser.text("course-participants")).isEqualTo("20");
    }

    try (Browser browser = new Browser()) {
      signIn(browser, analyst, "en");
      browser.open(url("/statistics/annual/" + today.getYear()));
      assertThat(browser.text("training-by-sector"))
          .contains("Labour inspection " + (labourBefore + 14));
    }
  }

  private static void setValue(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private void signIn(Browser browser, TestUser user, String language) {
    browser.signIn(url(""), user);
    browser
        .driver()
        .findElement(By.cssSelector(".language-switch button[value=" + language + "]"))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(
            driver ->
                "complete"
                        .equals(
                            ((JavascriptExecutor) driver)
                                .executeScript("return document.readyState"))
                    && language.equals(
                        driver.findElement(By.tagName("html")).getAttribute("lang")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
