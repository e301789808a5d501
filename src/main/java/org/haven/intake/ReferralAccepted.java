package org.haven.intake;

import org.haven.people.PersonId;

/**
 * A referral was taken into identification by the centre, linked to a person record (absent for an
 * anonymous notification). Carries ids only.
 */
public record ReferralAccepted(ReferralId referral, PersonId person) {}
