package org.haven.identification;

/** Why a period ended before its last day, or that it ran out. */
public enum PeriodEndReason {
  /** The person left the country (e.g. a prepared repatriation). */
  DEPARTED,
  /** The person declined further support. */
  DECLINED_SUPPORT,
  /** Contact with the person was lost. */
  LOST_CONTACT,
  /** A residence permit or another route replaced the period. */
  OTHER_ROUTE,
  /** A reconsidered decision is no longer positive. */
  DECISION_REVERSED,
  /** The period ran to its end. */
  EXPIRED
}
