package org.haven.operations;

/** Where a joint action stands. */
public enum JointActionStatus {
  /** Planned, not yet recorded. */
  PLANNED,
  /** Carried out: the day's record exists. */
  HELD,
  /** Called off before it was held. */
  CANCELLED
}
