package org.haven.investigation;

/** How the court decided. */
public enum VerdictOutcome {
  CONVICTED,
  CONVICTED_OF_OTHER_OFFENCES,
  ACQUITTED
}
