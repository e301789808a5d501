package org.haven.intake;

/** Where a referral is in its life. */
public enum ReferralStatus {
  /** Being written by the sender; saved and resumable; deleted automatically when left too long. */
  DRAFT,
  /** Sent to the centre, waiting for its decision. */
  SUBMITTED,
  /**
   * The centre took it into identification, linked to a person record (none for an anonymous
   * notification).
   */
  ACCEPTED,
  /** The centre declined it, with a reason. */
  DECLINED,
  /** The sender took it back. */
  WITHDRAWN
}
