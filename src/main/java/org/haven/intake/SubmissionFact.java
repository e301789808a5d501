package org.haven.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral as sent to the centre, for statistics: when, by which channel, from which
 * organisation, on which path, and whether it concerns a child. Ids and codes only.
 */
public record SubmissionFact(
    UUID referral,
    Instant submittedAt,
    Channel channel,
    UUID organisation,
    ReferralPath path,
    boolean minor) {}
