package org.haven.repatriation;

/** Kinds of reintegration support after return. */
public enum SupportItemType {
  MONTHLY_ALLOWANCE,
  HOUSING,
  BUSINESS_START_UP,
  MEDICAL,
  SCHOOLING,
  CHILDREN_SCHOOLING,
  /** The return programme's reintegration grant, paid in cash or given in kind. */
  REINTEGRATION_GRANT,
  OTHER
}
