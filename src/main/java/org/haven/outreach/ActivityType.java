package org.haven.outreach;

/** Where and how outreach meets people. */
public enum ActivityType {
  STREET,
  VENUE,
  MOBILE_HEALTH_VISIT,
  DROP_IN,
  ASYLUM_CENTRE,
  WORKPLACE,
  ONLINE;

  /** Whether a child met here is out of place: a venue of sex work or a workplace. */
  public boolean childOutOfPlace() {
    return this == VENUE || this == MOBILE_HEALTH_VISIT || this == WORKPLACE;
  }
}
