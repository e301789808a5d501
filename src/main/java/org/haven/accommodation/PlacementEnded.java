package org.haven.accommodation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A placement ended. Carries ids, the date and the reason only. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record PlacementEnded(
    PlacementId placement,
    PersonId person,
    ShelterId shelter,
    LocalDate endedOn,
    PlacementEndReason reason,
    Instant occurredAt,
    UUID actor) {}
