package org.haven.casework;

/** A task's state. */
public enum TaskStatus {
  OPEN,
  DONE,
  /** Closed by Haven because its reason went away (e.g. the period was extended). */
  OBSOLETE
}
