package org.haven.accommodation;

import java.time.Instant;
import java.time.LocalDate;
import org.haven.people.PersonId;

/** A placement ended. Carries ids, the date and the reason only. */
public record PlacementEnded(
    PlacementId placement,
    PersonId person,
    ShelterId shelter,
    LocalDate endedOn,
    PlacementEndReason reason,
    Instant occurredAt) {}
