package org.haven.identification;

/** Who conducts an interview: the centre's identification interview or an NGO's assessing one. */
public enum Conductor {
  CENTRE,
  NGO
}
