package org.haven.identification;

import java.time.Instant;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * An interview was planned. Carries ids, dates and the instant it happened only. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record InterviewScheduled(
    IdentificationId identification,
    PersonId person,
    UUID interview,
    Instant scheduledAt,
    Instant occurredAt,
    UUID actor) {}
