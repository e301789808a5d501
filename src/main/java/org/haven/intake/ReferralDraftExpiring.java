package org.haven.intake;

import java.util.UUID;

/** A draft will be deleted soon unless its author sends or saves it. Carries ids only. */
public record ReferralDraftExpiring(ReferralId referral, UUID author) {}
