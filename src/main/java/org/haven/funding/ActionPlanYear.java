package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The action plan's section of a year's status report: each plan that runs in the year with its
 * initiatives, what they were budgeted, granted, paid, paid back and reported spent in the year,
 * their indicators' targets and results, and the year's training by sector. Money only, counts
 * only: nothing about a person.
 */
public record ActionPlanYear(int year, List<PlanYear> plans, TrainingYear training) {

  /** A plan's year; {@code budget} is the whole plan's, the other sums are the year's. */
  public record PlanYear(
      UUID id,
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      Money budget,
      Sums sums,
      List<InitiativeYear> initiatives) {}

  /**
   * An initiative's year: its status today and the year's money and indicators; {@code returnCosts}
   * the year's support costs of the returns it pays for, with those recorded in other currencies
   * than the plan's (null when it pays for none).
   */
  public record InitiativeYear(
      UUID id,
      String name,
      Theme theme,
      String responsible,
      InitiativeStatus status,
      Sums sums,
      List<IndicatorYear> indicators,
      ReturnCosts returnCosts) {}

  /**
   * The year's money: the budget for the year, granted by decisions in the year, paid out and paid
   * back in the year, spent as reported in reports due in the year, and the support costs that fall
   * in the year of the returns the initiative pays for (in the plan's currency; recorded with the
   * returns, not reported by a holder).
   */
  public record Sums(
      Money budget, Money granted, Money disbursed, Money repaid, Money spent, Money returnCosts) {

    static Sums zero(String currency) {
      Money zero = Money.zero(currency);
      return new Sums(zero, zero, zero, zero, zero, zero);
    }

    Sums plus(Sums other) {
      return new Sums(
          budget.plus(other.budget),
          granted.plus(other.granted),
          disbursed.plus(other.disbursed),
          repaid.plus(other.repaid),
          spent.plus(other.spent),
          returnCosts.plus(other.returnCosts));
    }
  }

  /**
   * An indicator's year: the target, and the actual value read from Haven's records for a bound
   * measure or summed from the figures holders reported under the indicator's name; null where
   * neither is known.
   */
  public record IndicatorYear(
      String name, String unit, Measure measure, BigDecimal target, BigDecimal actual) {}

  /** Training in the year: sessions begun in it, and participants by sector. */
  public record TrainingYear(long sessions, Map<Sector, Long> bySector, long total) {}
}
