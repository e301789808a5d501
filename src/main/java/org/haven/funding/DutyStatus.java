package org.haven.funding;

/** A reporting duty from due to accepted; a report asked to be changed is due again. */
public enum DutyStatus {
  DUE,
  SUBMITTED,
  CHANGES_REQUESTED,
  ACCEPTED;

  /** The holder still owes it. */
  public boolean open() {
    return this == DUE || this == CHANGES_REQUESTED;
  }
}
