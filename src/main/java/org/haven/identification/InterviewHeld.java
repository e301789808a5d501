package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * An interview was held. Carries ids, dates and the instant it happened only. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record InterviewHeld(
    IdentificationId identification,
    PersonId person,
    UUID interview,
    LocalDate heldOn,
    Conductor conductor,
    Instant occurredAt,
    UUID actor) {}
