package org.haven.casework;

/** Who may read a note. */
public enum Sensitivity {
  /** Everyone with the case or a share that includes notes. */
  NORMAL,
  /** Testimony, health: the centre, and shares that include testimony. */
  SENSITIVE,
  /** The centre only. */
  CONFIDENTIAL
}
