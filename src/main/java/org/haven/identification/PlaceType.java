package org.haven.identification;

/** Where an interview takes place. */
public enum PlaceType {
  CENTRE,
  SHELTER_OR_CRISIS_CENTRE,
  PRISON_OR_DETENTION,
  ASYLUM_CENTRE,
  OTHER
}
