package org.haven.identification;

/** Where an identification process stands. */
public enum IdentificationStatus {
  /** Interviews and assessment under way; no decision yet. */
  IN_PROGRESS,
  /** The competent authority has decided (a later reconsideration keeps it here). */
  DECIDED
}
