package org.haven.web;

import java.text.NumberFormat;
import java.util.Currency;
import org.haven.funding.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts of money as the reader writes numbers, with the ISO 4217 code after them: 118.200.000 DKK
 * in Danish, 118,200,000 DKK in English, 198,500.50 DKK when there are öre. The code, not a symbol:
 * kr. is Danish, Swedish and Norwegian alike. Templates: {@code @amounts}.
 */
@Component("amounts")
public class Amounts {

  public String format(Money money) {
    if (money == null) {
      return "–";
    }
    Currency currency = Currency.getInstance(money.currency());
    NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
    format.setGroupingUsed(true);
    boolean whole = money.amount().stripTrailingZeros().scale() <= 0;
    int digits = whole ? 0 : Math.max(0, currency.getDefaultFractionDigits());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(money.amount()) + "\u00a0" + currency.getCurrencyCode();
  }
}
