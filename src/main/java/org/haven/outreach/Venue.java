package org.haven.outreach;

import java.util.UUID;

/**
 * A place in an NGO's register. The address is classified: it is here only when it was revealed to
 * the NGO itself or the centre, and that reading is audited.
 */
public record Venue(
    UUID id,
    UUID organisation,
    VenueType type,
    String name,
    String municipality,
    String area,
    String address,
    String notes,
    long version) {

  Venue withoutAddress() {
    return new Venue(id, organisation, type, name, municipality, area, null, notes, version);
  }
}
