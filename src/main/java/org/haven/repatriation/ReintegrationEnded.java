package org.haven.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * The reintegration period ended, with its outcome. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record ReintegrationEnded(
    RepatriationId repatriation,
    PersonId person,
    ReintegrationOutcome outcome,
    LocalDate endedOn,
    Instant occurredAt,
    UUID actor) {}
