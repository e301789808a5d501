package org.haven.audit;

import java.time.Instant;

/**
 * The verifier's answer: the chain is intact over {@code rows} rows, or broken first at {@code
 * firstBrokenRow} for the reason {@code problem}; {@code anchoredRows} and {@code anchoredAt} say
 * how far the newest checkpoint outside the database vouches for it (absent before the first).
 */
public record ChainVerification(
    boolean intact,
    long rows,
    Long firstBrokenRow,
    Problem problem,
    Long anchoredRows,
    Instant anchoredAt) {

  /** Why the chain does not verify. */
  public enum Problem {
    /**
     * A row's content or its link to its predecessor does not match its hash: edited, removed or
     * inserted.
     */
    ROW_CHANGED,
    /** The chain holds fewer rows than a checkpoint saw: rows were removed from its end. */
    ROWS_MISSING,
    /** The chain was recomputed: a row a checkpoint saw has another hash now. */
    CHAIN_REWRITTEN,
    /** A line of the checkpoint file does not carry a valid signature: the file was edited. */
    CHECKPOINT_FORGED
  }

  static ChainVerification intact(long rows, AuditCheckpoints.Checkpoint anchor) {
    return new ChainVerification(
        true,
        rows,
        null,
        null,
        anchor == null ? null : anchor.rows(),
        anchor == null ? null : anchor.at());
  }

  static ChainVerification broken(
      Long row, long rowsChecked, Problem problem, AuditCheckpoints.Checkpoint anchor) {
    return new ChainVerification(
        false,
        rowsChecked,
        row,
        problem,
        anchor == null ? null : anchor.rows(),
        anchor == null ? null : anchor.at());
  }
}
