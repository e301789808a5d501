package org.haven.outreach;

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
  public org.haven.intake.AgeBand forReferral() {
    return switch (this) {
      case AGE_18_24 -> org.haven.intake.AgeBand.AGE_18_24;
      case AGE_25_34 -> org.haven.intake.AgeBand.AGE_25_34;
      case AGE_35_44 -> org.haven.intake.AgeBand.AGE_35_44;
      case AGE_45_54 -> org.haven.intake.AgeBand.AGE_45_54;
      case AGE_55_PLUS -> org.haven.intake.AgeBand.AGE_55_PLUS;
      case UNKNOWN -> org.haven.intake.AgeBand.ADULT_UNKNOWN;
      case UNDER_18 -> null;
    };
  }
}
