package org.haven.funding;

import java.util.List;
import java.util.UUID;

/** An initiative as the centre enters it: the budget per year is in the plan's currency. */
public record InitiativeDetails(
    UUID plan,
    String name,
    String goal,
    Theme theme,
    UUID responsible,
    List<YearAmount> budgets,
    List<PlanIndicatorDetails> indicators) {

  public InitiativeDetails {
    budgets = budgets == null ? List.of() : List.copyOf(budgets);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
