package org.haven.outreach;

/** A venue as the NGO registers it. */
public record VenueDetails(
    VenueType type, String name, String municipality, String area, String address, String notes) {}
