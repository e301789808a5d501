package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A reflection or restitution period began. Carries ids, dates and the instant it happened only.
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record ReflectionPeriodStarted(
    IdentificationId identification,
    PersonId person,
    PeriodType type,
    LocalDate start,
    LocalDate endsOn,
    Instant occurredAt,
    UUID actor) {}
