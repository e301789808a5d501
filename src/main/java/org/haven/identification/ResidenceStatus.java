package org.haven.identification;

/** The person's residence status, which decides the competent authority and the period's kind. */
public enum ResidenceStatus {
  /** A residence permit, or a national. */
  LEGAL_RESIDENCE,
  /** No legal residence. */
  NO_LEGAL_RESIDENCE,
  /** A citizen of an EU or EEA country (legally resident under free movement). */
  EU_CITIZEN,
  /** An asylum seeker whose claim is pending. */
  ASYLUM_SEEKER,
  /** Not yet known: no decision can be recorded until it is. */
  UNKNOWN
}
