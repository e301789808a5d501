package org.haven.identification;

/** The period a positive decision opens. */
public enum PeriodType {
  /** For a person without legal residence: an extended departure deadline. */
  REFLECTION,
  /** For a legally resident person: the equivalent restitution period. */
  RESTITUTION
}
