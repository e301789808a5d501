package org.haven.information;

/** Where a translation of a help page stands. */
public enum TranslationStatus {
  /** Being written; not on the public pages. */
  DRAFT,
  /** Written, waiting for a reviewer; not on the public pages. */
  NEEDS_REVIEW,
  /** Reviewed and on the public pages. */
  PUBLISHED
}
