package org.haven.identification;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Lets tests outside this package run the deadline check for a chosen day. */
@Component
public class PeriodDeadlinesProbe {

  private final PeriodDeadlines deadlines;

  PeriodDeadlinesProbe(PeriodDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  public int check(LocalDate today) {
    return deadlines.check(today);
  }
}
