package org.haven.repatriation;

/** How the reintegration ended. */
public enum ReintegrationOutcome {
  COMPLETED,
  PARTLY_COMPLETED,
  DROPPED_OUT,
  CONTACT_LOST,
  RE_TRAFFICKED,
  OTHER
}
