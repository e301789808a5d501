package org.haven.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseStatus;
import org.haven.intake.Exploitation;
import org.haven.investigation.DateStatus;
import org.haven.investigation.InvestigationDetails;
import org.haven.investigation.InvestigationDetails.Charge;
import org.haven.investigation.InvestigationDetails.Compensation;
import org.haven.investigation.InvestigationDetails.CourtVerdict;
import org.haven.investigation.InvestigationDetails.Hearing;
import org.haven.investigation.InvestigationDetails.ProsecutionDecision;
import org.haven.investigation.Investigations;
import org.haven.investigation.ProsecutionOutcome;
import org.haven.investigation.VerdictOutcome;
import org.haven.investigation.VictimRole;
import org.haven.operations.BriefingItem;
import org.haven.operations.FindingCode;
import org.haven.operations.JointAction;
import org.haven.operations.JointActionPlan;
import org.haven.operations.JointActionRecord;
import org.haven.operations.JointActionRecord.Finding;
import org.haven.operations.JointActionRecord.FollowUpTask;
import org.haven.operations.JointActionRecord.MetGroup;
import org.haven.operations.JointActionRecord.Screening;
import org.haven.operations.JointActions;
import org.haven.operations.SiteType;
import org.haven.operations.TaskForce;
import org.haven.operations.TaskForceDetails;
import org.haven.operations.TaskForces;
import org.haven.outreach.ContactAge;
import org.haven.outreach.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The authorities' side of the demo: two years of joint actions across sectors (the held ones with
 * their records, a few coming), a task force on agriculture with a meeting, and criminal cases for
 * a share of the victims — charges, a few verdicts and compensation. Fixed seed: the same every
 * run.
 */
@Component
class DemoOperations {

  private static final Logger log = LoggerFactory.getLogger(DemoOperations.class);
  private static final List<String> CITIZENSHIPS =
      List.of("RO", "RO", "BG", "UA", "VN", "TH", "PH", "NG", "PL", "LT");

  /** Sector, kind of site and a name, for each kind of action. */
  private record Kind(String sector, SiteType site, String name, Authority lead) {}

  private enum Authority {
    POLICE,
    TAX,
    LABOUR
  }

  private static final List<Kind> KINDS =
      List.of(
          new Kind("F", SiteType.BUILDING_SITE, "Building sites", Authority.LABOUR),
          new Kind("G", SiteType.CAR_WASH, "Car washes", Authority.TAX),
          new Kind("A", SiteType.FARM, "Farms", Authority.LABOUR),
          new Kind("N", SiteType.CLEANING_COMPANY, "Cleaning companies", Authority.TAX),
          new Kind("S", SiteType.MASSAGE_PARLOUR, "Massage parlours", Authority.POLICE),
          new Kind("I", SiteType.RESTAURANT, "Restaurants", Authority.TAX),
          new Kind("L", SiteType.HOUSING, "Worker housing", Authority.LABOUR));

  private static final List<String> PLACES =
      List.of("Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Næstved");

  private final JointActions actions;
  private final TaskForces forces;
  private final Investigations investigations;
  private final CaseFiles cases;
  private final Organisations organisations;

  DemoOperations(
      JointActions actions,
      TaskForces forces,
      Investigations investigations,
      CaseFiles cases,
      Organisations organisations) {
    this.actions = actions;
    this.forces = forces;
    this.investigations = investigations;
    this.cases = cases;
    this.organisations = organisations;
  }

  void generate(List<UserAccount> users, LocalDate today) {
    UserAccount centreAccount = first(users, Role.CENTRE_CASEWORKER);
    if (centreAccount == null) {
      return;
    }
    Actor centre = DemoReferrals.actor(centreAccount);
    List<Organisation> districts = of(OrganisationType.POLICE_DISTRICT);
    Organisation tax = of(OrganisationType.TAX_AGENCY).stream().findFirst().orElse(null);
    Organisation labour =
        of(OrganisationType.LABOUR_INSPECTORATE).stream().findFirst().orElse(null);
    Organisation prosecution = of(OrganisationType.PROSECUTION).stream().findFirst().orElse(null);
    Organisation ngo = of(OrganisationType.NGO).stream().findFirst().orElse(null);
    if (districts.isEmpty() || tax == null || labour == null) {
      return;
    }
    Random random = new Random(17_2026L);
    ZoneId zone = actions.zone();
    int held = 0;
    for (int week = -104; week <= 8; week += 2) {
      Kind kind = KINDS.get(random.nextInt(KINDS.size()));
      Organisation district = districts.get(random.nextInt(districts.size()));
      Organisation lead =
          switch (kind.lead()) {
            case POLICE -> district;
            case TAX -> tax;
            case LABOUR -> labour;
          };
      List<UUID> invited = new ArrayList<>();
      invited.add(centre.organisation().value());
      for (Organisation o : List.of(district, tax, labour)) {
        if (!o.id().equals(lead.id()) && (o == district || random.nextBoolean())) {
          invited.add(o.id());
        }
      }
      if (ngo != null && kind.site() == SiteType.MASSAGE_PARLOUR) {
        invited.add(ngo.id());
      }
      LocalDate day = today.plusWeeks(week).plusDays(random.nextInt(5) - 2);
      String place = PLACES.get(random.nextInt(PLACES.size()));
      JointAction action =
          actions.plan(
              new JointActionPlan(
                  kind.name() + ", " + place,
                  lead.id(),
                  day.atTime(LocalTime.of(6 + random.nextInt(4), 0))
                      .atZone(zone)
                      .toOffsetDateTime(),
                  day.atTime(LocalTime.of(13, 0)).atZone(zone).toOffsetDateTime(),
                  kind.sector(),
                  kind.site(),
                  place,
                  null,
                  "Demo Street " + (1 + random.nextInt(90)) + " (fictional)",
                  invited,
                  List.of(),
                  List.of(BriefingItem.ROLES_AGREED, BriefingItem.INDICATORS_BRIEFED),
                  "Meet at the police station at 05:30."),
              centre);
      if (!day.isAfter(today) && week < 0) {
        actions.record(action.id(), action.version(), record(kind, action, lead, random), centre);
        held++;
      }
    }
    log.info("Demo joint actions planned; {} of them held and recorded", held);

    TaskForce agriculture =
        forces.found(
            new TaskForceDetails(
                "Agriculture task force",
                "Seasonal workers on vegetable and fruit farms: recruiters, housing and wages.",
                labour.id(),
                List.of(districts.get(0).id(), tax.id(), centre.organisation().value()),
                List.of(centreAccount.userId().value()),
                "A",
                today.minusMonths(8),
                today.plusMonths(4)),
            centre);
    forces.minute(
        agriculture.id(),
        today.minusMonths(7),
        "Four farms in the south with foreign seasonal workers housed in containers.",
        "A joint action on the two largest farms; the centre comes along.",
        centre);
    forces.minute(
        agriculture.id(),
        today.minusMonths(2),
        "The joint action found twelve workers without contracts; three were referred.",
        "Follow the criminal case; a second action before the harvest.",
        centre);

    List<CaseId> open =
        cases.list(CaseStatus.ACTIVE, false, 0, 200, centre).items().stream()
            .map(f -> f.id())
            .toList();
    int linked = 0;
    for (int i = 0; i < open.size(); i++) {
      CaseId id = open.get(i);
      if (i % 5 == 0 && linked < 4) {
        forces.link(agriculture.id(), id, centre);
        linked++;
      }
      if (i % 3 != 0) {
        continue;
      }
      Organisation district = districts.get(i % districts.size());
      LocalDate charged = today.minusDays(40 + random.nextInt(200));
      boolean decided = i % 2 == 0;
      boolean verdict = i % 6 == 0;
      investigations.keep(
          id,
          null,
          new InvestigationDetails(
              district.id(),
              prosecution == null ? null : prosecution.id(),
              String.format(
                  "%04d-8%04d-%05d-%02d",
                  1000 + i, random.nextInt(10_000), i, today.getYear() % 100),
              List.of("DK_PENAL_262A", i % 4 == 0 ? "DK_PENAL_260" : "DK_PENAL_266"),
              List.of(i % 2 == 0 ? Exploitation.SexualExploitation : Exploitation.ForcedLabour),
              VictimRole.WITNESS_AND_INJURED_PARTY,
              List.of(new Hearing(charged.minusDays(10), DateStatus.HELD)),
              List.of(new Charge(charged, List.of("DK_PENAL_262A"), 1 + random.nextInt(3))),
              decided && prosecution != null
                  ? new ProsecutionDecision(charged.plusDays(20), ProsecutionOutcome.INDICTED)
                  : null,
              verdict
                  ? List.of(new Hearing(charged.plusDays(30), DateStatus.HELD))
                  : decided
                      ? List.of(new Hearing(today.plusDays(14 + i), DateStatus.PLANNED))
                      : List.of(),
              verdict
                  ? new CourtVerdict(
                      charged.plusDays(31), VerdictOutcome.CONVICTED, 1, "Two years and six months")
                  : null,
              verdict
                  ? new Compensation(charged.plusDays(31), new BigDecimal("75000.00"), "DKK")
                  : null),
          centre);
    }
  }

  private static JointActionRecord record(
      Kind kind, JointAction action, Organisation lead, Random random) {
    List<MetGroup> met = new ArrayList<>();
    int groups = 1 + random.nextInt(4);
    for (int g = 0; g < groups; g++) {
      met.add(
          new MetGroup(
              kind.site() == SiteType.MASSAGE_PARLOUR
                  ? Sex.FEMALE
                  : (random.nextInt(5) == 0 ? Sex.FEMALE : Sex.MALE),
              ContactAge.values()[1 + random.nextInt(4)],
              CITIZENSHIPS.get(random.nextInt(CITIZENSHIPS.size())),
              1 + random.nextInt(8)));
    }
    int total = met.stream().mapToInt(MetGroup::people).sum();
    int screened = Math.min(total, random.nextInt(4));
    List<Screening> screenings = new ArrayList<>();
    for (int s = 0; s < screened; s++) {
      screenings.add(new Screening(List.of()));
    }
    List<Finding> findings = new ArrayList<>();
    FindingCode code =
        switch (kind.lead()) {
          case TAX -> FindingCode.UNDECLARED_WORK;
          case LABOUR -> FindingCode.UNSAFE_HOUSING;
          case POLICE -> FindingCode.ILLEGAL_STAY;
        };
    findings.add(new Finding(lead.id(), List.of(code), null));
    return new JointActionRecord(
        met,
        screenings,
        Math.min(total, random.nextInt(3)),
        Math.min(total, random.nextInt(2)),
        findings,
        List.of(
            new FollowUpTask(
                lead.id(),
                "Send the findings to the centre",
                action.startsAt().toLocalDate().plusDays(14),
                true)));
  }

  private List<Organisation> of(OrganisationType type) {
    return organisations.all().stream()
        .filter(o -> o.type() == type)
        .sorted(Comparator.comparing(Organisation::name))
        .toList();
  }

  private static UserAccount first(List<UserAccount> users, Role role) {
    return users.stream().filter(u -> u.roles().contains(role)).findFirst().orElse(null);
  }
}
