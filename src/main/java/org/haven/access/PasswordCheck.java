package org.haven.access;

import java.util.Optional;

/**
 * The answer to the first sign-in step.
 *
 * @param outcome whether the password was accepted
 * @param account who signed in, when accepted
 */
public record PasswordCheck(Outcome outcome, Optional<UserAccount> account) {

  /** The three answers a password check can give. */
  public enum Outcome {
    /** Email and password match an enabled account. */
    ACCEPTED,
    /**
     * The email or password is wrong, or the account is disabled (the person is not told which).
     */
    REJECTED,
    /** Too many failures: sign-in for this email is paused for a while. */
    PAUSED
  }

  static PasswordCheck accepted(UserAccount account) {
    return new PasswordCheck(Outcome.ACCEPTED, Optional.of(account));
  }

  static PasswordCheck rejected() {
    return new PasswordCheck(Outcome.REJECTED, Optional.empty());
  }

  static PasswordCheck paused() {
    return new PasswordCheck(Outcome.PAUSED, Optional.empty());
  }
}
