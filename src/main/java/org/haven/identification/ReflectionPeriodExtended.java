package org.haven.identification;

import java.time.LocalDate;
import org.haven.people.PersonId;

/** A period was extended. Carries ids, dates and the instant it happened only. */
public record ReflectionPeriodExtended(
    IdentificationId identification,
    PersonId person,
    int days,
    ExtensionGround ground,
    LocalDate endsOn,
    java.time.Instant occurredAt) {}
