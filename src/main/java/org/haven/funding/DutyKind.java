package org.haven.funding;

/** What a grant holder owes on a date. */
public enum DutyKind {
  ACTIVITY_REPORT,
  ACCOUNTS,
  DATA_DELIVERY
}
