package org.haven.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import org.haven.people.PersonId;

/**
 * The person departed to the country of return; reintegration support runs until {@code
 * reintegrationEndsOn}.
 */
public record PersonReturned(
    RepatriationId repatriation,
    PersonId person,
    String destinationCountry,
    LocalDate departedOn,
    LocalDate reintegrationEndsOn,
    Instant occurredAt) {}
