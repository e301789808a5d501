package org.haven.intake;

/** Who called the hotline (HTCDS extension {@code ext_CallerType}). */
public enum CallerType {
  /** Police, e.g. about an action or a person in custody. */
  POLICE,
  /** Another authority. */
  OTHER_AUTHORITY,
  /** An NGO or other partner. */
  NGO,
  /** A member of the public: a neighbour, a landlord. */
  PUBLIC,
  /** The possible victim themselves. */
  POSSIBLE_VICTIM,
  /** Anyone else. */
  OTHER
}
