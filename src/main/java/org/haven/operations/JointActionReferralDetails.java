package org.haven.operations;

import java.util.List;
import org.haven.intake.Exploitation;
import org.haven.outreach.ContactAge;
import org.haven.outreach.Sex;

/**
 * A person met on a joint action whom a participant refers: what the referral draft is prefilled
 * with. Without consent the draft is anonymous; a child always takes the child path.
 */
public record JointActionReferralDetails(
    Sex sex,
    ContactAge ageBand,
    String citizenship,
    List<String> indicators,
    List<Exploitation> exploitation,
    Boolean consent,
    Boolean immediateDanger,
    String account) {}
