package org.haven.identification;

import java.time.Instant;
import java.util.UUID;
import org.haven.people.PersonId;

/** An interview was planned. Carries ids, dates and the instant it happened only. */
public record InterviewScheduled(
    IdentificationId identification,
    PersonId person,
    UUID interview,
    Instant scheduledAt,
    java.time.Instant occurredAt) {}
