package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.api.ReferralsApiFixture;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A call about a referral is logged from the referral's page: the referral is chosen by its day,
 * channel and sender, never pasted as an id, and a call sent without its topic keeps everything.
 */
@HavenTest
class HotlineBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aCallIsLinkedToAReferralByChoosingIt() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String caseId =
        ReferralsApiFixture.acceptedCase(
            new Http(port), fixtures, jdbc, fixtures.token(caseworker));
    String referral =
        jdbc.sql(
                "SELECT r.id::text FROM intake.referral r JOIN casework.case_file c"
                    + " ON c.person_id = r.person_id WHERE c.id = ?::uuid")
            .param(caseId)
            .query(String.class)
            .single();

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(url("/referrals/" + referral));
      browser.follow(browser.driver().findElement(By.id("log-hotline-call")));
      Select referrals = new Select(browser.driver().findElement(By.id("referral")));
      assertThat(referrals.getFirstSelectedOption().getAttribute("value")).isEqualTo(referral);
      assertThat(referrals.getFirstSelectedOption().getText())
          .as("a referral by its day, channel and sender, not its id")
          .doesNotContain(referral.substring(0, 8));

      new Select(browser.driver().findElement(By.id("callerType"))).selectByValue("PUBLIC");
      browser.type("outcome", "Advised to call the police.");
      browser.submit("log-call");
      assertThat(browser.text("topic-error")).isNotBlank();
      assertThat(
              new Select(browser.driver().findElement(By.id("referral")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo(referral);
      assertThat(
              new Select(browser.driver().findElement(By.id("callerType")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("PUBLIC");
      assertThat(browser.driver().findElement(By.id("outcome")).getAttribute("value"))
          .isEqualTo("Advised to call the police.");

      browser.type("topic", "Neighbour worried about workers living in a garage");
      browser.submit("log-call");
      assertThat(browser.text("calls")).contains("Neighbour worried");
      assertThat(
              jdbc.sql("SELECT count(*) FROM intake.hotline_call WHERE referral_id = ?::uuid")
                  .param(referral)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      assertThat(browser.axeViolations("hotline")).isEmpty();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
