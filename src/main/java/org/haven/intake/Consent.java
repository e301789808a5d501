package org.haven.intake;

/**
 * What the person agreed to: to be referred to the centre, to have the referral shared with the
 * police, to be contacted.
 */
public record Consent(boolean toReferral, boolean toPolice, boolean toContact) {

  public static Consent none() {
    return new Consent(false, false, false);
  }
}
