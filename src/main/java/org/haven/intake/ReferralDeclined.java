package org.haven.intake;

/** A referral was declined by the centre. Carries ids only. */
public record ReferralDeclined(ReferralId referral) {}
