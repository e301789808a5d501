package org.haven.operations;

import java.time.LocalDate;
import java.util.UUID;

/** A person met on a joint action was referred: which referral, from which action, when. */
public record JointActionReferred(UUID action, UUID referral, LocalDate heldOn) {}
