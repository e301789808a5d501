package org.haven.outreach;

import org.haven.intake.AgeBand;

/** The age of an anonymous contact, in the bands the statistics use. */
public enum ContactAge {
  UNDER_18,
  AGE_18_24,
  AGE_25_34,
  AGE_35_44,
  AGE_45_54,
  AGE_55_PLUS,
  UNKNOWN;

  /** The referral's band for an adult; none for a child or an unknown age. */
  public AgeBand forReferral() {
    return switch (this) {
      case AGE_18_24 -> AgeBand.AGE_18_24;
      case AGE_25_34 -> AgeBand.AGE_25_34;
      case AGE_35_44 -> AgeBand.AGE_35_44;
      case AGE_45_54 -> AgeBand.AGE_45_54;
      case AGE_55_PLUS -> AgeBand.AGE_55_PLUS;
      case UNKNOWN -> AgeBand.ADULT_UNKNOWN;
      case UNDER_18 -> null;
    };
  }
}
