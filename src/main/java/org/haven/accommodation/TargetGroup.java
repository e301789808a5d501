package org.haven.accommodation;

/** Whom a shelter's places are for. */
public enum TargetGroup {
  WOMEN,
  MEN,
  CHILDREN,
  FAMILIES,
  LGBTQ_SAFE
}
