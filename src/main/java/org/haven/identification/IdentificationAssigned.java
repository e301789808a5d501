package org.haven.identification;

import org.haven.people.PersonId;

/**
 * A member of the centre's staff now holds the identification. Carries ids, dates and the instant
 * it happened only.
 */
public record IdentificationAssigned(
    IdentificationId identification,
    PersonId person,
    java.util.UUID assignedTo,
    java.time.Instant occurredAt) {}
