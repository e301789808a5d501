package org.haven.funding;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A report a grant holder owes by a date, and what became of it: submitted with the spending and
 * figures, accepted, or sent back for changes (then due again).
 */
public record ReportingDuty(
    UUID id,
    UUID grant,
    UUID organisation,
    DutyKind kind,
    LocalDate dueOn,
    DutyStatus status,
    LocalDate submittedOn,
    Money spent,
    Map<String, Long> figures,
    String summary,
    LocalDate reviewedOn,
    String reviewNote,
    long version) {

  public ReportingDuty {
    figures = figures == null ? Map.of() : Map.copyOf(figures);
  }

  /** Owed and past its date. */
  public boolean overdue(LocalDate today) {
    return status.open() && dueOn.isBefore(today);
  }
}
