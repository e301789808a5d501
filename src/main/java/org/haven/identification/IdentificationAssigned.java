package org.haven.identification;

import java.time.Instant;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A member of the centre's staff now holds the identification. Carries ids, dates and the instant
 * it happened only.
 */
public record IdentificationAssigned(
    IdentificationId identification, PersonId person, UUID assignedTo, Instant occurredAt) {}
