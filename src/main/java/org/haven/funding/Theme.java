package org.haven.funding;

/** What an initiative of the action plan works on. */
public enum Theme {
  OUTREACH,
  SHELTERS,
  SUPPORT,
  REPATRIATION,
  TRAINING,
  KNOWLEDGE,
  JOINT_ACTIONS,
  COORDINATION
}
