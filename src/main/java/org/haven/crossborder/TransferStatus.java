package org.haven.crossborder;

/** Where a transfer stands. */
public enum TransferStatus {
  /** Waiting in the outbox for delivery. */
  QUEUED,
  /** The partner acknowledged it, signed. */
  DELIVERED,
  /** Received from a partner; waiting for the centre's decision. */
  RECEIVED,
  /** Accepted by the recipient's centre. */
  ACCEPTED,
  /** Declined by the recipient's centre. */
  DECLINED,
  /** Could not be delivered before it expired, or the partner refused it. */
  FAILED
}
