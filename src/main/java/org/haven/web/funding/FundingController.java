package org.haven.web.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisations;
import org.haven.funding.ActionPlan;
import org.haven.funding.ActionPlanDetails;
import org.haven.funding.DutyDetails;
import org.haven.funding.DutyKind;
import org.haven.funding.Funding;
import org.haven.funding.FundingPolicy;
import org.haven.funding.Grant;
import org.haven.funding.GrantApplication;
import org.haven.funding.GrantDecision;
import org.haven.funding.GrantStatus;
import org.haven.funding.Initiative;
import org.haven.funding.InitiativeDetails;
import org.haven.funding.InitiativeStatus;
import org.haven.funding.Measure;
import org.haven.funding.Money;
import org.haven.funding.PaymentDetails;
import org.haven.funding.PlanIndicatorDetails;
import org.haven.funding.PlanReports;
import org.haven.funding.ReportAttachment;
import org.haven.funding.ReportDetails;
import org.haven.funding.ReportFiles;
import org.haven.funding.ReportReview;
import org.haven.funding.ReportingDuty;
import org.haven.funding.Theme;
import org.haven.funding.YearAmount;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations;
import org.haven.web.forms.Amounts;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan's money on pages: the plans, a plan's money by initiative (the ministry and the
 * centre), entering a plan and an initiative, applying for a grant, a grant with its decision,
 * payments and reports, and the reports an organisation owes.
 */
@Controller
@PreAuthorize(FundingController.USERS)
class FundingController {

  static final String USERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'MINISTRY_OFFICIAL', 'NGO_WORKER',"
          + " 'RETURN_ORGANISATION_STAFF')";
  static final String MANAGERS = "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST')";

  /** Grant holders acting for themselves: not the funder, who decides. */
  static final String APPLICANTS =
      "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'NGO_WORKER',"
          + " 'RETURN_ORGANISATION_STAFF', 'SHELTER_STAFF', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER',"
          + " 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'IMMIGRATION_OFFICER', 'PROSECUTOR')";

  private final Funding funding;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;

  private final MessageSource messages;
  private final Amounts amounts;
  private final ReportFiles reportFiles;
  private final PlanReports planReports;

  private final PlanMoneySection moneySection;

  FundingController(
      Funding funding,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      Amounts amounts,
      ReportFiles reportFiles,
      PlanReports planReports,
      PlanMoneySection moneySection) {
    this.moneySection = moneySection;
    this.reportFiles = reportFiles;
    this.planReports = planReports;
    this.messages = messages;
    this.amounts = amounts;
    this.funding = funding;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  @GetMapping("/funding")
  String start(Model model) {
    Actor actor = currentActor.require();
    LocalDate today = funding.today();
    model.addAttribute("plans", funding.plans());
    model.addAttribute("grants", funding.grants(null, null, actor));
    List<ReportingDuty> owed =
        funding.duties(today.plusDays(60), null, actor).stream()
            .filter(d -> d.status().open())
            .toList();
    model.addAttribute("owed", owed);
    model.addAttribute("today", today);
    model.addAttribute("mayManage", FundingPolicy.mayManage(actor));
    model.addAttribute("readsAll", FundingPolicy.mayReadAll(actor));
    model.addAttribute("organisationNames", organisations.names());
    model.addAttribute("initiativeNames", initiativeNames());
    return "funding/start";
  }

  @GetMapping("/funding/plans/new")
  @PreAuthorize(MANAGERS)
  String newPlan(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new PlanForm(null, null, null, null, "DKK", null));
    }
    return "funding/new-plan";
  }

  /** A new action plan's fields as typed (ADR 0021). */
  public record PlanForm(
      String name, String startsOn, String endsOn, String budget, String currency, String source) {}

  @PostMapping("/funding/plans")
  @PreAuthorize(MANAGERS)
  String createPlan(
      @ModelAttribute("posted") PlanForm form, Model model, RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> {
          ActionPlan plan =
              funding.createPlan(
                  new ActionPlanDetails(
                      form.name(),
                      checks.check(() -> Fields.date("startsOn", form.startsOn())),
                      checks.check(() -> Fields.date("endsOn", form.endsOn())),
                      checks.check(() -> amount("budget", form.budget())),
                      form.currency(),
                      form.source()),
                  currentActor.require());
          redirect.addAttribute("plan", plan.id());
          return plan;
        },
        () -> "funding/new-plan",
        "/funding/plans/{plan}");
  }

  /** An initiative's line of the plan's money, every amount already written for the reader. */
  record MoneyRow(
      UUID id,
      String name,
      String status,
      String budget,
      String granted,
      String disbursed,
      String repaid,
      String returnCosts,
      String returnCostsOther) {}

  @GetMapping("/funding/plans/{id}")
  String plan(
      @PathVariable UUID id,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    Actor actor = currentActor.require();
    model.addAttribute("readsAll", FundingPolicy.mayReadAll(actor));
    model.addAttribute("mayManage", FundingPolicy.mayManage(actor));
    model.addAttribute("mayApply", FundingPolicy.mayApply(actor));
    if (FundingPolicy.mayReadAll(actor)) {
      // the dashboard: its figures read at every view, its markup kept while they stay the same
      Funding.PlanOverview overview = funding.overview(id, actor);
      List<PlanReports.MoneyLine> holders = planReports.lines(id, true, actor);
      ActionPlan plan = overview.plan();
      model.addAttribute("plan", plan);
      model.addAttribute("overview", overview);
      model.addAttribute(
          "money",
          moneySection.html(
              id,
              new PlanMoneySection.Figures(overview, holders, locale),
              request,
              response,
              () ->
                  Map.of(
                      "plan", plan,
                      "overview", overview,
                      "rows", moneyRows(overview, locale),
                      "chart", chart(overview),
                      "holderYears", holderYears(holders))));
      model.addAttribute(
          "initiatives", overview.initiatives().stream().map(l -> l.initiative()).toList());
    } else {
      model.addAttribute("plan", funding.plan(id));
      model.addAttribute("initiatives", funding.initiatives(id));
      model.addAttribute("organisationNames", organisations.names());
    }
    return "funding/plan";
  }

  /** The initiatives' lines of the plan's money, each amount written for the reader. */
  private List<MoneyRow> moneyRows(Funding.PlanOverview overview, Locale locale) {
    List<MoneyRow> rows = new ArrayList<>();
    for (Funding.InitiativeLine line : overview.initiatives()) {
      rows.add(
          new MoneyRow(
              line.initiative().id(),
              line.initiative().name(),
              messages.getMessage(
                  "funding.initiativeStatus." + line.initiative().status().name(), null, locale),
              amounts.format(line.totals().budget()),
              amounts.format(line.totals().granted()),
              amounts.format(line.totals().disbursed()),
              amounts.format(line.totals().repaid()),
              line.returnCosts() == null ? "" : amounts.format(line.returnCosts().amount()),
              line.returnCosts() == null || line.returnCosts().otherCurrencies().isEmpty()
                  ? null
                  : messages.getMessage(
                      "funding.returnCostsOther",
                      new Object[] {
                        line.returnCosts().otherCurrencies().stream()
                            .map(amounts::format)
                            .collect(Collectors.joining(", "))
                      },
                      locale)));
    }
    return rows;
  }

  /**
   * One initiative in the chart: bar lengths out of 100 for its budget, what was granted and what
   * was paid out (net of repayments), against the largest figure of the plan; y is the row's top.
   */
  public record ChartRow(String name, int y, int budget, int granted, int paid) {}

  private static List<ChartRow> chart(Funding.PlanOverview overview) {
    BigDecimal max = BigDecimal.ONE;
    for (Funding.InitiativeLine line : overview.initiatives()) {
      max = max.max(line.totals().budget().amount()).max(line.totals().granted().amount());
    }
    List<ChartRow> rows = new ArrayList<>();
    int y = 0;
    for (Funding.InitiativeLine line : overview.initiatives()) {
      rows.add(
          new ChartRow(
              line.initiative().name(),
              y,
              share(line.totals().budget().amount(), max),
              share(line.totals().granted().amount(), max),
              share(line.totals().net().amount().max(BigDecimal.ZERO), max)));
      y += 32;
    }
    return rows;
  }

  private static int share(BigDecimal amount, BigDecimal max) {
    return amount.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
  }

  /** A grant holder's money in one year of the plan, summed over the initiatives that fund it. */
  public record HolderYear(
      String organisation,
      int year,
      String granted,
      String disbursed,
      String repaid,
      String spent) {}

  /**
   * The plan's money per grant holder and year, summed by the database per initiative (the lines of
   * the CSV by holder) and here over the initiatives; ordered by holder and year.
   */
  private List<HolderYear> holderYears(List<PlanReports.MoneyLine> lines) {
    record Key(String organisation, int year, String currency) {}
    Map<Key, BigDecimal[]> sums =
        new TreeMap<>(
            Comparator.comparing(Key::organisation)
                .thenComparing(Key::year)
                .thenComparing(Key::currency));
    for (PlanReports.MoneyLine line : lines) {
      if (line.organisation() == null) {
        continue;
      }
      BigDecimal[] sum =
          sums.computeIfAbsent(
              new Key(line.organisation(), line.year(), line.currency()),
              k ->
                  new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                  });
      sum[0] = sum[0].add(nz(line.granted()));
      sum[1] = sum[1].add(nz(line.disbursed()));
      sum[2] = sum[2].add(nz(line.repaid()));
      sum[3] = sum[3].add(nz(line.spent()));
    }
    List<HolderYear> years = new ArrayList<>();
    sums.forEach(
        (key, sum) ->
            years.add(
                new HolderYear(
                    key.organisation(),
                    key.year(),
                    amounts.format(new Money(sum[0], key.currency())),
                    amounts.format(new Money(sum[1], key.currency())),
                    amounts.format(new Money(sum[2], key.currency())),
                    amounts.format(new Money(sum[3], key.currency())))));
    return years;
  }

  private static BigDecimal nz(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  @GetMapping("/funding/plans/{id}/initiatives/new")
  @PreAuthorize(MANAGERS)
  String newInitiative(@PathVariable UUID id, Model model) {
    ActionPlan plan = funding.plan(id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new LinkedHashMap<String, String>());
    }
    model.addAttribute("plan", plan);
    model.addAttribute("themes", Theme.values());
    model.addAttribute("organisations", picks());
    List<Integer> years = new ArrayList<>();
    for (int y = plan.startsOn().getYear(); y <= plan.endsOn().getYear(); y++) {
      years.add(y);
    }
    model.addAttribute("years", years);
    model.addAttribute("measures", Measure.values());
    model.addAttribute("programmes", Programme.values());
    return "funding/new-initiative";
  }

  @PostMapping("/funding/plans/{id}/initiatives")
  @PreAuthorize(MANAGERS)
  String createInitiative(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    ActionPlan plan = funding.plan(id);
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> {
          List<YearAmount> budgets = new ArrayList<>();
          for (int y = plan.startsOn().getYear(); y <= plan.endsOn().getYear(); y++) {
            String typed = form.get("budget-" + y);
            if (typed != null && !typed.isBlank()) {
              BigDecimal amount = checks.check(() -> amount("budgets", typed));
              if (amount != null) {
                budgets.add(new YearAmount(y, amount));
              }
            }
          }
          return funding.createInitiative(
              new InitiativeDetails(
                  id,
                  form.get("name"),
                  form.get("goal"),
                  checks.check(() -> Fields.enumValue(Theme.class, "theme", form.get("theme"))),
                  checks.check(() -> Fields.optionalUuid("responsible", form.get("responsible"))),
                  budgets,
                  indicators(form, plan, checks),
                  checks.check(
                      () ->
                          Fields.enumValue(
                              Programme.class, "fundsReturns", form.get("fundsReturns")))),
              currentActor.require());
        },
        () -> newInitiative(id, model),
        "/funding/plans/" + id);
  }

  /** A year's support costs of the returns an initiative pays for, written for the reader. */
  record ReturnCostRow(int year, String amount, int returns) {}

  /** A year's budget of an initiative, written for the reader. */
  record BudgetRow(int year, String amount) {}

  /**
   * An initiative: goal, who carries it out, budget by year, indicators with targets and the
   * history of its status; for the ministry and the centre the support costs of the returns it pays
   * for; for the centre the forms that move its status and say which returns it pays for.
   */
  @GetMapping("/funding/initiatives/{id}")
  String initiative(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Initiative initiative = funding.initiative(id);
    ActionPlan plan = funding.plan(initiative.plan());
    model.addAttribute("initiative", initiative);
    model.addAttribute("plan", plan);
    model.addAttribute(
        "responsibleName", organisations.names().getOrDefault(initiative.responsible(), ""));
    model.addAttribute("mayManage", FundingPolicy.mayManage(actor));
    model.addAttribute("mayApply", FundingPolicy.mayApply(actor));
    model.addAttribute("readsAll", FundingPolicy.mayReadAll(actor));
    model.addAttribute(
        "statuses",
        Arrays.stream(InitiativeStatus.values()).filter(s -> s != initiative.status()).toList());
    model.addAttribute("programmes", Programme.values());
    model.addAttribute("today", funding.today().toString());
    String currency = initiative.budget().currency();
    model.addAttribute(
        "budgets",
        initiative.budgets().stream()
            .map(b -> new BudgetRow(b.year(), amounts.format(new Money(b.amount(), currency))))
            .toList());
    if (FundingPolicy.mayReadAll(actor)) {
      List<ReturnCostRow> costs = new ArrayList<>();
      for (Repatriations.YearCost cost : funding.returnCostsByYear(id, actor)) {
        costs.add(
            new ReturnCostRow(
                cost.year(),
                amounts.format(new Money(cost.total(), cost.currency())),
                cost.repatriations()));
      }
      model.addAttribute("returnCosts", costs);
    }
    // the programme as sent back with an error, else the one the initiative pays for now
    model.addAttribute(
        "chosenReturns",
        model.getAttribute("returnsForm") instanceof ReturnsForm sent
            ? sent.fundsReturns()
            : initiative.fundsReturns() == null ? "" : initiative.fundsReturns().name());
    return "funding/initiative";
  }

  /** An initiative moved to another status, as typed (ADR 0021). */
  public record StatusForm(String status, String on, String note, String version) {}

  /** The programme whose returns an initiative pays for, as chosen. */
  public record ReturnsForm(String fundsReturns, String version) {}

  @PostMapping("/funding/initiatives/{id}/status")
  @PreAuthorize(MANAGERS)
  String changeStatus(
      @PathVariable UUID id,
      @ModelAttribute("statusForm") StatusForm form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        "statusForm",
        form,
        checks -> {
          // the day the status changed is a fact the page asks for, never assumed to be today
          LocalDate on = checks.check(() -> Fields.date("on", form.on()));
          if (on == null && blankOr(form.on()) == null) {
            checks.add("on", "validation.required");
          }
          return funding.changeStatus(
              id,
              checks.check(() -> Fields.enumValue(InitiativeStatus.class, "status", form.status())),
              on,
              form.note(),
              version(form.version()),
              currentActor.require());
        },
        () -> initiative(id, model),
        "/funding/initiatives/" + id);
  }

  @PostMapping("/funding/initiatives/{id}/returns")
  @PreAuthorize(MANAGERS)
  String payForReturns(
      @PathVariable UUID id,
      @ModelAttribute("returnsForm") ReturnsForm form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        "returnsForm",
        form,
        checks ->
            funding.payForReturns(
                id,
                checks.check(
                    () -> Fields.enumValue(Programme.class, "fundsReturns", form.fundsReturns())),
                version(form.version()),
                currentActor.require()),
        () -> initiative(id, model),
        "/funding/initiatives/" + id);
  }

  @GetMapping("/funding/initiatives/{id}/apply")
  @PreAuthorize(APPLICANTS)
  String applyForm(@PathVariable UUID id, Model model) {
    Initiative initiative = funding.initiative(id);
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new ApplicationForm(null, null, initiative.budget().currency(), null, null, null));
    }
    model.addAttribute("initiative", initiative);
    model.addAttribute("mayManage", FundingPolicy.mayManage(currentActor.require()));
    model.addAttribute("organisations", picks());
    return "funding/apply";
  }

  /** An application's fields as typed (ADR 0021). */
  public record ApplicationForm(
      String organisation,
      String amount,
      String currency,
      String periodFrom,
      String periodTo,
      String purpose) {}

  @PostMapping("/funding/initiatives/{id}/apply")
  @PreAuthorize(APPLICANTS)
  String apply(
      @PathVariable UUID id,
      @ModelAttribute("posted") ApplicationForm form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> {
          Grant grant =
              funding.apply(
                  new GrantApplication(
                      id,
                      checks.check(() -> Fields.optionalUuid("organisation", form.organisation())),
                      checks.check(() -> amount("amount", form.amount())),
                      form.currency(),
                      checks.check(() -> Fields.date("periodFrom", form.periodFrom())),
                      checks.check(() -> Fields.date("periodTo", form.periodTo())),
                      form.purpose()),
                  currentActor.require());
          redirect.addAttribute("grant", grant.id());
          return grant;
        },
        () -> applyForm(id, model),
        "/funding/grants/{grant}");
  }

  @GetMapping("/funding/grants/{id}")
  String grant(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Grant grant = funding.grant(id, actor);
    model.addAttribute("grant", grant);
    model.addAttribute("initiative", funding.initiative(grant.initiative()));
    List<ReportingDuty> duties = funding.duties(null, id, actor);
    model.addAttribute("duties", duties);
    Map<UUID, List<ReportAttachment>> attachments = new LinkedHashMap<>();
    for (ReportingDuty duty : duties) {
      attachments.put(duty.id(), reportFiles.list(duty.id(), actor));
    }
    model.addAttribute("attachments", attachments);
    model.addAttribute("today", funding.today());
    model.addAttribute("holderName", organisations.names().getOrDefault(grant.organisation(), ""));
    model.addAttribute("mayManage", FundingPolicy.mayManage(actor));
    model.addAttribute("mayReview", FundingPolicy.mayReview(actor));
    model.addAttribute("mayReport", FundingPolicy.mayActFor(grant.organisation(), actor));
    model.addAttribute("outcomes", GrantDecision.Outcome.values());
    model.addAttribute("dutyKinds", DutyKind.values());
    return "funding/grant";
  }

  /** A grant's decision, as typed (ADR 0021), with the first reporting duty. */
  public record DecisionForm(
      String outcome,
      String amount,
      String conditions,
      String decidedOn,
      String dutyKind,
      String dueOn,
      String version) {}

  /** A payment out or back, as typed. */
  public record PaymentForm(String kind, String paidOn, String amount, String note) {}

  @PostMapping("/funding/grants/{id}/decision")
  @PreAuthorize(MANAGERS)
  String decide(
      @PathVariable UUID id,
      @ModelAttribute("decisionForm") DecisionForm form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        "decisionForm",
        form,
        checks -> {
          List<DutyDetails> duties = new ArrayList<>();
          if (blankOr(form.dutyKind()) != null) {
            duties.add(
                new DutyDetails(
                    checks.check(
                        () -> Fields.enumValue(DutyKind.class, "dutyKind", form.dutyKind())),
                    checks.check(() -> Fields.date("dueOn", form.dueOn()))));
          }
          return funding.decide(
              id,
              new GrantDecision(
                  checks.check(
                      () ->
                          Fields.enumValue(GrantDecision.Outcome.class, "outcome", form.outcome())),
                  checks.check(() -> amount("amount", form.amount())),
                  form.conditions(),
                  checks.check(() -> Fields.date("decidedOn", form.decidedOn())),
                  duties),
              version(form.version()),
              currentActor.require());
        },
        () -> grant(id, model),
        "/funding/grants/" + id);
  }

  @PostMapping("/funding/grants/{id}/payments")
  @PreAuthorize(MANAGERS)
  String pay(
      @PathVariable UUID id,
      @ModelAttribute("paymentForm") PaymentForm form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        "paymentForm",
        form,
        checks -> {
          PaymentDetails payment =
              new PaymentDetails(
                  checks.check(() -> Fields.date("paidOn", form.paidOn())),
                  checks.check(() -> amount("amount", form.amount())),
                  null,
                  form.note());
          Actor actor = currentActor.require();
          return "REPAYMENT".equals(form.kind())
              ? funding.repay(id, payment, actor)
              : funding.disburse(id, payment, actor);
        },
        () -> grant(id, model),
        "/funding/grants/" + id);
  }

  /** The most figures a report form carries. */
  private static final int MOST_FIGURES = 40;

  /** Blank rows a report form offers beside the figures it asks for. */
  private static final int BLANK_FIGURES = 3;

  /**
   * One row of figures on the report form: its number on the form, the figure's name, its value as
   * typed, and whether the value is Haven's own count (to confirm or correct).
   */
  record FigureRow(int number, String name, String value, boolean counted) {}

  /**
   * A report owed under a grant, on a page of its own: what it says once submitted, the form that
   * submits it with every figure it asks for at once (the initiative's indicators, Haven's own
   * counts to confirm or correct, room for more), its attachments, and the review.
   */
  @GetMapping("/funding/reports/{id}")
  String report(@PathVariable UUID id, Model model, Locale locale) {
    Actor actor = currentActor.require();
    ReportingDuty duty = funding.duty(id, actor);
    Grant grant = funding.grant(duty.grant(), actor);
    Initiative initiative = funding.initiative(grant.initiative());
    model.addAttribute("duty", duty);
    model.addAttribute("grant", grant);
    model.addAttribute("initiative", initiative);
    model.addAttribute("holderName", organisations.names().getOrDefault(grant.organisation(), ""));
    model.addAttribute("today", funding.today());
    model.addAttribute("attachments", reportFiles.list(id, actor));
    model.addAttribute("mayReview", FundingPolicy.mayReview(actor));
    model.addAttribute(
        "mayReport",
        FundingPolicy.mayActFor(grant.organisation(), actor)
            && duty.status().open()
            && grant.status() != GrantStatus.CLOSED);
    List<FigureRow> rows = new ArrayList<>();
    if (model.containsAttribute("form")) {
      // sent back with errors: the rows as typed
      @SuppressWarnings("unchecked")
      Map<String, String> typed = (Map<String, String>) model.getAttribute("form");
      for (int k = 1; k <= figureCount(typed); k++) {
        rows.add(
            new FigureRow(
                k,
                typed.getOrDefault("figure-" + k + "-name", ""),
                typed.getOrDefault("figure-" + k + "-value", ""),
                "true".equals(typed.get("figure-" + k + "-counted"))));
      }
    } else {
      Map<String, String> form = new LinkedHashMap<>();
      if (duty.spent() != null) {
        form.put("spent", duty.spent().amount().toPlainString());
      }
      if (duty.summary() != null) {
        form.put("summary", duty.summary());
      }
      model.addAttribute("form", form);
      if (!duty.figures().isEmpty()) {
        // sent back for changes: what was reported, to correct
        duty.figures()
            .forEach(
                (name, value) ->
                    rows.add(new FigureRow(rows.size() + 1, name, String.valueOf(value), false)));
      } else {
        for (PlanReports.Prefill prefill : planReports.prefill(grant, initiative)) {
          String name =
              prefill.name() != null
                  ? prefill.name()
                  : messages.getMessage(
                      "funding.measureFigure." + prefill.measure().name(), null, locale);
          rows.add(
              new FigureRow(
                  rows.size() + 1,
                  name,
                  prefill.value() == null ? "" : String.valueOf(prefill.value()),
                  prefill.value() != null));
        }
      }
      for (int k = 0; k < BLANK_FIGURES && rows.size() < MOST_FIGURES; k++) {
        rows.add(new FigureRow(rows.size() + 1, "", "", false));
      }
    }
    model.addAttribute("figures", rows);
    return "funding/report";
  }

  @PostMapping("/funding/reports/{id}/submission")
  String submitReport(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    funding.duty(id, actor);
    return errors.submitAll(
        model,
        redirect,
        form,
        checks ->
            funding.submit(
                id,
                new ReportDetails(
                    checks.check(() -> amount("spent", form.get("spent"))),
                    figures(form, checks),
                    form.get("summary")),
                actor),
        () -> report(id, model, locale),
        "/funding/reports/" + id);
  }

  /**
   * The figures typed on a report form, each row checked beside its own fields: a row counts when
   * it has a name or a value, and then needs both; a name is given once.
   */
  private static Map<String, Long> figures(Map<String, String> form, InvalidInput.Gathered checks) {
    Map<String, Long> figures = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 1; k <= figureCount(form); k++) {
      String nameField = "figure-" + k + "-name";
      String valueField = "figure-" + k + "-value";
      String name = blankOr(form.get(nameField));
      String typed = blankOr(form.get(valueField));
      if (name == null && typed == null) {
        continue;
      }
      Integer value = checks.check(() -> Fields.optionalNumber(valueField, typed));
      if (name == null) {
        checks.add(nameField, "funding.figureNameMissing");
        continue;
      }
      if (name.length() > 100) {
        checks.add(nameField, "funding.figureName");
        continue;
      }
      if (typed == null) {
        checks.add(valueField, "funding.figureValueMissing");
        continue;
      }
      if (value != null && value < 0) {
        checks.add(valueField, "funding.negative");
        continue;
      }
      String key = name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (seen.putIfAbsent(key, k) != null) {
        checks.add(nameField, "funding.figureTwice");
        continue;
      }
      if (value != null) {
        figures.put(name, value.longValue());
      }
    }
    return figures;
  }

  /** How many rows of figures the form says it has, within bounds. */
  private static int figureCount(Map<String, String> form) {
    Integer count;
    try {
      count = Fields.optionalNumber("figures", form.get("figures"));
    } catch (InvalidInput unreadable) {
      count = null;
    }
    return count == null ? 0 : Math.max(0, Math.min(count, MOST_FIGURES));
  }

  @PostMapping("/funding/reports/{id}/attachments")
  String attach(
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    funding.duty(id, actor);
    try {
      reportFiles.attach(
          id,
          new ReportFiles.Upload(
              file == null ? null : file.getOriginalFilename(),
              file == null ? null : file.getContentType(),
              file == null || file.isEmpty() ? new byte[0] : file.getBytes()),
          actor);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return report(id, model, locale);
    } catch (IOException unreadable) {
      errors.add(model, "file", "funding.fileEmpty");
      return report(id, model, locale);
    }
    redirect.addFlashAttribute("saved", "funding.attached");
    return "redirect:/funding/reports/" + id;
  }

  @PostMapping("/funding/reports/{id}/review")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'MINISTRY_OFFICIAL')")
  String review(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    funding.duty(id, actor);
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            funding.review(
                id, new ReportReview("true".equals(form.get("accepted")), form.get("note")), actor),
        () -> report(id, model, locale),
        "/funding/reports/" + id);
  }

  /** The indicators typed on the initiative form: a row counts when its name is filled in. */
  private static List<PlanIndicatorDetails> indicators(
      Map<String, String> form, ActionPlan plan, InvalidInput.Gathered checks) {
    List<PlanIndicatorDetails> indicators = new ArrayList<>();
    for (int k = 1; k <= 2; k++) {
      String prefix = "indicator-" + k + "-";
      String name = blankOr(form.get(prefix + "name"));
      if (name == null) {
        continue;
      }
      List<YearAmount> targets = new ArrayList<>();
      for (int y = plan.startsOn().getYear(); y <= plan.endsOn().getYear(); y++) {
        String typed = form.get(prefix + "target-" + y);
        if (typed != null && !typed.isBlank()) {
          BigDecimal target = checks.check(() -> amount("indicators", typed));
          if (target != null) {
            targets.add(new YearAmount(y, target));
          }
        }
      }
      Measure measure =
          checks.check(
              () -> Fields.enumValue(Measure.class, "indicators", form.get(prefix + "measure")));
      indicators.add(
          new PlanIndicatorDetails(name, null, measure == null ? Measure.NONE : measure, targets));
    }
    return indicators;
  }

  private Map<UUID, String> initiativeNames() {
    Map<UUID, String> names = new LinkedHashMap<>();
    for (Initiative initiative : funding.initiatives(null)) {
      names.put(initiative.id(), initiative.name());
    }
    return names;
  }

  private List<Pick> picks() {
    return organisations.names().entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(e -> new Pick(e.getKey().toString(), e.getValue()))
        .toList();
  }

  private static long version(Map<String, String> form) {
    return version(form.get("version"));
  }

  private static long version(String typed) {
    Integer version = Fields.optionalNumber("version", typed);
    return version == null ? -1 : version;
  }

  private static String blankOr(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * An amount as typed, or null when nothing was typed: digits, spaces, and the reader's decimal
   * mark and thousands separator. Where both a point and a comma appear, the last is the decimal
   * mark. One mark alone is the decimal mark unless exactly three digits follow it and it is the
   * reader's thousands separator ({@code 2.500} is 2500 to a Dane, {@code 2,500} to an English
   * reader); a mark that appears more than once separates thousands.
   */
  static BigDecimal amount(String field, String typed) {
    String value = blankOr(typed);
    if (value == null) {
      return null;
    }
    String compact = value.replaceAll("[\\s\u00a0\u202f']", "");
    int comma = compact.lastIndexOf(',');
    int point = compact.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      char grouping = comma > point ? '.' : ',';
      compact = compact.replace(String.valueOf(grouping), "").replace(',', '.');
    } else if (comma >= 0 || point >= 0) {
      char mark = comma >= 0 ? ',' : '.';
      int at = Math.max(comma, point);
      boolean once = compact.indexOf(mark) == at;
      char readersGrouping =
          new DecimalFormatSymbols(LocaleContextHolder.getLocale()).getGroupingSeparator();
      boolean grouping = !once || mark == readersGrouping && compact.length() - at - 1 == 3;
      compact = grouping ? compact.replace(String.valueOf(mark), "") : compact.replace(mark, '.');
    }
    if (!compact.matches("-?\\d+(\\.\\d+)?")) {
      throw new InvalidInput(field, "funding.notAnAmount");
    }
    return new BigDecimal(compact);
  }
}
