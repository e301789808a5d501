package org.haven.crossborder;

/** Whether envelopes travel to and from a partner. */
public enum PartnerStatus {
  /** Registered, its fingerprint not yet confirmed out of band: nothing travels. */
  UNCONFIRMED,
  /** Confirmed: envelopes travel both ways. */
  ACTIVE,
  /** Suspended by the administrator: nothing travels until reactivated. */
  SUSPENDED
}
