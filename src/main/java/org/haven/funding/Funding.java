package org.haven.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door of the action plan's money: plans and their initiatives, grants from application to
 * repayment, and the reports holders owe. Rules are in {@link Grant} and {@link FundingPolicy};
 * every change is audited, a change of money with the amounts before and after.
 */
@Service
public class Funding {

  static final String PLAN = "ActionPlan";
  static final String INITIATIVE = "Initiative";
  static final String GRANT = "Grant";
  static final String DUTY = "ReportingDuty";
  private static final int TEXT_LIMIT = 2_000;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Repatriations repatriations;
  private final Clock clock;
  private final ZoneId zone;

  Funding(
      JdbcClient jdbc,
      Organisations organisations,
      AuditTrail audit,
      Repatriations repatriations,
      Clock clock,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.repatriations = repatriations;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  // ---- plans ----

  @Transactional
  public ActionPlan createPlan(ActionPlanDetails details, Actor by) {
    requireManager(by);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    String name = checks.check(() -> required("name", details.name(), 200));
    if (details.startsOn() == null) {
      checks.add("startsOn", "validation.required");
    }
    if (details.endsOn() == null) {
      checks.add("endsOn", "validation.required");
    } else if (details.startsOn() != null && details.endsOn().isBefore(details.startsOn())) {
      checks.add("endsOn", "funding.endsBeforeStart");
    }
    Money budget = checks.check(() -> Money.of("budget", details.budget(), details.currency()));
    String source = checks.check(() -> Texts.optional("source", details.source(), TEXT_LIMIT));
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO funding.action_plan (id, name, starts_on, ends_on, budget, currency, source, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            name,
            details.startsOn(),
            details.endsOn(),
            budget.amount(),
            budget.currency(),
            source,
            by.user().value(),
            now())
        .update();
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        PLAN,
        id.toString(),
        AuditOutcome.SUCCESS,
        "budget " + text(budget));
    return plan(id);
  }

  public List<ActionPlan> plans() {
    return jdbc.sql("SELECT * FROM funding.action_plan ORDER BY starts_on DESC, name")
        .query(Funding::plan)
        .list();
  }

  public ActionPlan plan(UUID id) {
    return jdbc.sql("SELECT * FROM funding.action_plan WHERE id = ?")
        .param(id)
        .query(Funding::plan)
        .optional()
        .orElseThrow(() -> new NotFound("action plan"));
  }

  private static ActionPlan plan(ResultSet rs, int row) throws SQLException {
    return new ActionPlan(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        new Money(rs.getBigDecimal("budget"), rs.getString("currency").strip()),
        rs.getString("source"),
        rs.getLong("version"));
  }

  // ---- initiatives ----

  @Transactional
  public Initiative createInitiative(InitiativeDetails details, Actor by) {
    requireManager(by);
    if (details.plan() == null) {
      throw new InvalidInput("plan", "validation.required");
    }
    ActionPlan plan = plan(details.plan());
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    String name = checks.check(() -> required("name", details.name(), 200));
    String goal = checks.check(() -> Texts.optional("goal", details.goal(), TEXT_LIMIT));
    if (details.theme() == null) {
      checks.add("theme", "validation.required");
    }
    if (details.responsible() == null) {
      checks.add("responsible", "validation.required");
    } else if (organisations.find(new OrganisationId(details.responsible())).isEmpty()) {
      checks.add("responsible", "funding.unknownOrganisation");
    }
    Map<Integer, Money> budgets = new TreeMap<>();
    for (YearAmount budget : details.budgets()) {
      if (budget == null || !plan.covers(budget.year())) {
        checks.add("budgets", "funding.yearOutsidePlan");
        continue;
      }
      Money amount =
          checks.check(() -> Money.of("budgets", budget.amount(), plan.budget().currency()));
      if (amount != null && budgets.putIfAbsent(budget.year(), amount) != null) {
        checks.add("budgets", "funding.yearTwice");
      }
    }
    Money total =
        budgets.values().stream().reduce(Money.zero(plan.budget().currency()), Money::plus);
    Money allocated = allocated(plan.id(), plan.budget().currency());
    if (total.plus(allocated).exceeds(plan.budget())) {
      checks.add("budgets", "funding.beyondPlan", plan.budget().minus(allocated).amount());
    }
    if (details.fundsReturns() != null && paidFor(plan.id(), details.fundsReturns(), null)) {
      checks.add("fundsReturns", "funding.returnsPaidTwice");
    }
    List<PlanIndicatorDetails> indicators = new ArrayList<>();
    for (PlanIndicatorDetails indicator : details.indicators()) {
      if (indicator == null || indicator.name() == null || indicator.name().isBlank()) {
        checks.add("indicators", "funding.indicatorName");
        continue;
      }
      for (YearAmount target : indicator.targets()) {
        if (target == null || target.amount() == null || target.amount().signum() < 0) {
          checks.add("indicators", "funding.negative");
        } else if (!plan.covers(target.year())) {
          checks.add("indicators", "funding.yearOutsidePlan");
        }
      }
      indicators.add(indicator);
    }
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO funding.initiative
                (id, plan_id, name, goal, theme, responsible, status, created_at, funds_returns)
            VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)
            """)
        .params(
            id,
            plan.id(),
            name,
            goal,
            details.theme().name(),
            details.responsible(),
            now(),
            details.fundsReturns() == null ? null : details.fundsReturns().name())
        .update();
    budgets.forEach(
        (year, amount) ->
            jdbc.sql(
                    "INSERT INTO funding.initiative_budget (initiative_id, year, amount) VALUES (?, ?, ?)")
                .params(id, year, amount.amount())
                .update());
    jdbc.sql(
            """
            INSERT INTO funding.initiative_status (initiative_id, seq, status, changed_on, note, changed_by)
            VALUES (?, 1, 'PLANNED', ?, NULL, ?)
            """)
        // an initiative of a plan that has begun was planned since the plan began: its later
        // status changes (an initiative entered after the fact) can be dated back to then
        .params(
            id, plan.startsOn().isBefore(today()) ? plan.startsOn() : today(), by.user().value())
        .update();
    int position = 0;
    for (PlanIndicatorDetails indicator : indicators) {
      UUID indicatorId = UUID.randomUUID();
      jdbc.sql(
              "INSERT INTO funding.indicator (id, initiative_id, name, unit, measure, position) VALUES (?, ?, ?, ?, ?, ?)")
          .params(
              indicatorId,
              id,
              required("indicators", indicator.name(), 200),
              Texts.optional("indicators", indicator.unit(), 100),
              (indicator.measure() == null ? Measure.NONE : indicator.measure()).name(),
              position++)
          .update();
      Set<Integer> years = new HashSet<>();
      for (YearAmount target : indicator.targets()) {
        if (years.add(target.year())) {
          jdbc.sql(
                  "INSERT INTO funding.indicator_target (indicator_id, year, target) VALUES (?, ?, ?)")
              .params(indicatorId, target.year(), target.amount())
              .update();
        }
      }
    }
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        INITIATIVE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "budget " + text(total));
    return initiative(id);
  }

  /** Moves an initiative to a status, dated and with a note; the history keeps every step. */
  @Transactional
  public Initiative changeStatus(
      UUID id, InitiativeStatus status, LocalDate on, String note, long expectedVersion, Actor by) {
    requireManager(by);
    Initiative initiative = initiative(id);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    if (status == null) {
      checks.add("status", "validation.required");
    } else if (status == initiative.status()) {
      checks.add("status", "funding.sameStatus");
    }
    LocalDate changedOn = on == null ? today() : on;
    if (changedOn.isAfter(today())) {
      checks.add("on", "validation.futureDate");
    }
    StatusChange last = initiative.history().get(initiative.history().size() - 1);
    if (changedOn.isBefore(last.on())) {
      checks.add("on", "funding.beforeLastChange");
    }
    String kept = checks.check(() -> Texts.optional("note", note, TEXT_LIMIT));
    checks.done();
    int updated =
        jdbc.sql(
                "UPDATE funding.initiative SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
            .params(status.name(), id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new StaleVersion(INITIATIVE);
    }
    jdbc.sql(
            """
            INSERT INTO funding.initiative_status (initiative_id, seq, status, changed_on, note, changed_by)
            VALUES (?, (SELECT count(*) + 1 FROM funding.initiative_status WHERE initiative_id = ?), ?, ?, ?, ?)
            """)
        .params(id, id, status.name(), changedOn, kept, by.user().value())
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        INITIATIVE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "status " + initiative.status() + " -> " + status);
    return initiative(id);
  }

  /**
   * Says which return programme's support after return the initiative pays for (null: none), so
   * that those costs, recorded with the returns, roll up into it. A programme is paid for by one
   * initiative of a plan.
   */
  @Transactional
  public Initiative payForReturns(UUID id, Programme programme, long expectedVersion, Actor by) {
    requireManager(by);
    Initiative initiative = initiative(id);
    if (programme == initiative.fundsReturns()) {
      return initiative;
    }
    if (programme != null && paidFor(initiative.plan(), programme, id)) {
      throw new InvalidInput("fundsReturns", "funding.returnsPaidTwice");
    }
    int updated =
        jdbc.sql(
                """
                UPDATE funding.initiative SET funds_returns = ?, version = version + 1
                WHERE id = ? AND version = ?
                """)
            .params(programme == null ? null : programme.name(), id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new StaleVersion(INITIATIVE);
    }
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        INITIATIVE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "pays for returns " + initiative.fundsReturns() + " -> " + programme);
    return initiative(id);
  }

  /**
   * The support costs of the returns the initiative pays for, one line for each year of the plan
   * and currency they were recorded in, oldest first: for the ministry and the centre. Empty when
   * it pays for none.
   */
  public List<Repatriations.YearCost> returnCostsByYear(UUID id, Actor by) {
    if (!FundingPolicy.mayReadAll(by)) {
      throw new AccessDeniedException("The plan's money is read by the ministry and the centre");
    }
    Initiative initiative = initiative(id);
    if (initiative.fundsReturns() == null) {
      return List.of();
    }
    ActionPlan plan = plan(initiative.plan());
    return repatriations.supportCostsByYear(initiative.fundsReturns()).stream()
        .filter(cost -> plan.covers(cost.year()))
        .toList();
  }

  /**
   * Whether another initiative of the plan than {@code except} pays for the programme's returns.
   */
  private boolean paidFor(UUID plan, Programme programme, UUID except) {
    return jdbc.sql(
            """
            SELECT count(*) > 0 FROM funding.initiative
            WHERE plan_id = ? AND funds_returns = ? AND (CAST(? AS uuid) IS NULL OR id <> ?)
            """)
        .params(plan, programme.name(), except, except)
        .query(Boolean.class)
        .single();
  }

  public List<Initiative> initiatives(UUID plan) {
    List<UUID> ids =
        plan == null
            ? jdbc.sql("SELECT id FROM funding.initiative ORDER BY created_at, id")
                .query(UUID.class)
                .list()
            : jdbc.sql(
                    "SELECT id FROM funding.initiative WHERE plan_id = ? ORDER BY created_at, id")
                .param(plan)
                .query(UUID.class)
                .list();
    return loadInitiatives(ids);
  }

  public Initiative initiative(UUID id) {
    List<Initiative> found = loadInitiatives(List.of(id));
    if (found.isEmpty()) {
      throw new NotFound("initiative");
    }
    return found.get(0);
  }

  /** Initiatives with budgets, indicators and history, in the order asked: five queries in all. */
  private List<Initiative> loadInitiatives(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    UUID[] keys = ids.toArray(UUID[]::new);
    Map<UUID, String> currencies = new HashMap<>();
    jdbc.sql(
            """
            SELECT i.id, p.currency FROM funding.initiative i
            JOIN funding.action_plan p ON p.id = i.plan_id WHERE i.id = ANY(?)
            """)
        .param(keys)
        .query(
            rs -> {
              currencies.put(rs.getObject(1, UUID.class), rs.getString(2).strip());
            });
    Map<UUID, List<YearAmount>> budgets = new HashMap<>();
    jdbc.sql(
            "SELECT initiative_id, year, amount FROM funding.initiative_budget WHERE initiative_id = ANY(?) ORDER BY year")
        .param(keys)
        .query(
            rs -> {
              budgets
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(new YearAmount(rs.getInt(2), rs.getBigDecimal(3)));
            });
    Map<UUID, List<YearAmount>> targets = new HashMap<>();
    jdbc.sql(
            """
            SELECT t.indicator_id, t.year, t.target FROM funding.indicator_target t
            JOIN funding.indicator x ON x.id = t.indicator_id
            WHERE x.initiative_id = ANY(?) ORDER BY t.year
            """)
        .param(keys)
        .query(
            rs -> {
              targets
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(new YearAmount(rs.getInt(2), rs.getBigDecimal(3)));
            });
    Map<UUID, List<PlanIndicator>> indicators = new HashMap<>();
    jdbc.sql("SELECT * FROM funding.indicator WHERE initiative_id = ANY(?) ORDER BY position")
        .param(keys)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              indicators
                  .computeIfAbsent(
                      rs.getObject("initiative_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new PlanIndicator(
                          id,
                          rs.getString("name"),
                          rs.getString("unit"),
                          Measure.valueOf(rs.getString("measure")),
                          targets.getOrDefault(id, List.of())));
            });
    Map<UUID, List<StatusChange>> history = new HashMap<>();
    jdbc.sql(
            "SELECT initiative_id, status, changed_on, note FROM funding.initiative_status WHERE initiative_id = ANY(?) ORDER BY seq")
        .param(keys)
        .query(
            rs -> {
              history
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new StatusChange(
                          InitiativeStatus.valueOf(rs.getString(2)),
                          rs.getObject(3, LocalDate.class),
                          rs.getString(4)));
            });
    Map<UUID, Initiative> byId = new HashMap<>();
    jdbc.sql("SELECT * FROM funding.initiative WHERE id = ANY(?)")
        .param(keys)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              String currency = currencies.get(id);
              List<YearAmount> yearly = budgets.getOrDefault(id, List.of());
              Money total = Money.zero(currency);
              for (YearAmount budget : yearly) {
                total = total.plus(new Money(budget.amount(), currency));
              }
              byId.put(
                  id,
                  new Initiative(
                      id,
                      rs.getObject("plan_id", UUID.class),
                      rs.getString("name"),
                      rs.getString("goal"),
                      Theme.valueOf(rs.getString("theme")),
                      rs.getObject("responsible", UUID.class),
                      InitiativeStatus.valueOf(rs.getString("status")),
                      total,
                      yearly,
                      indicators.getOrDefault(id, List.of()),
                      history.getOrDefault(id, List.of()),
                      rs.getString("funds_returns") == null
                          ? null
                          : Programme.valueOf(rs.getString("funds_returns")),
                      rs.getLong("version")));
            });
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private Money allocated(UUID plan, String currency) {
    BigDecimal sum =
        jdbc.sql(
                """
                SELECT coalesce(sum(b.amount), 0) FROM funding.initiative_budget b
                JOIN funding.initiative i ON i.id = b.initiative_id
                WHERE i.plan_id = ? AND i.status <> 'DROPPED'
                """)
            .param(plan)
            .query(BigDecimal.class)
            .single();
    return new Money(sum, currency).plus(Money.zero(currency));
  }

  // ---- grants ----

  @Transactional
  public Grant apply(GrantApplication application, Actor by) {
    UUID holder =
        application.organisation() == null ? by.organisation().value() : application.organisation();
    if (!FundingPolicy.mayActFor(holder, by)) {
      throw new AccessDeniedException("An organisation applies for its own grants");
    }
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    Initiative initiative = null;
    if (application.initiative() == null) {
      checks.add("initiative", "validation.required");
    } else {
      initiative = initiativeOrNull(application.initiative());
      if (initiative == null) {
        checks.add("initiative", "funding.unknownInitiative");
      } else if (initiative.status() == InitiativeStatus.DONE
          || initiative.status() == InitiativeStatus.DROPPED) {
        checks.add("initiative", "funding.initiativeEnded");
      }
    }
    if (organisations.find(new OrganisationId(holder)).isEmpty()) {
      checks.add("organisation", "funding.unknownOrganisation");
    }
    Money amount =
        checks.check(() -> Money.of("amount", application.amount(), application.currency()));
    if (amount != null && amount.isZero()) {
      checks.add("amount", "funding.zeroGrant");
    }
    if (amount != null
        && initiative != null
        && !amount.currency().equals(initiative.budget().currency())) {
      checks.add("currency", "funding.otherCurrency", initiative.budget().currency());
    }
    if (application.periodFrom() == null) {
      checks.add("periodFrom", "validation.required");
    }
    if (application.periodTo() == null) {
      checks.add("periodTo", "validation.required");
    } else if (application.periodFrom() != null
        && application.periodTo().isBefore(application.periodFrom())) {
      checks.add("periodTo", "funding.endsBeforeStart");
    }
    String purpose = checks.check(() -> required("purpose", application.purpose(), TEXT_LIMIT));
    LocalDate appliedOn = application.appliedOn();
    if (appliedOn != null && !FundingPolicy.mayManage(by)) {
      checks.add("appliedOn", "funding.appliedOnByCentre");
    } else if (appliedOn != null && appliedOn.isAfter(today())) {
      checks.add("appliedOn", "validation.futureDate");
    }
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO funding.grant_award (id, initiative_id, organisation, requested, currency, period_from, period_to,
                                             purpose, status, applied_by, applied_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?)
            """)
        .params(
            id,
            initiative.id(),
            holder,
            amount.amount(),
            amount.currency(),
            application.periodFrom(),
            application.periodTo(),
            purpose,
            by.user().value(),
            appliedOn == null
                ? now()
                : appliedOn
                    .atStartOfDay(zone)
                    .toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC))
        .update();
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        GRANT,
        id.toString(),
        AuditOutcome.SUCCESS,
        "requested " + text(amount));
    return grant(id, by);
  }

  @Transactional
  public Grant decide(UUID id, GrantDecision decision, long expectedVersion, Actor by) {
    requireManager(by);
    Grant grant = locked(id);
    checkVersion(grant, expectedVersion);
    Grant.Decided decided = grant.decide(decision, today());
    jdbc.sql(
            """
            UPDATE funding.grant_award SET status = ?, granted = ?, conditions = ?, decided_on = ?, decided_by = ?,
                   version = version + 1
            WHERE id = ?
            """)
        .params(
            decided.status().name(),
            decided.granted() == null ? null : decided.granted().amount(),
            Texts.optional("conditions", decision.conditions(), TEXT_LIMIT),
            decided.on(),
            by.user().value(),
            id)
        .update();
    for (DutyDetails duty : decided.duties()) {
      addDuty(id, duty);
    }
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        GRANT,
        id.toString(),
        AuditOutcome.SUCCESS,
        "decided "
            + decided.status()
            + "; granted none -> "
            + (decided.granted() == null ? "none" : text(decided.granted())));
    return grant(id, by);
  }

  /** Pays money out under the grant. */
  @Transactional
  public Grant disburse(UUID id, PaymentDetails payment, Actor by) {
    requireManager(by);
    Grant grant = locked(id);
    Money amount = grant.pay(payment, today());
    Money before = grant.disbursed();
    record(id, Payment.Kind.PAYMENT, payment, amount, by);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        GRANT,
        id.toString(),
        AuditOutcome.SUCCESS,
        "disbursed " + text(before) + " -> " + text(before.plus(amount)));
    return grant(id, by);
  }

  /** Records unspent money paid back by the holder. */
  @Transactional
  public Grant repay(UUID id, PaymentDetails payment, Actor by) {
    requireManager(by);
    Grant grant = locked(id);
    Money amount = grant.repay(payment, today());
    Money before = grant.repaid();
    record(id, Payment.Kind.REPAYMENT, payment, amount, by);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        GRANT,
        id.toString(),
        AuditOutcome.SUCCESS,
        "repaid " + text(before) + " -> " + text(before.plus(amount)));
    return grant(id, by);
  }

  @Transactional
  public Grant close(UUID id, Actor by) {
    requireManager(by);
    Grant grant = locked(id);
    grant.close();
    jdbc.sql(
            "UPDATE funding.grant_award SET status = 'CLOSED', closed_on = ?, version = version + 1 WHERE id = ?")
        .params(today(), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, GRANT, id.toString(), AuditOutcome.SUCCESS, "closed");
    return grant(id, by);
  }

  private void record(
      UUID grant, Payment.Kind kind, PaymentDetails payment, Money amount, Actor by) {
    jdbc.sql(
            """
            INSERT INTO funding.grant_payment (id, grant_id, kind, paid_on, amount, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            grant,
            kind.name(),
            payment.paidOn(),
            amount.amount(),
            Texts.optional("note", payment.note(), TEXT_LIMIT),
            by.user().value(),
            now())
        .update();
    jdbc.sql("UPDATE funding.grant_award SET version = version + 1 WHERE id = ?")
        .param(grant)
        .update();
  }

  /**
   * The grants the actor may read: all for the centre and the ministry, else its organisation's.
   */
  public List<Grant> grants(UUID initiative, UUID organisation, Actor by) {
    UUID holder = FundingPolicy.mayReadAll(by) ? organisation : by.organisation().value();
    List<UUID> ids =
        jdbc.sql(
                """
                SELECT id FROM funding.grant_award
                WHERE (CAST(? AS uuid) IS NULL OR initiative_id = ?) AND (CAST(? AS uuid) IS NULL OR organisation = ?)
                ORDER BY applied_at, id
                """)
            .params(initiative, initiative, holder, holder)
            .query(UUID.class)
            .list();
    return loadGrants(ids);
  }

  public Grant grant(UUID id, Actor by) {
    Grant grant =
        loadGrants(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("grant"));
    if (!FundingPolicy.mayRead(grant.organisation(), by)) {
      throw new NotFound("grant");
    }
    return grant;
  }

  private Grant locked(UUID id) {
    jdbc.sql("SELECT id FROM funding.grant_award WHERE id = ? FOR UPDATE")
        .param(id)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFound("grant"));
    return loadGrants(List.of(id)).get(0);
  }

  private static void checkVersion(Grant grant, long expected) {
    if (grant.version() != expected) {
      throw new StaleVersion(GRANT);
    }
  }

  private List<Grant> loadGrants(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Payment>> payments = new LinkedHashMap<>();
    Map<UUID, String> currencies = new LinkedHashMap<>();
    List<Grant> bare =
        jdbc.sql("SELECT * FROM funding.grant_award WHERE id = ANY(?)")
            .param(ids.toArray(UUID[]::new))
            .query(
                (rs, n) -> {
                  String currency = rs.getString("currency").strip();
                  UUID id = rs.getObject("id", UUID.class);
                  currencies.put(id, currency);
                  BigDecimal granted = rs.getBigDecimal("granted");
                  return new Grant(
                      id,
                      rs.getObject("initiative_id", UUID.class),
                      rs.getObject("organisation", UUID.class),
                      new Money(rs.getBigDecimal("requested"), currency),
                      rs.getObject("period_from", LocalDate.class),
                      rs.getObject("period_to", LocalDate.class),
                      rs.getString("purpose"),
                      GrantStatus.valueOf(rs.getString("status")),
                      granted == null ? null : new Money(granted, currency),
                      rs.getString("conditions"),
                      rs.getObject("decided_on", LocalDate.class),
                      rs.getObject("applied_at", OffsetDateTime.class)
                          .atZoneSameInstant(zone)
                          .toLocalDate(),
                      rs.getObject("closed_on", LocalDate.class),
                      List.of(),
                      rs.getLong("version"));
                })
            .list();
    jdbc.sql(
            "SELECT * FROM funding.grant_payment WHERE grant_id = ANY(?) ORDER BY paid_on, recorded_at, id")
        .param(ids.toArray(UUID[]::new))
        .query(
            (rs, n) -> {
              UUID grant = rs.getObject("grant_id", UUID.class);
              payments
                  .computeIfAbsent(grant, g -> new ArrayList<>())
                  .add(
                      new Payment(
                          rs.getObject("id", UUID.class),
                          Payment.Kind.valueOf(rs.getString("kind")),
                          rs.getObject("paid_on", LocalDate.class),
                          new Money(rs.getBigDecimal("amount"), currencies.get(grant)),
                          rs.getString("note")));
              return grant;
            })
        .list();
    Map<UUID, Grant> byId = new LinkedHashMap<>();
    for (Grant g : bare) {
      byId.put(
          g.id(),
          new Grant(
              g.id(),
              g.initiative(),
              g.organisation(),
              g.requested(),
              g.periodFrom(),
              g.periodTo(),
              g.purpose(),
              g.status(),
              g.granted(),
              g.conditions(),
              g.decidedOn(),
              g.appliedOn(),
              g.closedOn(),
              payments.getOrDefault(g.id(), List.of()),
              g.version()));
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private Initiative initiativeOrNull(UUID id) {
    try {
      return initiative(id);
    } catch (NotFound missing) {
      return null;
    }
  }

  // ---- reporting duties ----

  @Transactional
  public ReportingDuty addDuty(UUID grantId, DutyDetails duty, Actor by) {
    requireManager(by);
    Grant grant = locked(grantId);
    if (grant.status() == GrantStatus.CLOSED || grant.status() == GrantStatus.REFUSED) {
      throw new InvalidInput("kind", "funding.closed");
    }
    if (duty == null || duty.kind() == null) {
      throw new InvalidInput("kind", "validation.required");
    }
    if (duty.dueOn() == null) {
      throw new InvalidInput("dueOn", "validation.required");
    }
    UUID id = addDuty(grantId, duty);
    audit.record(by.audit(), AuditAction.CREATE, DUTY, id.toString());
    return duty(id, by);
  }

  private UUID addDuty(UUID grant, DutyDetails duty) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO funding.reporting_duty (id, grant_id, kind, due_on, status) VALUES (?, ?, ?, ?, 'DUE')")
        .params(id, grant, duty.kind().name(), duty.dueOn())
        .update();
    return id;
  }

  /** The holder submits a report owed under its grant. */
  @Transactional
  public ReportingDuty submit(UUID dutyId, ReportDetails report, Actor by) {
    ReportingDuty duty = duty(dutyId, by);
    if (!FundingPolicy.mayActFor(duty.organisation(), by)) {
      throw new AccessDeniedException("The grant holder submits its reports");
    }
    Grant grant = locked(duty.grant());
    if (grant.status() == GrantStatus.CLOSED) {
      throw new InvalidInput("summary", "funding.closed");
    }
    if (!duty.status().open()) {
      throw new InvalidInput("summary", "funding.alreadySubmitted");
    }
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    Money spent =
        report.spent() == null
            ? null
            : checks.check(() -> Money.of("spent", report.spent(), grant.requested().currency()));
    for (Map.Entry<String, Long> figure : report.figures().entrySet()) {
      if (figure.getKey() == null || figure.getKey().isBlank() || figure.getKey().length() > 100) {
        checks.add("figures", "funding.figureName");
      } else if (figure.getValue() == null || figure.getValue() < 0) {
        checks.add("figures", "funding.negative");
      }
    }
    String summary = checks.check(() -> Texts.optional("summary", report.summary(), 20_000));
    checks.done();
    jdbc.sql(
            """
            UPDATE funding.reporting_duty SET status = 'SUBMITTED', submitted_on = ?, submitted_by = ?, spent = ?,
                   figures = ?, summary = ?, version = version + 1
            WHERE id = ?
            """)
        .params(
            today(),
            by.user().value(),
            spent == null ? null : spent.amount(),
            figures(report.figures()),
            summary,
            dutyId)
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        DUTY,
        dutyId.toString(),
        AuditOutcome.SUCCESS,
        "submitted; spent " + (spent == null ? "none" : text(spent)));
    return duty(dutyId, by);
  }

  /** The ministry or the centre accepts a submitted report or sends it back with a note. */
  @Transactional
  public ReportingDuty review(UUID dutyId, ReportReview review, Actor by) {
    if (!FundingPolicy.mayReview(by)) {
      throw new AccessDeniedException("Reports are reviewed by the ministry and the centre");
    }
    ReportingDuty duty = duty(dutyId, by);
    if (duty.status() != DutyStatus.SUBMITTED) {
      throw new InvalidInput("accepted", "funding.notSubmitted");
    }
    String note = Texts.optional("note", review.note(), TEXT_LIMIT);
    if (!review.accepted() && note == null) {
      throw new InvalidInput("note", "funding.sayWhatToChange");
    }
    jdbc.sql(
            """
            UPDATE funding.reporting_duty SET status = ?, reviewed_by = ?, reviewed_on = ?, review_note = ?,
                   version = version + 1
            WHERE id = ?
            """)
        .params(
            review.accepted() ? "ACCEPTED" : "CHANGES_REQUESTED",
            by.user().value(),
            today(),
            note,
            dutyId)
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        DUTY,
        dutyId.toString(),
        AuditOutcome.SUCCESS,
        review.accepted() ? "accepted" : "changes requested");
    return duty(dutyId, by);
  }

  /**
   * Duties the actor may read, owed by a date (all open ones when none is given), soonest first.
   */
  public List<ReportingDuty> duties(LocalDate dueBefore, UUID grant, Actor by) {
    UUID holder = FundingPolicy.mayReadAll(by) ? null : by.organisation().value();
    return jdbc.sql(
            """
            SELECT d.*, g.organisation, g.currency FROM funding.reporting_duty d
            JOIN funding.grant_award g ON g.id = d.grant_id
            WHERE (CAST(? AS uuid) IS NULL OR g.organisation = ?)
              AND (CAST(? AS uuid) IS NULL OR d.grant_id = ?)
              AND (CAST(? AS date) IS NULL OR (d.due_on < ? AND d.status IN ('DUE', 'CHANGES_REQUESTED')))
            ORDER BY d.due_on, d.id
            """)
        .params(holder, holder, grant, grant, dueBefore, dueBefore)
        .query(this::duty)
        .list();
  }

  public ReportingDuty duty(UUID id, Actor by) {
    ReportingDuty duty =
        jdbc.sql(
                """
                SELECT d.*, g.organisation, g.currency FROM funding.reporting_duty d
                JOIN funding.grant_award g ON g.id = d.grant_id WHERE d.id = ?
                """)
            .param(id)
            .query(this::duty)
            .optional()
            .orElseThrow(() -> new NotFound("reporting duty"));
    if (!FundingPolicy.mayRead(duty.organisation(), by)) {
      throw new NotFound("reporting duty");
    }
    return duty;
  }

  private ReportingDuty duty(ResultSet rs, int row) throws SQLException {
    BigDecimal spent = rs.getBigDecimal("spent");
    return new ReportingDuty(
        rs.getObject("id", UUID.class),
        rs.getObject("grant_id", UUID.class),
        rs.getObject("organisation", UUID.class),
        DutyKind.valueOf(rs.getString("kind")),
        rs.getObject("due_on", LocalDate.class),
        DutyStatus.valueOf(rs.getString("status")),
        rs.getObject("submitted_on", LocalDate.class),
        spent == null ? null : new Money(spent, rs.getString("currency").strip()),
        figures(rs.getString("figures")),
        rs.getString("summary"),
        rs.getObject("reviewed_on", LocalDate.class),
        rs.getString("review_note"),
        rs.getLong("version"));
  }

  /** Figures kept as "name=value" lines, names sorted: small, readable and deterministic. */
  private static String figures(Map<String, Long> figures) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(figures)
        .forEach(
            (name, value) ->
                text.append(name.strip().replace('\n', ' ').replace('=', ' '))
                    .append('=')
                    .append(value)
                    .append('\n'));
    return text.toString();
  }

  private static Map<String, Long> figures(String text) {
    Map<String, Long> figures = new TreeMap<>();
    if (text != null) {
      for (String line : text.split("\n")) {
        int eq = line.lastIndexOf('=');
        if (eq > 0) {
          figures.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
        }
      }
    }
    return figures;
  }

  // ---- the ministry's view ----

  /** Budget, granted, disbursed, repaid and net for an initiative or a plan, exact. */
  public record Totals(
      Money budget, Money requested, Money granted, Money disbursed, Money repaid) {

    public Money net() {
      return disbursed.minus(repaid);
    }

    Totals plus(Grant grant) {
      return new Totals(
          budget,
          requested.plus(grant.requested()),
          grant.granted() == null ? granted : granted.plus(grant.granted()),
          disbursed.plus(grant.disbursed()),
          repaid.plus(grant.repaid()));
    }

    static Totals of(Money budget) {
      Money zero = Money.zero(budget.currency());
      return new Totals(budget, zero, zero, zero, zero);
    }
  }

  /**
   * An initiative's line in the plan's overview; {@code returnCosts} are the support costs of the
   * returns it pays for in the plan's years, as recorded with the returns (null when it pays for
   * none).
   */
  public record InitiativeLine(
      Initiative initiative, Totals totals, int grants, ReturnCosts returnCosts) {

    InitiativeLine withReturnCosts(ReturnCosts costs) {
      return new InitiativeLine(initiative, totals, grants, costs);
    }
  }

  /**
   * The plan's money as the ministry reads it: its total and each initiative's; {@code returnCosts}
   * sums the initiatives' return costs in the plan's currency.
   */
  public record PlanOverview(
      ActionPlan plan,
      Totals totals,
      List<InitiativeLine> initiatives,
      int overdueReports,
      Money returnCosts) {}

  /** An overview kept for the records' version and day it was computed at. */
  private record KeptOverview(long version, LocalDate day, PlanOverview overview) {}

  private static final int MOST_KEPT = 64;
  private final Map<UUID, KeptOverview> overviews = new ConcurrentHashMap<>();

  /**
   * The plan's money as the ministry reads it. Computed once for each version of the records (a
   * counter every change to them moves, in the same transaction) and each day (overdue reports
   * change with the date), and kept: the dashboard is read far more often than money moves.
   */
  public PlanOverview overview(UUID planId, Actor by) {
    if (!FundingPolicy.mayReadAll(by)) {
      throw new AccessDeniedException("The plan's money is read by the ministry and the centre");
    }
    long version =
        jdbc.sql("SELECT version FROM funding.data_version WHERE id = 1")
            .query(Long.class)
            .single();
    LocalDate day = today();
    KeptOverview kept = overviews.get(planId);
    PlanOverview computed;
    if (kept != null && kept.version() == version && kept.day().equals(day)) {
      computed = kept.overview();
    } else {
      computed = computeOverview(planId);
      if (overviews.size() >= MOST_KEPT) {
        overviews.clear();
      }
      overviews.put(planId, new KeptOverview(version, day, computed));
    }
    // returns are recorded by repatriation, whose changes do not move the funding records'
    // version: their costs are read afresh, one query for each programme paid for
    return withReturnCosts(computed);
  }

  private PlanOverview withReturnCosts(PlanOverview overview) {
    ActionPlan plan = overview.plan();
    String currency = plan.budget().currency();
    Money total = Money.zero(currency);
    List<InitiativeLine> lines = new ArrayList<>();
    for (InitiativeLine line : overview.initiatives()) {
      Programme programme = line.initiative().fundsReturns();
      if (programme == null) {
        lines.add(line);
        continue;
      }
      ReturnCosts costs =
          ReturnCosts.of(
              programme, repatriations.supportCostsByYear(programme), currency, plan::covers);
      total = total.plus(costs.amount());
      lines.add(line.withReturnCosts(costs));
    }
    return new PlanOverview(
        plan, overview.totals(), List.copyOf(lines), overview.overdueReports(), total);
  }

  private PlanOverview computeOverview(UUID planId) {
    ActionPlan plan = plan(planId);
    String currency = plan.budget().currency();
    List<Initiative> initiatives = initiatives(planId);
    // the sums are the database's, over every grant and payment of the plan: exact numeric, and
    // one query whatever the number of grants
    record Sums(int grants, Money requested, Money granted, Money disbursed, Money repaid) {}
    Map<UUID, Sums> sums = new HashMap<>();
    jdbc.sql(
            """
            SELECT g.initiative_id, count(*), sum(g.requested), coalesce(sum(g.granted), 0),
                   coalesce(sum(p.paid), 0), coalesce(sum(p.repaid), 0)
            FROM funding.grant_award g
            JOIN funding.initiative i ON i.id = g.initiative_id
            LEFT JOIN (
              SELECT q.grant_id,
                     sum(q.amount) FILTER (WHERE q.kind = 'PAYMENT') AS paid,
                     sum(q.amount) FILTER (WHERE q.kind = 'REPAYMENT') AS repaid
              FROM funding.grant_payment q
              JOIN funding.grant_award qg ON qg.id = q.grant_id
              JOIN funding.initiative qi ON qi.id = qg.initiative_id
              WHERE qi.plan_id = ?
              GROUP BY q.grant_id) p ON p.grant_id = g.id
            WHERE i.plan_id = ?
            GROUP BY g.initiative_id
            """)
        .params(planId, planId)
        .query(
            rs -> {
              sums.put(
                  rs.getObject(1, UUID.class),
                  new Sums(
                      rs.getInt(2),
                      new Money(rs.getBigDecimal(3), currency),
                      new Money(rs.getBigDecimal(4), currency),
                      new Money(rs.getBigDecimal(5), currency),
                      new Money(rs.getBigDecimal(6), currency)));
            });
    Totals planTotals = Totals.of(plan.budget());
    List<InitiativeLine> lines = new ArrayList<>();
    for (Initiative initiative : initiatives) {
      Sums s = sums.get(initiative.id());
      Totals totals = Totals.of(initiative.budget());
      if (s != null) {
        totals =
            new Totals(
                initiative.budget(),
                s.requested().plus(Money.zero(currency)),
                s.granted().plus(Money.zero(currency)),
                s.disbursed().plus(Money.zero(currency)),
                s.repaid().plus(Money.zero(currency)));
        planTotals =
            new Totals(
                planTotals.budget(),
                planTotals.requested().plus(s.requested()),
                planTotals.granted().plus(s.granted()),
                planTotals.disbursed().plus(s.disbursed()),
                planTotals.repaid().plus(s.repaid()));
      }
      lines.add(new InitiativeLine(initiative, totals, s == null ? 0 : s.grants(), null));
    }
    lines.sort(
        Comparator.comparing((InitiativeLine l) -> l.initiative().name())
            .thenComparing(l -> l.initiative().id()));
    int overdue =
        jdbc.sql(
                """
                SELECT count(*) FROM funding.reporting_duty d
                JOIN funding.grant_award g ON g.id = d.grant_id
                JOIN funding.initiative i ON i.id = g.initiative_id
                WHERE i.plan_id = ? AND d.status IN ('DUE', 'CHANGES_REQUESTED') AND d.due_on < ?
                """)
            .params(planId, today())
            .query(Integer.class)
            .single();
    return new PlanOverview(plan, planTotals, lines, overdue, Money.zero(currency));
  }

  // ---- helpers ----

  private static void requireManager(Actor by) {
    if (!FundingPolicy.mayManage(by)) {
      throw new AccessDeniedException("The action plan's money is entered by the centre");
    }
  }

  private static String required(String field, String value, int limit) {
    String text = Texts.optional(field, value, limit);
    if (text == null) {
      throw new InvalidInput(field, "validation.required");
    }
    return text;
  }

  private static String text(Money money) {
    return money.amount().toPlainString() + " " + money.currency();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
