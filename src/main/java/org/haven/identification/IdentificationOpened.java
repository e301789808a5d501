package org.haven.identification;

import java.time.Instant;
import java.util.UUID;
import org.haven.intake.ReferralId;
import org.haven.people.PersonId;

/**
 * An accepted referral opened an identification process for a person. Carries ids, dates and the
 * instant it happened only.
 */
public record IdentificationOpened(
    IdentificationId identification,
    PersonId person,
    ReferralId referral,
    UUID assignedTo,
    Instant occurredAt) {}
