package org.haven.funding;

import java.util.List;

/** An indicator of an initiative with a target for each year. */
public record PlanIndicatorDetails(
    String name, String unit, Measure measure, List<YearAmount> targets) {

  public PlanIndicatorDetails {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }
}
