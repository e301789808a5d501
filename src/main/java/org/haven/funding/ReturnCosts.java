package org.haven.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations.YearCost;

/**
 * The support costs of returns that an initiative pays for, as repatriation recorded them: the sum
 * in the plan's currency and, apart, the sums in other currencies (never converted, never added to
 * the plan's money), with how many returns they were for in a single year (zero over several years,
 * where one return may count in two).
 *
 * @param programme the return programme whose support the initiative pays for
 * @param amount the costs in the plan's currency
 * @param otherCurrencies costs recorded in other currencies, one sum each, by currency code
 */
public record ReturnCosts(Programme programme, Money amount, List<Money> otherCurrencies) {

  public ReturnCosts {
    otherCurrencies = List.copyOf(otherCurrencies);
  }

  /** The costs of {@code programme} that fall in the years {@code within} accepts. */
  static ReturnCosts of(
      Programme programme, List<YearCost> costs, String currency, IntPredicate within) {
    Money amount = Money.zero(currency);
    Map<String, BigDecimal> others = new TreeMap<>();
    for (YearCost cost : costs) {
      if (!within.test(cost.year())) {
        continue;
      }
      if (cost.currency().equals(currency)) {
        amount = amount.plus(new Money(cost.total(), currency));
      } else {
        others.merge(cost.currency(), cost.total(), BigDecimal::add);
      }
    }
    List<Money> other = new ArrayList<>();
    others.forEach((code, sum) -> other.add(new Money(sum, code)));
    return new ReturnCosts(programme, amount, other);
  }
}
