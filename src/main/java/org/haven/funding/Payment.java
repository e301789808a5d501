package org.haven.funding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Money paid out under a grant ({@code PAYMENT}) or unspent money paid back ({@code REPAYMENT}).
 */
public record Payment(UUID id, Kind kind, LocalDate paidOn, Money amount, String note) {

  public enum Kind {
    PAYMENT,
    REPAYMENT
  }
}
