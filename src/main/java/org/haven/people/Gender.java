package org.haven.people;

/** Sex and gender as HTCDS 2.0 records them ({@code prs_Gender}). */
public enum Gender {
  /** Female. */
  Feminine,
  /** Male. */
  Masculine,
  /** A transgender woman. */
  TransgenderFeminine,
  /** A transgender man. */
  TransgenderMasculine,
  /** Gender non-conforming. */
  NonConforming,
  /** Not stated or not known. */
  NonSpecifiedUnknown
}
