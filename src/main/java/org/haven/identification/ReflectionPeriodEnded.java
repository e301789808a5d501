package org.haven.identification;

import java.time.LocalDate;
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
    java.time.Instant occurredAt,
    java.util.UUID actor) {}
