package org.haven.repatriation;

/** Kinds of reintegration support after return. */
public enum SupportItemType {
  MONTHLY_ALLOWANCE,
  HOUSING,
  BUSINESS_START_UP,
  MEDICAL,
  SCHOOLING,
  CHILDREN_SCHOOLING,
  OTHER
}
