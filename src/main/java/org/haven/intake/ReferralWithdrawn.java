package org.haven.intake;

/** A referral was withdrawn by its sender. Carries ids only. */
public record ReferralWithdrawn(ReferralId referral) {}
