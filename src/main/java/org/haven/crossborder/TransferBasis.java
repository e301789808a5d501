package org.haven.crossborder;

/** Why a case may leave the country. */
public enum TransferBasis {
  /** The person's own consent. */
  CONSENT,
  /** For a child: the consent of the guardian (or the child's appointed representative). */
  GUARDIAN_CONSENT,
  /** A cited legal basis (a provision of law, a court order). */
  LEGAL_BASIS;

  /** Whether a withdrawal of the person's consent ends transfers on this basis. */
  public boolean restsOnConsent() {
    return this != LEGAL_BASIS;
  }
}
