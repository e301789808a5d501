package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.support.HavenTest;
import org.haven.support.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of the people who use Haven, against the real database. */
@HavenTest
class UsersTest {

  @Autowired Users users;
  @Autowired SignIn signIn;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void nobodyCanRaiseTheirOwnRights() {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER, Role.CENTRE_ANALYST);
    UserAccount own = users.find(caseworker.id()).orElseThrow();
    assertThatThrownBy(
            () ->
                users.change(
                    caseworker.id(),
                    own.version(),
                    own.displayName(),
                    own.organisation(),
                    EnumSet.of(Role.CENTRE_CASEWORKER, Role.CENTRE_ANALYST, Role.ADMINISTRATOR),
                    own.language(),
                    true,
                    caseworker.actor()))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.ownRights"));
    assertThat(users.find(caseworker.id()).orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.CENTRE_CASEWORKER, Role.CENTRE_ANALYST);
  }

  @Test
  void anAdministratorMayChangeOwnNameButNotDisableThemselves() {
    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    UserAccount own = users.find(admin.id()).orElseThrow();
    users.change(
        admin.id(),
        own.version(),
        "Renamed",
        own.organisation(),
        own.roles(),
        Language.SV,
        true,
        admin.actor());
    UserAccount renamed = users.find(admin.id()).orElseThrow();
    assertThat(renamed.displayName()).isEqualTo("Renamed");
    assertThatThrownBy(
            () ->
                users.change(
                    admin.id(),
                    renamed.version(),
                    "Renamed",
                    renamed.organisation(),
                    renamed.roles(),
                    Language.SV,
                    false,
                    admin.actor()))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    TestUser person = fixtures.user(Role.NGO_WORKER);
    UserAccount read = users.find(person.id()).orElseThrow();
    users.change(
        person.id(),
        read.version(),
        "First edit",
        read.organisation(),
        read.roles(),
        read.language(),
        true,
        admin.actor());
    assertThatThrownBy(
            () ->
                users.change(
                    person.id(),
                    read.version(),
                    "Second edit",
                    read.organisation(),
                    read.roles(),
                    read.language(),
                    true,
                    admin.actor()))
        .isInstanceOf(StaleVersion.class);
    assertThat(users.find(person.id()).orElseThrow().displayName()).isEqualTo("First edit");
  }

  @Test
  void aSecondFactorIsReplacedOnlyAfterBothFactorsAreProvedAgain() {
    TestUser person = fixtures.user(Role.CENTRE_ANALYST);
    assertThatThrownBy(
            () -> signIn.beginReenrolment(person.id(), "wrong password here", person.code(0)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                signIn.beginReenrolment(
                    person.id(),
                    AccessFixtures.PASSWORD,
                    "000000".equals(person.code(0)) ? "111111" : "000000"))
        .isInstanceOf(InvalidInput.class);
    Enrolment enrolment =
        signIn.beginReenrolment(person.id(), AccessFixtures.PASSWORD, person.code(0));
    assertThat(enrolment.secret()).isNotEqualTo(person.secret());
    assertThatThrownBy(() -> signIn.confirmEnrolment(person.id(), false, "123456"))
        .as("a pending replacement cannot be confirmed as a first enrolment (password only)")
        .isInstanceOf(IllegalStateException.class);
    // Until the new authenticator is confirmed the old one keeps working.
    assertThat(signIn.checkCode(person.id(), person.code(1))).isTrue();
  }

  @Test
  void authenticatorSecretsAreEncryptedAtRest() {
    TestUser person = fixtures.user(Role.NGO_WORKER);
    String stored =
        jdbc.sql("SELECT totp_secret FROM access.user_account WHERE id = ?")
            .param(person.id().value())
            .query(String.class)
            .single();
    assertThat(stored).startsWith("v1:").doesNotContain(person.secret());
  }

  @Test
  void aCodeCannotBeUsedTwice() {
    TestUser person = fixtures.user(Role.AUDITOR);
    String code = person.code(0);
    assertThat(signIn.checkCode(person.id(), code)).isTrue();
    assertThat(signIn.checkCode(person.id(), code)).isFalse();
  }

  @Test
  void recoveryCodesWorkOnceAndAreStoredAsHashes() {
    TestUser person = fixtures.user(Role.SHELTER_STAFF);
    Enrolment enrolment =
        signIn.beginReenrolment(person.id(), AccessFixtures.PASSWORD, person.code(0));
    var codes = signIn.confirmEnrolment(person.id(), true, Totp.code(enrolment.secret(), 1));
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(
            jdbc.sql("SELECT count(*) FROM access.recovery_code WHERE code_hash = ?")
                .param(codes.get(0))
                .query(Long.class)
                .single())
        .isZero();
    assertThat(signIn.useRecoveryCode(person.id(), codes.get(0).toUpperCase())).isTrue();
    assertThat(signIn.useRecoveryCode(person.id(), codes.get(0))).isFalse();
    assertThat(signIn.recoveryCodesLeft(person.id())).isEqualTo(9);
  }

  @Test
  void signInFailuresAreAuditedWithoutTheEmail() {
    String email = "unknown-" + System.nanoTime() + "@haven.test";
    assertThat(signIn.checkPassword(email, "some wrong password").outcome())
        .isEqualTo(PasswordCheck.Outcome.REJECTED);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'LOGIN_FAILED' AND (actor = ? OR resource_id = ? OR purpose = ?)")
                .params(email, email, email)
                .query(Long.class)
                .single())
        .isZero();
  }
}
