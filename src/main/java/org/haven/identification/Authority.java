package org.haven.identification;

/** A body that may decide whether a person is a victim of trafficking. */
public enum Authority {
  /** The national centre: for persons with legal residence. */
  NATIONAL_CENTRE,
  /** The immigration service: for persons without legal residence, asylum seekers included. */
  IMMIGRATION_SERVICE,
  /** A court, in a criminal case; recorded by the centre. */
  COURT
}
