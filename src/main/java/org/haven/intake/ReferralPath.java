package org.haven.intake;

/** The three ways a possible victim reaches the centre. */
public enum ReferralPath {
  /** An adult who consents to be referred: a full referral with identity. */
  FULL,
  /**
   * An adult who does not consent: an anonymous notification, with no identity at all, so the case
   * is counted.
   */
  ANONYMOUS,
  /**
   * A child (or possibly a child): referred without consent; the municipality's child services must
   * be informed.
   */
  CHILD
}
