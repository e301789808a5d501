package org.haven.accommodation;

/** Why a placement ended. */
public enum PlacementEndReason {
  /** Moved on as planned (another accommodation, own housing). */
  MOVED_ON,
  /** Left the country (e.g. a prepared repatriation). */
  DEPARTED,
  /** Moved to another shelter. */
  TRANSFERRED,
  /** Left without notice. */
  LEFT_WITHOUT_NOTICE,
  /** Asked to leave (safety, rules). */
  ASKED_TO_LEAVE,
  /** Another reason. */
  OTHER
}
