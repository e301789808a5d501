package org.haven.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
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
    assertThatCode(() -> policy.check("p", "æøå ÆØÅ søvnløs grød", "a@b.dk"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check("p", "æøå", "a@b.dk"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.tooShort"));
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
  void refusesPasswordsThatAreEasyToGuessThoughLongAndUncommon() {
    for (String guessable : new String[] {"qwertyuiopas", "Summer2026!!", "haven-haven-haven"}) {
      assertThatThrownBy(() -> policy.check("p", guessable, "grace.okafor@nordlys.example"))
          .as(guessable)
          .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.weak"));
    }
  }

  @Test
  void refusesThePersonsOwnNameAndEmailWithAYear() {
    assertThatThrownBy(
            () -> policy.check("p", "grace.okafor-2026", "grace.okafor@nordlys.example", null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.weak"));
    assertThatThrownBy(
            () -> policy.check("p", "OkaforGrace1990", "g.o@nordlys.example", "Grace Okafor"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.weak"));
  }

  @Test
  void refusesOverlongPasswords() {
    assertThatThrownBy(() -> policy.check("p", "x1y2z3".repeat(30), "a@b.dk"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertMessage(e, "password.tooLong"));
  }

  private static void assertMessage(InvalidInput e, String key) {
    Assertions.assertThat(e.messageKey()).isEqualTo(key);
    Assertions.assertThat(e.field()).isEqualTo("p");
  }
}
