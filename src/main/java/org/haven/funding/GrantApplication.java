package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application for a grant under an initiative: the applying organisation (the caller's own when
 * left out), the amount asked for, the period and the purpose. {@code appliedOn} is for the centre
 * entering an application made on paper before (left out: today).
 */
public record GrantApplication(
    UUID initiative,
    UUID organisation,
    BigDecimal amount,
    String currency,
    LocalDate periodFrom,
    LocalDate periodTo,
    String purpose,
    LocalDate appliedOn) {

  /** An application made today, through Haven. */
  public GrantApplication(
      UUID initiative,
      UUID organisation,
      BigDecimal amount,
      String currency,
      LocalDate periodFrom,
      LocalDate periodTo,
      String purpose) {
    this(initiative, organisation, amount, currency, periodFrom, periodTo, purpose, null);
  }
}
