package org.haven.crossborder;

/** What a transfer is for. */
public enum TransferPurpose {
  /** A referral to another country's centre. */
  REFERRAL,
  /** The hand-over of a prepared return to the return organisation. */
  RETURN_HANDOVER
}
