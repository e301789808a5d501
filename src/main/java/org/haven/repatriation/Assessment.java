package org.haven.repatriation;

/** The return organisation's assessment of an application to the voluntary return programme. */
public enum Assessment {
  ACCEPTED,
  REJECTED
}
