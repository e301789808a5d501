package org.haven.intake;

/** A referral was sent to the centre. Carries ids only. */
public record ReferralSubmitted(ReferralId referral) {}
