package org.haven.repatriation;

/** The programme a return runs under; each has its own eligibility note in the interface. */
public enum Programme {
  /**
   * Denmark's prepared repatriation for victims of trafficking (reintegration support up to six
   * months).
   */
  PREPARED_REPATRIATION,
  /** Sweden's voluntary return programme for victims and persons in prostitution, run by IOM. */
  VOLUNTARY_RETURN_IOM,
  /** Another return or reintegration programme. */
  OTHER
}
