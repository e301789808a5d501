package org.haven.audit;

/** How the audited act ended. */
public enum AuditOutcome {
  /** The act was carried out. */
  SUCCESS,
  /** The act was attempted and refused or failed. */
  FAILURE
}
