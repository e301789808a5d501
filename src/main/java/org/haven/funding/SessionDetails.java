package org.haven.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session of a course as entered: its days, the town, the organisations whose staff took part and
 * how many took part from each sector.
 */
public record SessionDetails(
    LocalDate heldOn,
    LocalDate endsOn,
    String place,
    List<UUID> organisations,
    Map<Sector, Integer> participants) {

  public SessionDetails {
    organisations = organisations == null ? List.of() : organisations;
    participants = participants == null ? Map.of() : participants;
  }
}
