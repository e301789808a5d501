package org.haven.investigation;

/** Whether a dated step (an interview, a hearing) is still to come, took place or was put off. */
public enum DateStatus {
  PLANNED,
  HELD,
  POSTPONED
}
