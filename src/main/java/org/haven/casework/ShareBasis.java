package org.haven.casework;

/** Why a case may be shared: the person's consent, or a legal basis (e.g. a child's case). */
public enum ShareBasis {
  CONSENT,
  LEGAL_BASIS
}
