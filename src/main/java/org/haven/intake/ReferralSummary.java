package org.haven.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral as a list shows it: never a name, never the account. */
public record ReferralSummary(
    UUID id,
    ReferralStatus status,
    ReferralPath path,
    UUID sourceOrganisation,
    Channel channel,
    LocalDate encounterDate,
    boolean immediateDanger,
    boolean minor,
    Instant createdAt,
    Instant submittedAt) {}
