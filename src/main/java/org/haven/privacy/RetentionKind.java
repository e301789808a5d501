package org.haven.privacy;

/** The kinds of record the retention schedule keeps for a period, each with its own rule. */
public enum RetentionKind {
  /** A person's referrals, after the last was decided or withdrawn. */
  DECLINED_REFERRALS,
  /** A person's case, stays, identification and returns, after the last ended. */
  CLOSED_CASES,
  /** Anonymous notifications, after they were sent. */
  ANONYMOUS_NOTIFICATIONS,
  /** Hotline calls, after they were received. */
  HOTLINE_CALLS,
  /** The audit trail: shown, never pruned, so its chain stays verifiable. */
  AUDIT
}
