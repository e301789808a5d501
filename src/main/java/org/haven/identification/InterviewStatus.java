package org.haven.identification;

/** An interview's state. */
public enum InterviewStatus {
  SCHEDULED,
  HELD,
  CANCELLED
}
