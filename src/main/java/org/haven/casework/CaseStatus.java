package org.haven.casework;

/** A case's status, after HTCDS: active, in follow-up, closed, or closed and referred on. */
public enum CaseStatus {
  ACTIVE,
  FOLLOW_UP,
  CLOSED,
  CLOSED_REFERRED;

  public boolean open() {
    return this == ACTIVE || this == FOLLOW_UP;
  }
}
