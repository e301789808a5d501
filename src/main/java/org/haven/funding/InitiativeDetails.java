package org.haven.funding;

import java.util.List;
import java.util.UUID;
import org.haven.repatriation.Programme;

/**
 * An initiative as the centre enters it: the budget per year is in the plan's currency; {@code
 * fundsReturns}, when given, is the return programme whose support after return it pays for.
 */
public record InitiativeDetails(
    UUID plan,
    String name,
    String goal,
    Theme theme,
    UUID responsible,
    List<YearAmount> budgets,
    List<PlanIndicatorDetails> indicators,
    Programme fundsReturns) {

  public InitiativeDetails {
    budgets = budgets == null ? List.of() : List.copyOf(budgets);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
