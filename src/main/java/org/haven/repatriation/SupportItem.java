package org.haven.repatriation;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of support after return.
 *
 * @param amount per month for a monthly allowance, else the whole amount
 * @param currency ISO 4217 code
 * @param months how many months it runs (1 for a one-off)
 * @param inKind given in kind (goods, services paid for the person) rather than paid in cash
 */
@Table(schema = "repatriation", name = "support_item")
public record SupportItem(
    SupportItemType type,
    BigDecimal amount,
    String currency,
    int months,
    String note,
    boolean inKind) {

  /** An item paid in cash. */
  public SupportItem(
      SupportItemType type, BigDecimal amount, String currency, int months, String note) {
    this(type, amount, currency, months, note, false);
  }

  /** What the item costs in all. */
  public BigDecimal total() {
    return type == SupportItemType.MONTHLY_ALLOWANCE
        ? amount.multiply(BigDecimal.valueOf(months))
        : amount;
  }
}
