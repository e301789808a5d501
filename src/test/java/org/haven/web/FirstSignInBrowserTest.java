package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.support.Browser;
import org.haven.support.HavenProcess;
import org.haven.support.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The very first sign-in, as an operator does it: Haven started on an empty data directory prints a
 * one-time password; the browser signs in with it, must choose a password, enrols an authenticator
 * (the test computes the code like a phone app), sees the recovery codes and the dashboard,
 * switches to Danish, and signs out.
 */
class FirstSignInBrowserTest {

  @Test
  void firstSignInWithTheGeneratedPasswordLeadsThroughPasswordChangeAndEnrolmentToTheDashboard()
      throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "first-run-");
    try (HavenProcess haven =
            HavenProcess.start(data, Map.of("HAVEN_ORGANISATION_NAME", "Centre for Testing"));
        Browser browser = new Browser()) {
      Matcher printed = Pattern.compile("one-time password:\\s+(\\S+)").matcher(haven.output());
      assertThat(printed.find()).as("the one-time password is printed at first run").isTrue();
      String oneTimePassword = printed.group(1);
      assertThat(haven.output()).contains("Sign in at " + haven.baseUrl() + "/login");

      browser.open(haven.baseUrl() + "/");
      assertThat(browser.path()).isEqualTo("/login");
      browser.type("email", "admin@haven.local");
      browser.type("password", oneTimePassword);
      browser.submit("sign-in");

      assertThat(browser.path()).isEqualTo("/account/first-password");
      browser.type("newPassword", "tidal orchard lantern 42");
      browser.type("confirmPassword", "tidal orchard lantern 42");
      browser.submit("save-password");

      assertThat(browser.path()).isEqualTo("/account/enrol");
      assertThat(browser.driver().findElement(By.cssSelector("img.qr")).getAttribute("src"))
          .startsWith("data:image/png;base64,");
      browser.driver().findElement(By.tagName("summary")).click();
      String secret = browser.text("totp-secret").replace(" ", "");
      browser.type("code", Totp.code(secret, 0));
      browser.submit("confirm-enrolment");

      assertThat(browser.path()).isEqualTo("/account/recovery-codes");
      assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
      browser.submit("continue");

      assertThat(browser.path()).isEqualTo("/");
      assertThat(browser.heading()).isEqualTo("Welcome, Administrator");
      assertThat(browser.driver().findElement(By.className("header__organisation")).getText())
          .isEqualTo("Centre for Testing");
      browser.screenshot("first-sign-in-dashboard");

      browser.submit("language-da");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("da");
      assertThat(browser.text("work-queue-empty")).contains("venter på dig");
      assertThat(browser.text("sign-out")).isEqualTo("Log ud");
      browser.screenshot("first-sign-in-dashboard-da");

      browser.submit("sign-out");
      assertThat(browser.path()).isEqualTo("/login");
      browser.open(haven.baseUrl() + "/admin/users");
      assertThat(browser.path()).as("signed out means signed out").isEqualTo("/login");
    }
  }
}
