package org.haven.outreach;

/** The sex of an anonymous contact as the worker saw it or was told. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
