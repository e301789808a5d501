package org.haven.audit;

/**
 * The verifier's answer: the chain is intact over {@code rows} rows, or broken first at {@code
 * firstBrokenRow}.
 */
public record ChainVerification(boolean intact, long rows, Long firstBrokenRow) {

  static ChainVerification intact(long rows) {
    return new ChainVerification(true, rows, null);
  }

  static ChainVerification brokenAt(long row, long rowsChecked) {
    return new ChainVerification(false, rowsChecked, row);
  }
}
