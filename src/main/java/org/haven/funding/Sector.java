package org.haven.funding;

/** Where frontline staff who are trained work: the sectors the status report counts. */
public enum Sector {
  POLICE,
  PROSECUTION,
  IMMIGRATION,
  MUNICIPALITY,
  HEALTH,
  TAX,
  LABOUR_INSPECTION,
  NGO,
  SHELTER,
  OTHER
}
