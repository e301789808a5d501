package org.haven.funding;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A report as the holder submits it: the money spent in the period (in the grant's currency), the
 * figures (name to whole number, e.g. outreach contacts) and a short account.
 */
public record ReportDetails(BigDecimal spent, Map<String, Long> figures, String summary) {

  public ReportDetails {
    figures = figures == null ? Map.of() : Map.copyOf(figures);
  }
}
