package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/** The person accepted (or declined) the period a positive decision opened. */
public record ReflectionPeriodAnswered(
    IdentificationId identification,
    PersonId person,
    boolean accepted,
    LocalDate on,
    Instant occurredAt,
    UUID actor) {}
