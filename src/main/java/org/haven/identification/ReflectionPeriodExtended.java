package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A period was extended. Carries ids, dates and the instant it happened only. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record ReflectionPeriodExtended(
    IdentificationId identification,
    PersonId person,
    int days,
    ExtensionGround ground,
    LocalDate endsOn,
    Instant occurredAt,
    UUID actor) {}
