package org.haven.identification;

/** The competent authority's finding, with its HTCDS {@code vic_TraffickingStatus} value. */
public enum DecisionOutcome {
  /** Assessed as a victim of trafficking. */
  VICTIM("ActualVictimOfTrafficking"),
  /** Assessed as not a victim. */
  NOT_VICTIM("NotAVictimOfTrafficking"),
  /** No conclusion could be reached: counted as a possible victim. */
  INCONCLUSIVE("PossibleVictimOfTrafficking");

  private final String htcds;

  DecisionOutcome(String htcds) {
    this.htcds = htcds;
  }

  /** The HTCDS 2.0 {@code vic_TraffickingStatus} value. */
  public String htcds() {
    return htcds;
  }
}
