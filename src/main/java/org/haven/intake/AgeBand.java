package org.haven.intake;

/** The age band an anonymous notification records instead of a birth date (adults only). */
public enum AgeBand {
  /** 18 to 24. */
  AGE_18_24,
  /** 25 to 34. */
  AGE_25_34,
  /** 35 to 44. */
  AGE_35_44,
  /** 45 to 54. */
  AGE_45_54,
  /** 55 and older. */
  AGE_55_PLUS,
  /** An adult of unknown age. */
  ADULT_UNKNOWN
}
