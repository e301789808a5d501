package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker uploads an HTCDS file on the upload page, follows the progress bar to the end and
 * reads why two rows were left out; an analyst then reads the year's report as a page with its
 * charts, in the exact and the published view.
 */
@HavenTest
class StatisticsBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @Test
  void uploadFollowProgressReadErrorsThenReadTheReport() throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "cas_ExternalId,prs_Gender,prs_Citizenship,vic_TraffickingStatus,vic_TypeOfExploitation,"
                + "cas_IncomingReferralDate,ext_DecisionDate,ext_DecidingAuthority\n");
    for (int i = 0; i < 400; i++) {
      csv.append("W")
          .append(i)
          .append(i % 3 == 0 ? ",Masculine,UA" : ",Feminine,RO")
          .append(",ActualVictimOfTrafficking,")
          .append(i % 3 == 0 ? "ForcedLabour" : "SexualExploitation")
          .append(",2016-01-04,2016-02-0")
          .append(1 + i % 9)
          .append(",ImmigrationService\n");
    }
    csv.append(
        "W-bad1,Woman,RO,ActualVictimOfTrafficking,SexualExploitation,2016-01-04,2016-02-01,\n");
    csv.append(
        "W-bad2,Feminine,RO,ActualVictimOfTrafficking,SexualExploitation,2016-01-04,2016-02-31,\n");
    Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "htcds-", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(url("/imports/htcds"));
      browser.submit("start-import");
      assertThat(browser.text("error-summary")).contains("no rows");
      browser.driver().findElement(By.id("file")).sendKeys(file.toString());
      browser.submit("start-import");
      assertThat(browser.heading()).isEqualTo("Import of HTCDS records");
      assertThat(browser.has("import-bar")).isTrue();
      // the progress part is replaced every second while the import runs
      new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> browser.text("import-status").equals("Finished"));
      assertThat(browser.text("import-counts"))
          .contains("402 of 402 rows read: 400 imported, 2 left out");
      assertThat(browser.text("import-errors"))
          .contains("402 prs_Gender")
          .contains("403 ext_DecisionDate")
          .contains("ext_DecisionDate")
          .contains("Not a date that exists");
      browser.screenshot("htcds-import");
    } finally {
      Files.deleteIfExists(file);
    }

    TestUser analyst = fixtures.user(Role.CENTRE_ANALYST);
    try (Browser browser = new Browser()) {
      browser.signIn(url(""), analyst);
      browser.open(url("/statistics/annual/2016?disclosure=everything"));
      assertThat(browser.text("error-title"))
          .as("an unknown view of the report is a bad request, not an error inside the page")
          .isEqualTo("The request could not be understood");
      browser.open(url("/statistics/annual/2016?disclosure=exact"));
      assertThat(browser.heading()).isEqualTo("Status report 2016");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              d -> {
                d.navigate().refresh();
                return browser.text("table-totals").contains("400");
              });
      assertThat(browser.text("report-view")).contains("Exact");
      assertThat(browser.text("table-bySex")).contains("Women 266").contains("Men 134");
      assertThat(browser.driver().findElements(By.cssSelector("#table-bySex svg rect"))).hasSize(4);
      assertThat(browser.text("table-byCitizenship")).contains("Romania").contains("Ukraine");
      assertThat(browser.text("method")).contains("1 July");
      browser
          .driver()
          .findElement(By.cssSelector("input[name=disclosure][value=published]"))
          .click();
      browser.submit("show-report");
      assertThat(browser.text("report-view")).contains("publication");
      assertThat(browser.text("table-bySex")).contains("Women 266").contains("Men 134");
      assertThat(browser.text("method")).contains("from 1 to 4 is withheld");
      browser.screenshot("status-report");
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
