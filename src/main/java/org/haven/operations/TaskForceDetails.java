package org.haven.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task force as it is set up or changed: name, purpose, the lead and member organisations, named
 * members of them, the sector (ISIC section) and the period.
 */
public record TaskForceDetails(
    String name,
    String purpose,
    UUID lead,
    List<UUID> organisations,
    List<UUID> members,
    String sector,
    LocalDate startsOn,
    LocalDate endsOn) {

  public TaskForceDetails {
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    members = members == null ? List.of() : List.copyOf(members);
  }
}
