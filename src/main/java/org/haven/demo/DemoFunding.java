package org.haven.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.funding.ActionPlan;
import org.haven.funding.ActionPlanDetails;
import org.haven.funding.CourseDetails;
import org.haven.funding.DutyDetails;
import org.haven.funding.DutyKind;
import org.haven.funding.Funding;
import org.haven.funding.Grant;
import org.haven.funding.GrantApplication;
import org.haven.funding.GrantDecision;
import org.haven.funding.Initiative;
import org.haven.funding.InitiativeDetails;
import org.haven.funding.InitiativeStatus;
import org.haven.funding.Measure;
import org.haven.funding.PaymentDetails;
import org.haven.funding.PlanIndicatorDetails;
import org.haven.funding.ReportDetails;
import org.haven.funding.ReportReview;
import org.haven.funding.ReportingDuty;
import org.haven.funding.Sector;
import org.haven.funding.SessionDetails;
import org.haven.funding.Theme;
import org.haven.funding.Training;
import org.haven.funding.TrainingCourse;
import org.haven.funding.YearAmount;
import org.haven.repatriation.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The action plan's money in the demo: the national action plan 2022–2025 of DKK 118.2 million
 * split over seven initiatives, yearly grants to the demo NGO, the shelters and IOM paid quarterly
 * with their reports accepted, the plan that follows with this year's grants and reports still owed
 * (one of them late), and training sessions for the police, municipalities, health care and the
 * inspectorates. Fixed amounts and dates relative to the plans: the same every run.
 */
@Component
class DemoFunding {

  private static final Logger log = LoggerFactory.getLogger(DemoFunding.class);

  private final Funding funding;
  private final Training training;
  private final Organisations organisations;

  DemoFunding(Funding funding, Training training, Organisations organisations) {
    this.funding = funding;
    this.training = training;
    this.organisations = organisations;
  }

  /** One initiative of a plan: its share of the budget, spread evenly over the plan's years. */
  private record Share(
      String name,
      String goal,
      Theme theme,
      String responsible,
      String million,
      List<PlanIndicatorDetails> indicators) {}

  void generate(List<UserAccount> users, LocalDate today) {
    UserAccount account =
        users.stream()
            .filter(u -> u.roles().contains(Role.CENTRE_CASEWORKER))
            .findFirst()
            .orElse(null);
    if (account == null) {
      return;
    }
    Actor centre = DemoReferrals.actor(account);
    Map<String, UUID> byName = new HashMap<>();
    organisations.names().forEach((id, name) -> byName.put(name, id));
    UUID ngo = byName.get("Nordlys Outreach");
    UUID shelters = byName.get("Havn Crisis Centres");
    UUID iom = byName.get("IOM Nordic Office");
    UUID centreOrg = byName.get("National Centre against Human Trafficking");
    UUID police = byName.get("Copenhagen Police District");
    if (ngo == null || shelters == null || iom == null || centreOrg == null || police == null) {
      return;
    }

    // the plan 2022–2025: DKK 118.2 million in seven initiatives
    ActionPlan finished =
        funding.createPlan(
            new ActionPlanDetails(
                "National action plan against human trafficking 2022–2025",
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 12, 31),
                new BigDecimal("118200000.00"),
                "DKK",
                "Finance acts 2022–2025"),
            centre);
    List<Share> shares =
        List.of(
            new Share(
                "Outreach and social support",
                "Meet persons in prostitution and migrant workers where they are",
                Theme.OUTREACH,
                "ngo",
                "26.0",
                List.of(indicator("Outreach contacts", Measure.OUTREACH_CONTACTS, 2022, 4, 1500))),
            new Share(
                "Shelters and safe accommodation",
                "A safe place for every identified victim who needs one",
                Theme.SHELTERS,
                "shelters",
                "38.4",
                List.of(indicator("Bed-nights", Measure.NONE, 2022, 4, 9000))),
            new Share(
                "Prepared return and reintegration",
                "Return with a plan and six months of support",
                Theme.REPATRIATION,
                "iom",
                "17.6",
                List.of(
                    indicator(
                        "Persons repatriated with a reintegration plan",
                        Measure.REPATRIATIONS,
                        2022,
                        4,
                        15))),
            new Share(
                "Training of frontline staff",
                "Police, municipalities, health care and inspectors recognise the signs",
                Theme.TRAINING,
                "centre",
                "6.2",
                List.of(indicator("People trained", Measure.TRAINING_PARTICIPANTS, 2022, 4, 400))),
            new Share(
                "Knowledge and the status report",
                "Correct figures every year, published without exposing a person",
                Theme.KNOWLEDGE,
                "centre",
                "9.0",
                List.of()),
            new Share(
                "Joint actions with police and inspectorates",
                "Victims found in joint actions are offered help the same day",
                Theme.JOINT_ACTIONS,
                "police",
                "8.0",
                List.of()),
            new Share(
                "Coordination by the centre",
                "One national coordination of the plan",
                Theme.COORDINATION,
                "centre",
                "13.0",
                List.of()));
    Map<String, UUID> responsible =
        Map.of("ngo", ngo, "shelters", shelters, "iom", iom, "centre", centreOrg, "police", police);
    Map<Theme, Initiative> byTheme = new EnumMap<>(Theme.class);
    for (Share share : shares) {
      Initiative initiative =
          funding.createInitiative(
              new InitiativeDetails(
                  finished.id(),
                  share.name(),
                  share.goal(),
                  share.theme(),
                  responsible.get(share.responsible()),
                  yearly(share.million(), 2022, 4),
                  share.indicators(),
                  share.theme() == Theme.REPATRIATION ? Programme.PREPARED_REPATRIATION : null),
              centre);
      initiative =
          funding.changeStatus(
              initiative.id(),
              InitiativeStatus.RUNNING,
              LocalDate.of(2022, 1, 3),
              "Agreement signed",
              initiative.version(),
              centre);
      byTheme.put(share.theme(), initiative);
    }
    int grants = 0;
    for (int year = 2022; year <= 2025; year++) {
      grants += yearlyGrant(byTheme.get(Theme.OUTREACH), ngo, year, "6200000.00", centre, today);
      grants +=
          yearlyGrant(byTheme.get(Theme.SHELTERS), shelters, year, "9100000.00", centre, today);
      grants +=
          yearlyGrant(byTheme.get(Theme.REPATRIATION), iom, year, "3900000.00", centre, today);
    }
    for (Initiative initiative : byTheme.values()) {
      Initiative now = funding.initiative(initiative.id());
      funding.changeStatus(
          now.id(),
          InitiativeStatus.DONE,
          LocalDate.of(2025, 12, 31),
          "The plan period ended",
          now.version(),
          centre);
    }

    // the plan that follows: this year's grants, their reports still owed, one of them late
    if (today.getYear() >= 2026) {
      int year = today.getYear();
      ActionPlan current =
          funding.createPlan(
              new ActionPlanDetails(
                  "National action plan against human trafficking " + year + "–" + (year + 3),
                  LocalDate.of(year, 1, 1),
                  LocalDate.of(year + 3, 12, 31),
                  new BigDecimal("125000000.00"),
                  "DKK",
                  "Finance act " + year),
              centre);
      Initiative outreach =
          funding.createInitiative(
              new InitiativeDetails(
                  current.id(),
                  "Outreach, online and on the street",
                  "Reach more people online",
                  Theme.OUTREACH,
                  ngo,
                  yearly("28.0", year, 4),
                  List.of(indicator("Outreach contacts", Measure.OUTREACH_CONTACTS, year, 4, 2200)),
                  null),
              centre);
      Initiative returns =
          funding.createInitiative(
              new InitiativeDetails(
                  current.id(),
                  "Prepared return and reintegration",
                  "Return with a plan and six months of support",
                  Theme.REPATRIATION,
                  iom,
                  yearly("18.4", year, 4),
                  List.of(),
                  Programme.PREPARED_REPATRIATION),
              centre);
      for (Initiative initiative : List.of(outreach, returns)) {
        funding.changeStatus(
            initiative.id(),
            InitiativeStatus.RUNNING,
            LocalDate.of(year, 1, 5),
            null,
            initiative.version(),
            centre);
      }
      LocalDate applied = LocalDate.of(year, 1, 12);
      Grant toNgo = grant(outreach, ngo, applied, "7000000.00", "6800000.00", centre);
      pay(toNgo, applied.plusDays(30), "1700000.00", today, centre);
      pay(toNgo, applied.plusDays(120), "1700000.00", today, centre);
      // a half-year report that is late, and the yearly report still to come
      addDuty(toNgo, DutyKind.ACTIVITY_REPORT, LocalDate.of(year, 7, 31), today, centre);
      addDuty(toNgo, DutyKind.DATA_DELIVERY, LocalDate.of(year + 1, 1, 31), today, centre);
      Grant toIom = grant(returns, iom, applied, "4600000.00", "4600000.00", centre);
      pay(toIom, applied.plusDays(30), "2300000.00", today, centre);
      ReportingDuty accounts =
          addDuty(toIom, DutyKind.ACCOUNTS, LocalDate.of(year, 6, 30), today, centre);
      if (accounts != null) {
        funding.submit(
            accounts.id(),
            new ReportDetails(
                new BigDecimal("2210450.00"),
                Map.of("Persons repatriated with a reintegration plan", 7L),
                "First half-year: seven returns with a plan"),
            centre);
      }
      grants += 2;
    }

    int sessions = trainingSessions(centre, byName, today);
    log.info(
        "Demo funding: two action plans, {} grants and {} training sessions", grants, sessions);
  }

  /** A year's grant applied for in January, granted in February, paid quarterly, reported. */
  private int yearlyGrant(
      Initiative initiative, UUID holder, int year, String amount, Actor centre, LocalDate today) {
    LocalDate applied = LocalDate.of(year, 1, 10);
    Grant grant = grant(initiative, holder, applied, amount, amount, centre);
    BigDecimal quarter = new BigDecimal(amount).divide(BigDecimal.valueOf(4));
    for (int q = 0; q < 4; q++) {
      pay(grant, LocalDate.of(year, 2 + 3 * q, 15), quarter.toPlainString(), today, centre);
    }
    BigDecimal unspent = year == 2025 ? new BigDecimal("84312.50") : BigDecimal.ZERO;
    if (unspent.signum() > 0) {
      funding.repay(
          grant.id(),
          new PaymentDetails(LocalDate.of(year + 1, 3, 20), unspent, null, "Unspent at year end"),
          centre);
    }
    ReportingDuty report =
        addDuty(grant, DutyKind.ACTIVITY_REPORT, LocalDate.of(year + 1, 3, 31), today, centre);
    if (report != null) {
      Map<String, Long> figures =
          switch (initiative.theme()) {
            case SHELTERS -> Map.of("Bed-nights", 8400L + 300L * (year - 2022));
            case OUTREACH -> Map.of("Outreach contacts", 1450L + 150L * (year - 2022));
            default -> Map.of();
          };
      funding.submit(
          report.id(),
          new ReportDetails(
              new BigDecimal(amount).subtract(unspent), figures, "Activities as agreed"),
          centre);
      funding.review(report.id(), new ReportReview(true, null), centre);
    }
    return 1;
  }

  private Grant grant(
      Initiative initiative,
      UUID holder,
      LocalDate applied,
      String requested,
      String granted,
      Actor centre) {
    Grant grant =
        funding.apply(
            new GrantApplication(
                initiative.id(),
                holder,
                new BigDecimal(requested),
                "DKK",
                LocalDate.of(applied.getYear(), 1, 1),
                LocalDate.of(applied.getYear(), 12, 31),
                initiative.goal(),
                applied),
            centre);
    boolean full = requested.equals(granted);
    return funding.decide(
        grant.id(),
        new GrantDecision(
            full ? GrantDecision.Outcome.GRANTED : GrantDecision.Outcome.PARTLY,
            new BigDecimal(granted),
            "Activity report by 31 March of the following year",
            applied.plusDays(22),
            List.of()),
        grant.version(),
        centre);
  }

  private void pay(Grant grant, LocalDate on, String amount, LocalDate today, Actor centre) {
    if (!on.isAfter(today)) {
      funding.disburse(
          grant.id(), new PaymentDetails(on, new BigDecimal(amount), null, null), centre);
    }
  }

  private ReportingDuty addDuty(
      Grant grant, DutyKind kind, LocalDate due, LocalDate today, Actor centre) {
    return funding.addDuty(grant.id(), new DutyDetails(kind, due), centre);
  }

  private int trainingSessions(Actor centre, Map<String, UUID> byName, LocalDate today) {
    TrainingCourse signs =
        training.createCourse(
            new CourseDetails(
                "Recognising trafficking: signs and first steps",
                "Indicators of trafficking, talking to a possible victim, referring to the centre",
                List.of(Sector.POLICE, Sector.MUNICIPALITY, Sector.HEALTH, Sector.NGO),
                null,
                "Slides and the indicator card, in Danish and English"),
            centre);
    TrainingCourse labour =
        training.createCourse(
            new CourseDetails(
                "Labour exploitation for inspectors",
                "Signs of forced labour at workplaces; joint actions; what to do on the day",
                List.of(Sector.TAX, Sector.LABOUR_INSPECTION, Sector.POLICE),
                null,
                "Case studies from joint actions"),
            centre);
    List<UUID> police =
        byName.get("Copenhagen Police District") == null
            ? List.of()
            : List.of(byName.get("Copenhagen Police District"));
    int sessions = 0;
    for (int year = 2022; year <= today.getYear(); year++) {
      for (int quarter = 0; quarter < 4; quarter++) {
        LocalDate day = LocalDate.of(year, 2 + 3 * quarter, 10 + quarter);
        if (day.isAfter(today)) {
          break;
        }
        int shift = (year - 2022) * 2 + quarter;
        Map<Sector, Integer> came = new EnumMap<>(Sector.class);
        came.put(Sector.POLICE, 18 + shift % 7);
        came.put(Sector.MUNICIPALITY, 9 + shift % 5);
        came.put(Sector.HEALTH, 4 + shift % 3);
        came.put(Sector.NGO, 3 + shift % 4);
        training.addSession(
            signs.id(),
            new SessionDetails(day, day, quarter % 2 == 0 ? "Copenhagen" : "Aarhus", police, came),
            centre);
        sessions++;
        if (quarter % 2 == 1) {
          Map<Sector, Integer> inspectors = new EnumMap<>(Sector.class);
          inspectors.put(Sector.TAX, 6 + shift % 4);
          inspectors.put(Sector.LABOUR_INSPECTION, 8 + shift % 5);
          inspectors.put(Sector.POLICE, 3);
          training.addSession(
              labour.id(),
              new SessionDetails(day.plusDays(7), day.plusDays(8), "Odense", List.of(), inspectors),
              centre);
          sessions++;
        }
      }
    }
    return sessions;
  }

  private static List<YearAmount> yearly(String million, int from, int years) {
    BigDecimal total = new BigDecimal(million).multiply(new BigDecimal("1000000"));
    BigDecimal each = total.divide(BigDecimal.valueOf(years), 2, RoundingMode.DOWN);
    List<YearAmount> budgets = new ArrayList<>();
    for (int i = 0; i < years; i++) {
      BigDecimal amount =
          i == years - 1 ? total.subtract(each.multiply(BigDecimal.valueOf(years - 1))) : each;
      budgets.add(new YearAmount(from + i, amount));
    }
    return budgets;
  }

  private static PlanIndicatorDetails indicator(
      String name, Measure measure, int from, int years, long target) {
    List<YearAmount> targets = new ArrayList<>();
    for (int i = 0; i < years; i++) {
      targets.add(new YearAmount(from + i, BigDecimal.valueOf(target + 100L * i)));
    }
    return new PlanIndicatorDetails(name, null, measure, targets);
  }
}
