package org.haven.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.intake.Exploitation;
import org.haven.people.PersonId;

/**
 * One identification as an export row sees it: ids, the referral date and the current decision in
 * codes (no reasoning, no notes).
 *
 * @param outcome the current decision's outcome, or null while undecided
 */
public record CaseFacts(
    UUID identification,
    PersonId person,
    LocalDate referralDate,
    DecisionOutcome outcome,
    Authority authority,
    LocalDate decidedOn,
    List<Exploitation> forms,
    Exploitation mainForm,
    List<LabourIndustry> industries,
    String exploitationCountry,
    boolean mainUndetermined) {}
