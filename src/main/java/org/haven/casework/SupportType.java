package org.haven.casework;

/**
 * Kinds of support: the HTCDS support-plan types, then the national offers of the reflection
 * period.
 */
public enum SupportType {
  EDUCATION,
  FINANCIAL,
  HEALTH,
  LEGAL,
  LIVELIHOOD,
  SOCIAL_CARE,
  HOUSING,
  FAMILY,
  ACCOMMODATION,
  MEDICAL,
  PSYCHOLOGICAL,
  LEGAL_AID,
  EDUCATION_ACTIVITY,
  OTHER
}
