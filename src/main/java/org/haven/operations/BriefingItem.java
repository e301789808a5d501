package org.haven.operations;

/** The points of the briefing checklist before a joint action goes out. */
public enum BriefingItem {
  /** Who leads, who talks to possible victims, who inspects. */
  ROLES_AGREED,
  /** The indicators and the screening questions have been gone through. */
  INDICATORS_BRIEFED,
  /** Interpreters for the expected languages are booked. */
  INTERPRETERS_BOOKED,
  /** A shelter place and transport are on standby. */
  SHELTER_ON_STANDBY,
  /** The municipality's child services know, in case a child is met. */
  CHILD_SERVICES_ALERTED,
  /** The safety of the persons met and of the staff is planned. */
  SAFETY_PLANNED,
  /** Every participant knows where and when to meet. */
  MEETING_POINT_SHARED
}
