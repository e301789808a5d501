package org.haven.identification;

import java.time.LocalDate;
import org.haven.people.PersonId;

/**
 * A period ended, early or on its deadline. Carries ids, dates and the instant it happened only.
 */
public record ReflectionPeriodEnded(
    IdentificationId identification,
    PersonId person,
    LocalDate endedOn,
    PeriodEndReason reason,
    java.time.Instant occurredAt) {}
