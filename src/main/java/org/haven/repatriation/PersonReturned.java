package org.haven.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * The person departed to the country of return; reintegration support runs until {@code
 * reintegrationEndsOn}.
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record PersonReturned(
    RepatriationId repatriation,
    PersonId person,
    String destinationCountry,
    LocalDate departedOn,
    LocalDate reintegrationEndsOn,
    Instant occurredAt,
    UUID actor) {}
