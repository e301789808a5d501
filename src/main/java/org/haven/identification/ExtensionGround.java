package org.haven.identification;

/** Why a period is extended. */
public enum ExtensionGround {
  /** The person cooperates on a prepared repatriation. */
  COOPERATION_ON_REPATRIATION,
  /** Other special reasons. */
  SPECIAL_REASONS
}
