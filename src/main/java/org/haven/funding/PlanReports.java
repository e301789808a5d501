package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Organisations;
import org.haven.outreach.Outreach;
import org.haven.repatriation.Repatriations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the action plan achieved in a year, for the status report: every sum is a sum of recorded
 * amounts, exact, computed by the database over the year's decisions, payments and reports; the
 * indicators' results are read from Haven's own records where an indicator is bound to one.
 */
@Service
public class PlanReports {

  private final JdbcClient jdbc;
  private final Funding funding;
  private final Training training;
  private final Organisations organisations;
  private final Outreach outreach;
  private final Repatriations repatriations;

  PlanReports(
      JdbcClient jdbc,
      Funding funding,
      Training training,
      Organisations organisations,
      Outreach outreach,
      Repatriations repatriations) {
    this.jdbc = jdbc;
    this.funding = funding;
    this.training = training;
    this.organisations = organisations;
    this.outreach = outreach;
    this.repatriations = repatriations;
  }

  /** The status report's action-plan section for {@code year}. */
  @Transactional(readOnly = true)
  public ActionPlanYear year(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate until = from.plusYears(1);
    Map<UUID, BigDecimal> budgets = new HashMap<>();
    jdbc.sql("SELECT initiative_id, amount FROM funding.initiative_budget WHERE year = ?")
        .param(year)
        .query(
            rs -> {
              budgets.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
            });
    Map<UUID, BigDecimal> granted =
        sums(
            """
        SELECT initiative_id, sum(granted) FROM funding.grant_award
        WHERE granted IS NOT NULL AND decided_on >= ? AND decided_on < ?
        GROUP BY initiative_id
        """,
            from,
            until);
    Map<UUID, BigDecimal> disbursed = payments("PAYMENT", from, until);
    Map<UUID, BigDecimal> repaid = payments("REPAYMENT", from, until);
    Map<UUID, BigDecimal> spent =
        sums(
            """
        SELECT g.initiative_id, sum(d.spent) FROM funding.reporting_duty d
        JOIN funding.grant_award g ON g.id = d.grant_id
        WHERE d.spent IS NOT NULL AND d.status IN ('SUBMITTED', 'ACCEPTED')
          AND d.due_on >= ? AND d.due_on < ?
        GROUP BY g.initiative_id
        """,
            from,
            until);
    Map<UUID, Map<String, BigDecimal>> reported = reportedFigures(from, until);
    Map<UUID, Set<UUID>> holders = new HashMap<>();
    jdbc.sql("SELECT DISTINCT initiative_id, organisation FROM funding.grant_award")
        .query(
            rs -> {
              holders
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>())
                  .add(rs.getObject(2, UUID.class));
            });
    Map<UUID, String> names = organisations.names();

    List<ActionPlanYear.PlanYear> plans = new ArrayList<>();
    for (ActionPlan plan : funding.plans()) {
      if (!plan.covers(year)) {
        continue;
      }
      String currency = plan.budget().currency();
      ActionPlanYear.Sums planSums = ActionPlanYear.Sums.zero(currency);
      List<ActionPlanYear.InitiativeYear> lines = new ArrayList<>();
      for (Initiative initiative : funding.initiatives(plan.id())) {
        UUID id = initiative.id();
        ActionPlanYear.Sums sums =
            new ActionPlanYear.Sums(
                money(budgets.get(id), currency),
                money(granted.get(id), currency),
                money(disbursed.get(id), currency),
                money(repaid.get(id), currency),
                money(spent.get(id), currency));
        planSums = planSums.plus(sums);
        Set<UUID> whose = new LinkedHashSet<>();
        whose.add(initiative.responsible());
        whose.addAll(holders.getOrDefault(id, Set.of()));
        List<ActionPlanYear.IndicatorYear> indicators = new ArrayList<>();
        for (PlanIndicator indicator : initiative.indicators()) {
          BigDecimal target =
              indicator.targets().stream()
                  .filter(t -> t.year() == year)
                  .map(YearAmount::amount)
                  .findFirst()
                  .orElse(null);
          indicators.add(
              new ActionPlanYear.IndicatorYear(
                  indicator.name(),
                  indicator.unit(),
                  indicator.measure(),
                  target,
                  actual(indicator, initiative, whose, year, reported.getOrDefault(id, Map.of()))));
        }
        lines.add(
            new ActionPlanYear.InitiativeYear(
                id,
                initiative.name(),
                initiative.theme(),
                names.getOrDefault(initiative.responsible(), ""),
                initiative.status(),
                sums,
                indicators));
      }
      lines.sort(Comparator.comparing(ActionPlanYear.InitiativeYear::name));
      plans.add(
          new ActionPlanYear.PlanYear(
              plan.id(),
              plan.name(),
              plan.startsOn(),
              plan.endsOn(),
              plan.budget(),
              planSums,
              lines));
    }
    Map<Sector, Long> bySector = training.participants(year);
    return new ActionPlanYear(
        year,
        plans,
        new ActionPlanYear.TrainingYear(
            training.sessions(year),
            bySector,
            bySector.values().stream().mapToLong(Long::longValue).sum()));
  }

  /**
   * An indicator's result in the year: a bound measure is read from the records (outreach contacts
   * of the initiative's organisations, repatriations with a reintegration plan, people trained in
   * the initiative's courses); otherwise the sum of the figures reported under its name, if any.
   */
  private BigDecimal actual(
      PlanIndicator indicator,
      Initiative initiative,
      Set<UUID> organisations,
      int year,
      Map<String, BigDecimal> reported) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    return switch (indicator.measure()) {
      case OUTREACH_CONTACTS -> BigDecimal.valueOf(outreach.contacts(from, to, organisations));
      case REPATRIATIONS -> BigDecimal.valueOf(repatriations.returnedWithPlan(from, to));
      case TRAINING_PARTICIPANTS -> {
        long linked = training.participants(initiative.id(), year);
        yield BigDecimal.valueOf(
            linked == 0 && initiative.theme() == Theme.TRAINING
                ? training.participants(year).values().stream().mapToLong(Long::longValue).sum()
                : linked);
      }
      case NONE -> reported.get(key(indicator.name()));
    };
  }

  private Map<UUID, BigDecimal> payments(String kind, LocalDate from, LocalDate until) {
    return sums(
        """
        SELECT g.initiative_id, sum(p.amount) FROM funding.grant_payment p
        JOIN funding.grant_award g ON g.id = p.grant_id
        WHERE p.kind = '%s' AND p.paid_on >= ? AND p.paid_on < ?
        GROUP BY g.initiative_id
        """
            .formatted(kind),
        from,
        until);
  }

  private Map<UUID, BigDecimal> sums(String sql, LocalDate from, LocalDate until) {
    Map<UUID, BigDecimal> sums = new HashMap<>();
    jdbc.sql(sql)
        .params(from, until)
        .query(
            rs -> {
              sums.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
            });
    return sums;
  }

  /** Figures in reports due in the year, by initiative and figure name (case and space folded). */
  private Map<UUID, Map<String, BigDecimal>> reportedFigures(LocalDate from, LocalDate until) {
    Map<UUID, Map<String, BigDecimal>> figures = new HashMap<>();
    jdbc.sql(
            """
            SELECT g.initiative_id, d.figures FROM funding.reporting_duty d
            JOIN funding.grant_award g ON g.id = d.grant_id
            WHERE d.figures IS NOT NULL AND d.status IN ('SUBMITTED', 'ACCEPTED')
              AND d.due_on >= ? AND d.due_on < ?
            """)
        .params(from, until)
        .query(
            rs -> {
              Map<String, BigDecimal> sums =
                  figures.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>());
              for (String line : rs.getString(2).split("\n")) {
                int eq = line.lastIndexOf('=');
                if (eq > 0) {
                  sums.merge(
                      key(line.substring(0, eq)),
                      new BigDecimal(line.substring(eq + 1)),
                      BigDecimal::add);
                }
              }
            });
    return figures;
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private static Money money(BigDecimal amount, String currency) {
    return amount == null ? Money.zero(currency) : new Money(amount, currency);
  }
}
