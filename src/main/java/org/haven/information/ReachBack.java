package org.haven.information;

/** How the centre may answer an anonymous message. */
public enum ReachBack {
  /** Call or text the number given. */
  PHONE,
  /** The sender will call; no number is kept. */
  WILL_CALL
}
