package org.haven.repatriation;

/** How the partner finds the reintegration going. */
public enum FollowUpStatus {
  ON_TRACK,
  DIFFICULTIES,
  AT_RISK,
  NO_CONTACT
}
