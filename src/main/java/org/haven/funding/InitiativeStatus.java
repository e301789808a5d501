package org.haven.funding;

/** Where an initiative stands; every change is kept with its date and a note. */
public enum InitiativeStatus {
  PLANNED,
  RUNNING,
  DONE,
  DROPPED
}
