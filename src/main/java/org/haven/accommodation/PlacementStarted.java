package org.haven.accommodation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A person was placed in a shelter. Carries ids and dates only: never the shelter's address. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record PlacementStarted(
    PlacementId placement,
    PersonId person,
    ShelterId shelter,
    LocalDate startsOn,
    Instant occurredAt,
    UUID actor) {}
