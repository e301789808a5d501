package org.haven.outreach;

/** The kinds of place an NGO visits. */
public enum VenueType {
  MASSAGE_CLINIC,
  BROTHEL,
  STRIP_CLUB,
  PRIVATE_APARTMENT,
  STREET_AREA,
  WORKPLACE,
  ASYLUM_CENTRE,
  DROP_IN_CENTRE,
  ONLINE_PLATFORM,
  OTHER
}
