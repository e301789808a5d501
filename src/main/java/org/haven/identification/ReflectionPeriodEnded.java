package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A period ended, early or on its deadline. Carries ids, dates and the instant it happened only.
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record ReflectionPeriodEnded(
    IdentificationId identification,
    PersonId person,
    LocalDate endedOn,
    PeriodEndReason reason,
    Instant occurredAt,
    UUID actor) {}
