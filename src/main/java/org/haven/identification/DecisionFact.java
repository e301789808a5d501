package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.intake.Exploitation;
import org.haven.people.PersonId;

/**
 * What a decision established, in codes only: for statistics. No reasoning, no names.
 *
 * @param mainForm the main form recorded, or null
 */
public record DecisionFact(
    UUID decision,
    PersonId person,
    DecisionOutcome outcome,
    Authority authority,
    LocalDate decidedOn,
    List<Exploitation> forms,
    Exploitation mainForm,
    List<LabourIndustry> industries,
    Instant recordedAt,
    boolean mainUndetermined) {}
