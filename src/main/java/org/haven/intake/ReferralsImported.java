package org.haven.intake;

import java.util.List;

/**
 * Referrals delivered in an import were recorded, many at once (as sent and accepted): one event
 * per batch, with their ids only.
 */
public record ReferralsImported(List<ReferralId> referrals) {}
