package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import org.haven.people.PersonId;

/**
 * A period is nearing its end: {@code daysLeft} is the warning reached (7, then 2 by default).
 * Carries ids, dates and the instant it happened only.
 */
public record ReflectionPeriodEnding(
    IdentificationId identification,
    PersonId person,
    LocalDate endsOn,
    int daysLeft,
    Instant occurredAt) {}
