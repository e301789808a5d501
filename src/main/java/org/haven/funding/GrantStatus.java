package org.haven.funding;

/** A grant from the application to its end. */
public enum GrantStatus {
  APPLIED,
  GRANTED,
  PARTLY_GRANTED,
  REFUSED,
  CLOSED;

  /** Money may be paid out under it. */
  public boolean paysOut() {
    return this == GRANTED || this == PARTLY_GRANTED;
  }
}
