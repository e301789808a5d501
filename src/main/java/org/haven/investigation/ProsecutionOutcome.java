package org.haven.investigation;

/** What the prosecution decided. */
public enum ProsecutionOutcome {
  INDICTED,
  CHARGES_DROPPED,
  INVESTIGATION_CLOSED,
  FINE_ACCEPTED
}
