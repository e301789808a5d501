package org.haven.funding;

/**
 * A figure Haven itself keeps, to which an indicator can be bound so that its actual value is read
 * from the records instead of typed; {@code NONE} is reported by hand.
 */
public enum Measure {
  NONE,
  OUTREACH_CONTACTS,
  REPATRIATIONS,
  TRAINING_PARTICIPANTS,
  /** Nights stayed in the shelters the initiative's organisations operate. */
  SHELTER_BED_NIGHTS,
  /** Stays begun in the shelters the initiative's organisations operate. */
  PLACEMENTS
}
