package org.haven.funding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A national action plan: a period, a total budget in one currency and where the money comes from.
 */
public record ActionPlan(
    UUID id,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    Money budget,
    String source,
    long version) {

  /** The plan's years, first to last. */
  public boolean covers(int year) {
    return year >= startsOn.getYear() && year <= endsOn.getYear();
  }
}
