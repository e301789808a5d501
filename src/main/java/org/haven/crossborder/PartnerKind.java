package org.haven.crossborder;

/** The kind of partner installation. */
public enum PartnerKind {
  /** Another country's national centre (or its equivalent authority). */
  CENTRE,
  /** A return organisation such as IOM, running voluntary return and reintegration. */
  RETURN_ORGANISATION
}
