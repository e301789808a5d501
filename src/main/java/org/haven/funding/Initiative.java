package org.haven.funding;

import java.util.List;
import java.util.UUID;
import org.haven.repatriation.Programme;

/**
 * An initiative of an action plan, carried out by one organisation: its budget per year (in the
 * plan's currency), indicators with targets, and its status with the dated history of changes;
 * {@code fundsReturns} is the return programme whose support after return it pays for, or null.
 */
public record Initiative(
    UUID id,
    UUID plan,
    String name,
    String goal,
    Theme theme,
    UUID responsible,
    InitiativeStatus status,
    Money budget,
    List<YearAmount> budgets,
    List<PlanIndicator> indicators,
    List<StatusChange> history,
    Programme fundsReturns,
    long version) {}
