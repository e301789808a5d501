package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Language;
import org.haven.access.NewAccount;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.audit.AuditActor;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person sees when sign-in or a form goes wrong: a clear error, what they typed kept,
 * nothing changed.
 */
@HavenTest
class SignInErrorsBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void enterPassword(String email, String password) {
    browser.open(url("/login"));
    browser.type("email", email);
    browser.type("password", password);
    browser.submit("sign-in");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExistsAndKeepsTheEmail() {
    TestUser user = fixtures.user(Role.CENTRE_CASEWORKER);
    enterPassword(user.email(), "not the password at all");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.text("error-summary"))
        .contains("The email address or password is not right.");
    assertThat(browser.driver().findElement(By.id("email")).getAttribute("value"))
        .isEqualTo(user.email());
    assertThat(browser.driver().findElement(By.id("password")).getAttribute("value")).isEmpty();
    String known = browser.text("error-summary");

    enterPassword("nobody-" + System.nanoTime() + "@haven.test", "not the password at all");
    assertThat(browser.text("error-summary"))
        .as("same answer for an unknown email")
        .isEqualTo(known);

    // The summary links to the field it is about.
    assertThat(
            browser.driver().findElement(By.cssSelector("#error-summary a")).getAttribute("href"))
        .endsWith("#email");
  }

  @Test
  void aWrongAuthenticatorCodeIsRefusedAndTheRightOneSignsIn() {
    TestUser user = fixtures.user(Role.CENTRE_CASEWORKER);
    enterPassword(user.email(), AccessFixtures.PASSWORD);
    assertThat(browser.path()).isEqualTo("/login/code");
    browser.open(url("/admin/users"));
    assertThat(browser.path())
        .as("only the sign-in steps are open before the second factor")
        .isNotEqualTo("/admin/users");

    browser.open(url("/login/code"));
    browser.type("code", "000000".equals(user.code(0)) ? "111111" : "000000");
    browser.submit("verify-code");
    assertThat(browser.path()).isEqualTo("/login/code");
    assertThat(browser.text("error-summary")).contains("The code is not right");

    browser.type("code", user.code(0));
    browser.submit("verify-code");
    assertThat(browser.path()).isEqualTo("/");
  }

  @Test
  void aWeakNewPasswordIsRefusedAndTheOneTimePasswordStaysValid() {
    NewAccount account =
        users.create(
            "new-" + System.nanoTime() + "@haven.test",
            "New Person",
            fixtures.organisation(OrganisationType.NGO).organisationId(),
            EnumSet.of(Role.NGO_WORKER),
            Language.EN,
            AuditActor.SYSTEM);
    String hashBefore = passwordHash(account.account().email());
    enterPassword(account.account().email(), account.oneTimePassword());
    assertThat(browser.path()).isEqualTo("/account/first-password");

    browser.type("newPassword", "password1234");
    browser.type("confirmPassword", "password1234");
    browser.submit("save-password");
    assertThat(browser.text("error-summary")).contains("too common");
    assertThat(browser.driver().findElement(By.id("newPassword")).getAttribute("aria-invalid"))
        .isEqualTo("true");

    browser.type("newPassword", "short1!");
    browser.type("confirmPassword", "short1!");
    browser.submit("save-password");
    assertThat(browser.text("error-summary")).contains("at least 12 characters");

    browser.type("newPassword", "granite willow harbour");
    browser.type("confirmPassword", "granite willow harbor");
    browser.submit("save-password");
    assertThat(browser.text("error-summary")).contains("not the same");

    assertThat(passwordHash(account.account().email())).as("nothing changed").isEqualTo(hashBefore);
  }

  @Test
  void repeatedFailuresPauseSignInEvenWithTheRightPassword() {
    TestUser user = fixtures.user(Role.AUDITOR);
    for (int attempt = 0; attempt < 5; attempt++) {
      enterPassword(user.email(), "wrong password " + attempt);
    }
    assertThat(browser.text("error-summary")).contains("paused");
    enterPassword(user.email(), AccessFixtures.PASSWORD);
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.text("error-summary")).contains("paused");
  }

  @Test
  void anInvalidEmailForANewUserIsRefusedAndNothingIsStored() {
    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    enterPassword(admin.email(), AccessFixtures.PASSWORD);
    browser.type("code", admin.code(0));
    browser.submit("verify-code");
    long before = jdbc.sql("SELECT count(*) FROM access.user_account").query(Long.class).single();

    String ngo = fixtures.organisation(OrganisationType.NGO).id().toString();
    browser.open(url("/admin/users/new"));
    browser.type("email", "grace.okafor@");
    browser.type("displayName", "Grace Okafor");
    new Select(browser.driver().findElement(By.id("organisationId"))).selectByValue(ngo);
    browser.driver().findElement(By.id("role-NGO_WORKER")).click();
    browser.submit("create-user");

    assertThat(browser.text("error-summary")).contains("email address in the correct format");
    assertThat(browser.driver().findElement(By.id("displayName")).getAttribute("value"))
        .isEqualTo("Grace Okafor");
    assertThat(browser.driver().findElement(By.id("role-NGO_WORKER")).isSelected()).isTrue();
    assertThat(jdbc.sql("SELECT count(*) FROM access.user_account").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void disablingAnAccountEndsItsSessions() throws Exception {
    TestUser person = fixtures.user(Role.CENTRE_ANALYST);
    enterPassword(person.email(), AccessFixtures.PASSWORD);
    browser.type("code", person.code(0));
    browser.submit("verify-code");
    assertThat(browser.path()).isEqualTo("/");

    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    var current = users.find(person.id()).orElseThrow();
    users.change(
        person.id(),
        current.version(),
        current.displayName(),
        current.organisation(),
        current.roles(),
        current.language(),
        false,
        admin.actor());

    browser.open(url("/"));
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.driver().getPageSource()).contains("Your session has ended");
  }

  private String passwordHash(String email) {
    return jdbc.sql("SELECT password_hash FROM access.user_account WHERE email = ?")
        .param(email)
        .query(String.class)
        .single();
  }
}
