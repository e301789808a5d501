package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision on an application: granted in full, in part (a smaller amount) or refused; the
 * conditions, the date, and the reports the holder will owe.
 */
public record GrantDecision(
    Outcome outcome,
    BigDecimal amount,
    String conditions,
    LocalDate decidedOn,
    List<DutyDetails> duties) {

  public GrantDecision {
    duties = duties == null ? List.of() : List.copyOf(duties);
  }

  public enum Outcome {
    GRANTED,
    PARTLY,
    REFUSED
  }
}
