package org.haven.repatriation;

/** Where a repatriation stands. */
public enum RepatriationStatus {
  OFFERED,
  ACCEPTED,
  DECLINED,
  /** The person has returned; reintegration support runs. */
  RETURNED,
  /** The reintegration period is over. */
  ENDED,
  CANCELLED
}
