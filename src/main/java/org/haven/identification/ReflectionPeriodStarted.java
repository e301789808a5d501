package org.haven.identification;

import java.time.LocalDate;
import org.haven.people.PersonId;

/**
 * A reflection or restitution period began. Carries ids, dates and the instant it happened only.
 */
public record ReflectionPeriodStarted(
    IdentificationId identification,
    PersonId person,
    PeriodType type,
    LocalDate start,
    LocalDate endsOn,
    java.time.Instant occurredAt) {}
