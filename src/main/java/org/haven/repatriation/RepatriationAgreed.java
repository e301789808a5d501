package org.haven.repatriation;

import java.time.Instant;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * The person accepted a prepared repatriation. Ids and the instant only. *
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record RepatriationAgreed(
    RepatriationId repatriation,
    PersonId person,
    Programme programme,
    Instant occurredAt,
    UUID actor) {}
