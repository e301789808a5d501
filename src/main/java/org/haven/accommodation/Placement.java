package org.haven.accommodation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/** A person's stay in a shelter: from its first day until it ends. */
public record Placement(
    PlacementId id,
    PersonId person,
    ShelterId shelter,
    TargetGroup targetGroup,
    LocalDate startsOn,
    LocalDate plannedTo,
    LocalDate endedOn,
    PlacementEndReason endReason,
    UUID createdBy,
    Instant createdAt,
    long version) {

  public boolean open() {
    return endedOn == null;
  }
}
