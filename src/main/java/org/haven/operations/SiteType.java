package org.haven.operations;

/** The kind of place a joint action inspects. */
public enum SiteType {
  BUILDING_SITE,
  CAR_WASH,
  FARM,
  CLEANING_COMPANY,
  MASSAGE_PARLOUR,
  NIGHTCLUB,
  RESTAURANT,
  FACTORY,
  WAREHOUSE,
  SHOP,
  HOUSING,
  OTHER
}
