package org.haven.investigation;

/** The victim's part in the criminal case. */
public enum VictimRole {
  WITNESS,
  INJURED_PARTY,
  WITNESS_AND_INJURED_PARTY,
  NONE
}
