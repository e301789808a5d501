package org.haven.web.forms;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    boolean whole = money.amount().stripTrailingZeros().scale() <= 0;
    int digits = whole ? 0 : Math.max(0, currency.getDefaultFractionDigits());
    Locale locale = LocaleContextHolder.getLocale();
    // a format is costly to make and not thread-safe: one per thread, language and digits
    NumberFormat format =
        FORMATS
            .get()
            .computeIfAbsent(
                locale.toLanguageTag() + "/" + digits,
                k -> {
                  NumberFormat made = NumberFormat.getNumberInstance(locale);
                  made.setGroupingUsed(true);
                  made.setMinimumFractionDigits(digits);
                  made.setMaximumFractionDigits(digits);
                  return made;
                });
    return format.format(money.amount()) + "\u00a0" + currency.getCurrencyCode();
  }

  private static final ThreadLocal<Map<String, NumberFormat>> FORMATS =
      ThreadLocal.withInitial(HashMap::new);
}
