package org.haven.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.haven.access.InvalidInput;

/**
 * An exact amount in an ISO 4217 currency: a decimal with at most the currency's minor digits (two
 * for DKK, SEK and EUR), never a floating-point number. Amounts of different currencies are never
 * added.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  public Money {
    if (amount == null || currency == null) {
      throw new IllegalArgumentException("An amount needs a value and a currency");
    }
  }

  /** Checked input: a known ISO 4217 code, no more decimals than the currency has, not negative. */
  public static Money of(String field, BigDecimal amount, String currency) {
    String code = currency(field + "Currency", currency);
    if (amount == null) {
      throw new InvalidInput(field, "validation.required");
    }
    if (amount.signum() < 0) {
      throw new InvalidInput(field, "funding.negative");
    }
    int digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > digits) {
      throw new InvalidInput(field, "funding.tooManyDecimals", digits);
    }
    if (amount.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
      throw new InvalidInput(field, "funding.tooLarge");
    }
    return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), code);
  }

  /** A known ISO 4217 currency code, in capitals. */
  public static String currency(String field, String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInput(field, "validation.required");
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{3}")) {
      throw new InvalidInput(field, "funding.currency");
    }
    try {
      Currency.getInstance(upper);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInput(field, "funding.currency");
    }
    return upper;
  }

  public static Money zero(String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return new Money(BigDecimal.ZERO.setScale(digits), currency);
  }

  public Money plus(Money other) {
    same(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    same(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public boolean exceeds(Money other) {
    same(other);
    return amount.compareTo(other.amount) > 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    same(other);
    return amount.compareTo(other.amount);
  }

  private void same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Amounts in " + currency + " and " + other.currency + " are not added");
    }
  }
}
