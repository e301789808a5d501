package org.haven.intake;

import java.util.UUID;

/** Identifies a referral. */
public record ReferralId(UUID value) {

  public ReferralId {
    if (value == null) {
      throw new IllegalArgumentException("A referral id needs a value");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
