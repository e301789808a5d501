package org.haven.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsALongUncommonPassphrase() {
    assertThatCode(() -> policy.check("p", "lantern meadow quartz violin", "a@b.dk"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPasswordsShorterThanTwelveCharacters() {
    assertThatThrownBy(() -> policy.check("p", "Sh0rt!pass", "a@b.dk"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.tooShort"));
  }

  @Test
  void countsCharactersNotBytes() {
    assertThatCode(() -> policy.check("p", "æøåæøåÆØÅxyz", "a@b.dk")).doesNotThrowAnyException();
  }

  @Test
  void refusesCommonPasswordsWhateverTheCase() {
    assertThatThrownBy(() -> policy.check("p", "Password1234", "a@b.dk"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.common"));
    assertThatThrownBy(() -> policy.check("p", "QWERTYUIOP123", "a@b.dk"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.common"));
  }

  @Test
  void refusesRepeatedCharacters() {
    assertThatThrownBy(() -> policy.check("p", "aaaaaaaaaaaaaaaa", "a@b.dk"))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void refusesThePersonsOwnEmail() {
    assertThatThrownBy(() -> policy.check("p", "my mail is anna@centre.dk", "anna@centre.dk"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertMessage(e, "password.containsEmail"));
  }

  @Test
  void refusesOverlongPasswords() {
    assertThatThrownBy(() -> policy.check("p", "x1y2z3".repeat(30), "a@b.dk"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.tooLong"));
  }

  private static void assertMessage(InvalidInput e, String key) {
    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("p");
  }
}
