package org.haven.crossborder;

/** Whether this installation sent or received a transfer. */
public enum Direction {
  OUTGOING,
  INCOMING
}
