package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.access.Actor;
import org.haven.access.Organisations;
import org.haven.accommodation.Placements;
import org.haven.outreach.Outreach;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
  private final Placements placements;

  PlanReports(
      JdbcClient jdbc,
      Funding funding,
      Training training,
      Organisations organisations,
      Outreach outreach,
      Repatriations repatriations,
      Placements placements) {
    this.placements = placements;
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
        ReturnCosts costs = returnCosts(initiative, currency, year);
        ActionPlanYear.Sums sums =
            new ActionPlanYear.Sums(
                money(budgets.get(id), currency),
                money(granted.get(id), currency),
                money(disbursed.get(id), currency),
                money(repaid.get(id), currency),
                money(spent.get(id), currency),
                costs == null ? Money.zero(currency) : costs.amount());
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
                indicators,
                costs));
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
    return new ActionPlanYear(year, plans, training.year(year));
  }

  /**
   * One line of the ministry's export: an initiative's year, or one holder's year under it. {@code
   * organisation} is null and {@code budget} set on an initiative's line; the reverse on a
   * holder's.
   */
  public record MoneyLine(
      String initiative,
      String organisation,
      int year,
      String currency,
      BigDecimal budget,
      BigDecimal granted,
      BigDecimal disbursed,
      BigDecimal repaid,
      BigDecimal spent,
      BigDecimal returnCosts) {}

  /**
   * The plan's money by initiative and year ({@code byOrganisation} false) or by initiative, holder
   * and year (true): budget for the year, granted by decisions in it, paid out and paid back in it,
   * spent as reported in reports due in it; on an initiative's line also the support costs that
   * fall in the year of the returns it pays for (in the plan's currency), null on a holder's. Every
   * figure is a database sum of recorded amounts; lines are ordered by initiative, year and holder,
   * so the same records give the same file.
   */
  // no transaction: under read committed it would not make the queries one snapshot, and the
  // plan's page asks at every view (a kept result is one query for the version)
  public List<MoneyLine> lines(UUID planId, boolean byOrganisation, Actor by) {
    if (!FundingPolicy.mayReadAll(by)) {
      throw new AccessDeniedException("The plan's money is read by the ministry and the centre");
    }
    if (!byOrganisation) {
      // the initiatives' lines carry return costs, which change outside the funding records
      return computeLines(planId, false);
    }
    // the holders' lines depend on the funding records only: kept for their version counter, as
    // the overview is (the plan's page shows them at every view)
    long version =
        jdbc.sql("SELECT version FROM funding.data_version WHERE id = 1")
            .query(Long.class)
            .single();
    KeptLines kept = holderLines.get(planId);
    if (kept != null && kept.version() == version) {
      return kept.lines();
    }
    List<MoneyLine> computed = computeLines(planId, true);
    if (holderLines.size() >= 64) {
      holderLines.clear();
    }
    holderLines.put(planId, new KeptLines(version, computed));
    return computed;
  }

  /** Holders' lines kept for the records' version they were summed at. */
  private record KeptLines(long version, List<MoneyLine> lines) {}

  private final Map<UUID, KeptLines> holderLines = new ConcurrentHashMap<>();

  private List<MoneyLine> computeLines(UUID planId, boolean byOrganisation) {
    ActionPlan plan = funding.plan(planId);
    String currency = plan.budget().currency();
    Map<UUID, String> names = organisations.names();
    record Key(UUID initiative, UUID organisation, int year) {}
    Map<Key, BigDecimal[]> sums = new HashMap<>();
    String holder = byOrganisation ? "g.organisation" : "NULL::uuid";
    String[] queries = {
      "SELECT g.initiative_id, %s, extract(YEAR FROM g.decided_on)::int, sum(g.granted)"
          + " FROM funding.grant_award g JOIN funding.initiative i ON i.id = g.initiative_id"
          + " WHERE i.plan_id = ? AND g.granted IS NOT NULL GROUP BY 1, 2, 3",
      "SELECT g.initiative_id, %s, extract(YEAR FROM p.paid_on)::int, sum(p.amount)"
          + " FROM funding.grant_payment p JOIN funding.grant_award g ON g.id = p.grant_id"
          + " JOIN funding.initiative i ON i.id = g.initiative_id"
          + " WHERE i.plan_id = ? AND p.kind = 'PAYMENT' GROUP BY 1, 2, 3",
      "SELECT g.initiative_id, %s, extract(YEAR FROM p.paid_on)::int, sum(p.amount)"
          + " FROM funding.grant_payment p JOIN funding.grant_award g ON g.id = p.grant_id"
          + " JOIN funding.initiative i ON i.id = g.initiative_id"
          + " WHERE i.plan_id = ? AND p.kind = 'REPAYMENT' GROUP BY 1, 2, 3",
      "SELECT g.initiative_id, %s, extract(YEAR FROM d.due_on)::int, sum(d.spent)"
          + " FROM funding.reporting_duty d JOIN funding.grant_award g ON g.id = d.grant_id"
          + " JOIN funding.initiative i ON i.id = g.initiative_id"
          + " WHERE i.plan_id = ? AND d.spent IS NOT NULL AND d.status IN ('SUBMITTED', 'ACCEPTED')"
          + " GROUP BY 1, 2, 3"
    };
    for (int column = 0; column < queries.length; column++) {
      int at = column + 1;
      jdbc.sql(queries[column].formatted(holder))
          .param(planId)
          .query(
              rs -> {
                Key key =
                    new Key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3));
                sums.computeIfAbsent(key, k -> new BigDecimal[6])[at] = rs.getBigDecimal(4);
              });
    }
    if (!byOrganisation) {
      jdbc.sql(
              """
              SELECT b.initiative_id, b.year, b.amount FROM funding.initiative_budget b
              JOIN funding.initiative i ON i.id = b.initiative_id WHERE i.plan_id = ?
              """)
          .param(planId)
          .query(
              rs -> {
                Key key = new Key(rs.getObject(1, UUID.class), null, rs.getInt(2));
                sums.computeIfAbsent(key, k -> new BigDecimal[6])[0] = rs.getBigDecimal(3);
              });
    }
    if (!byOrganisation) {
      Map<UUID, Programme> paying = new HashMap<>();
      jdbc.sql(
              "SELECT id, funds_returns FROM funding.initiative WHERE plan_id = ? AND funds_returns IS NOT NULL")
          .param(planId)
          .query(
              rs -> {
                paying.put(rs.getObject(1, UUID.class), Programme.valueOf(rs.getString(2)));
              });
      for (Map.Entry<UUID, Programme> initiative : paying.entrySet()) {
        for (Repatriations.YearCost cost :
            repatriations.supportCostsByYear(initiative.getValue())) {
          if (plan.covers(cost.year()) && cost.currency().equals(currency)) {
            Key key = new Key(initiative.getKey(), null, cost.year());
            sums.computeIfAbsent(key, k -> new BigDecimal[6])[5] = cost.total();
          }
        }
      }
    }
    Map<UUID, String> initiatives = new HashMap<>();
    jdbc.sql("SELECT id, name FROM funding.initiative WHERE plan_id = ?")
        .param(planId)
        .query(
            rs -> {
              initiatives.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
    List<Map.Entry<Key, BigDecimal[]>> entries = new ArrayList<>(sums.entrySet());
    Comparator<UUID> byId = Comparator.nullsFirst(Comparator.naturalOrder());
    entries.sort(
        Comparator.comparing(
                (Map.Entry<Key, BigDecimal[]> e) -> initiatives.get(e.getKey().initiative()))
            .thenComparing(e -> e.getKey().initiative())
            .thenComparingInt(e -> e.getKey().year())
            .thenComparing(
                e ->
                    e.getKey().organisation() == null
                        ? ""
                        : names.getOrDefault(e.getKey().organisation(), ""))
            .thenComparing(e -> e.getKey().organisation(), byId));
    List<MoneyLine> lines = new ArrayList<>();
    for (Map.Entry<Key, BigDecimal[]> entry : entries) {
      Key key = entry.getKey();
      BigDecimal[] values = entry.getValue();
      lines.add(
          new MoneyLine(
              initiatives.get(key.initiative()),
              key.organisation() == null ? null : names.getOrDefault(key.organisation(), ""),
              key.year(),
              currency,
              byOrganisation ? null : zeroIfNull(values[0]),
              zeroIfNull(values[1]),
              zeroIfNull(values[2]),
              zeroIfNull(values[3]),
              zeroIfNull(values[4]),
              byOrganisation ? null : zeroIfNull(values[5])));
    }
    return List.copyOf(lines);
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : value;
  }

  /**
   * A figure offered on a report form: under an indicator's name ({@code measure} its binding), or
   * a count Haven keeps that no indicator names ({@code name} null: the page names it after its
   * measure in the reader's language); {@code value} is Haven's own count in the grant's period,
   * null where Haven has none and the holder types it.
   */
  public record Prefill(String name, Measure measure, Long value) {}

  /**
   * The figures a report asks for, for the holder to confirm, correct or fill in: each indicator of
   * the initiative under its own name (so that what is reported is summed into the indicator's
   * result), with Haven's count where the indicator is bound to one — the holder's outreach
   * contacts, the returns with a reintegration plan in the grant's period — and Haven's count of
   * the holder's outreach contacts (any initiative with some, or an outreach initiative) and of the
   * returns with a plan (a return initiative) where no indicator names them.
   */
  public List<Prefill> prefill(Grant grant, Initiative initiative) {
    List<Prefill> figures = new ArrayList<>();
    Set<Measure> named = new HashSet<>();
    for (PlanIndicator indicator : initiative.indicators()) {
      named.add(indicator.measure());
      figures.add(
          new Prefill(indicator.name(), indicator.measure(), count(indicator.measure(), grant)));
    }
    if (!named.contains(Measure.OUTREACH_CONTACTS)) {
      long contacts = count(Measure.OUTREACH_CONTACTS, grant);
      if (contacts > 0 || initiative.theme() == Theme.OUTREACH) {
        figures.add(new Prefill(null, Measure.OUTREACH_CONTACTS, contacts));
      }
    }
    if (initiative.theme() == Theme.REPATRIATION && !named.contains(Measure.REPATRIATIONS)) {
      figures.add(new Prefill(null, Measure.REPATRIATIONS, count(Measure.REPATRIATIONS, grant)));
    }
    if (initiative.theme() == Theme.SHELTERS) {
      for (Measure measure : List.of(Measure.PLACEMENTS, Measure.SHELTER_BED_NIGHTS)) {
        if (!named.contains(measure)) {
          figures.add(new Prefill(null, measure, count(measure, grant)));
        }
      }
    }
    return figures;
  }

  /** Haven's own count of a measure in the grant's period, or null where it keeps none. */
  private Long count(Measure measure, Grant grant) {
    return switch (measure) {
      case OUTREACH_CONTACTS ->
          outreach.contacts(grant.periodFrom(), grant.periodTo(), Set.of(grant.organisation()));
      case REPATRIATIONS -> repatriations.returnedWithPlan(grant.periodFrom(), grant.periodTo());
      case SHELTER_BED_NIGHTS ->
          placements.bedNights(grant.periodFrom(), grant.periodTo(), Set.of(grant.organisation()));
      case PLACEMENTS ->
          placements.placementsBegun(
              grant.periodFrom(), grant.periodTo(), Set.of(grant.organisation()));
      case TRAINING_PARTICIPANTS, NONE -> null;
    };
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
      case SHELTER_BED_NIGHTS -> BigDecimal.valueOf(placements.bedNights(from, to, organisations));
      case PLACEMENTS -> BigDecimal.valueOf(placements.placementsBegun(from, to, organisations));
      case TRAINING_PARTICIPANTS -> {
        long linked = training.participants(initiative.id(), year);
        yield BigDecimal.valueOf(
            linked == 0 && initiative.theme() == Theme.TRAINING
                ? training.year(year).total()
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
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The support costs in the year of the returns the initiative pays for; null for none. */
  private ReturnCosts returnCosts(Initiative initiative, String currency, int year) {
    return initiative.fundsReturns() == null
        ? null
        : ReturnCosts.of(
            initiative.fundsReturns(),
            repatriations.supportCostsByYear(initiative.fundsReturns()),
            currency,
            y -> y == year);
  }

  private static Money money(BigDecimal amount, String currency) {
    return amount == null ? Money.zero(currency) : new Money(amount, currency);
  }
}
