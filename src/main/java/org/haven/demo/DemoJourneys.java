package org.haven.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.accommodation.Placements;
import org.haven.accommodation.Shelter;
import org.haven.accommodation.ShelterDetails;
import org.haven.accommodation.Shelters;
import org.haven.accommodation.TargetGroup;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseTasks;
import org.haven.identification.Authority;
import org.haven.identification.DecisionInput;
import org.haven.identification.DecisionOutcome;
import org.haven.identification.ExtensionGround;
import org.haven.identification.Identification;
import org.haven.identification.IdentificationId;
import org.haven.identification.Identifications;
import org.haven.identification.InterviewPlan;
import org.haven.identification.InterviewRecord;
import org.haven.identification.InterviewStatus;
import org.haven.identification.PeriodEndReason;
import org.haven.identification.PlaceType;
import org.haven.identification.ResidenceStatus;
import org.haven.intake.Exploitation;
import org.haven.repatriation.FollowUpStatus;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations;
import org.haven.repatriation.SupportItemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Realistic journeys for the demo referrals the centre accepted: residence statuses, one or two
 * interviews, decisions by the competent authority (the immigration service for most, the centre
 * for legal residents) with a realistic mix of outcomes, periods that ran out, ended early or were
 * extended towards 120 days, upcoming interviews and tasks. Seeded, so every demo looks the same.
 */
@Component
class DemoJourneys {

  private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);

  private final Identifications identifications;
  private final CaseFiles cases;
  private final CaseTasks tasks;
  private final Shelters shelters;
  private final Placements placements;
  private final Repatriations repatriations;
  private final Organisations organisations;
  private final Clock clock;
  private final List<Shelter> demoShelters = new ArrayList<>();
  private UUID partner;
  // the demo shows every feature at least once, whatever order the processes come in
  private boolean extendedOnce;
  private boolean departedOnce;

  DemoJourneys(
      Identifications identifications,
      CaseFiles cases,
      CaseTasks tasks,
      Shelters shelters,
      Placements placements,
      Repatriations repatriations,
      Organisations organisations,
      Clock clock) {
    this.identifications = identifications;
    this.cases = cases;
    this.tasks = tasks;
    this.shelters = shelters;
    this.placements = placements;
    this.repatriations = repatriations;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Shelters across the country, run by the demo shelter operators, an NGO and a municipality. */
  private void shelters(Actor centre) {
    var byName = organisations.names();
    Map<String, UUID> ids = new HashMap<>();
    byName.forEach((id, name) -> ids.put(name, id));
    partner = ids.get("IOM Nordic Office");
    Object[][] rows = {
      {"Havn Crisis Centres", "Havn House Nørrebro", "København", 10, 0, 0, 2, 2},
      {"Havn Crisis Centres", "Havn House Valby", "København", 0, 6, 0, 0, 2},
      {"Havn Crisis Centres", "Havn Roskilde", "Roskilde", 6, 0, 0, 2, 0},
      {"Havn Crisis Centres", "Havn Nordsjælland", "Hillerød", 4, 4, 0, 0, 0},
      {"Fyr Shelter Association", "Fyr Odense", "Odense", 8, 0, 0, 2, 1},
      {"Fyr Shelter Association", "Fyr Esbjerg", "Esbjerg", 0, 8, 0, 0, 0},
      {"Fyr Shelter Association", "Fyr Kolding", "Kolding", 5, 3, 0, 1, 0},
      {"Bridge Denmark", "Bridge House Aarhus", "Aarhus", 6, 4, 0, 0, 2},
      {"Aarhus Municipality", "Aarhus Children's Home", "Aarhus", 0, 0, 6, 0, 0},
    };
    int street = 1;
    for (Object[] row : rows) {
      UUID operator = ids.get((String) row[0]);
      if (operator == null) {
        continue;
      }
      Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
      TargetGroup[] groups = TargetGroup.values();
      for (int g = 0; g < groups.length; g++) {
        int count = (Integer) row[3 + g];
        if (count > 0) {
          places.put(groups[g], count);
        }
      }
      demoShelters.add(
          shelters.register(
              new ShelterDetails(
                  (String) row[1],
                  operator,
                  (String) row[2],
                  "Demo Street " + (street++) + " (fictional)",
                  "+45 70 00 00 0" + street,
                  true,
                  places),
              centre));
    }
  }

  /** A place for a person whose period runs; the waiting list when nothing fits. */
  private void place(
      Identification identification, LocalDate from, LocalDate to, Random random, Actor centre) {
    TargetGroup group =
        identification.minor()
            ? TargetGroup.CHILDREN
            : random.nextInt(3) == 0 ? TargetGroup.MEN : TargetGroup.WOMEN;
    List<Shelter> fitting =
        demoShelters.stream().filter(s -> s.places().getOrDefault(group, 0) > 0).toList();
    for (int attempt = 0; attempt < fitting.size(); attempt++) {
      var shelter = fitting.get((random.nextInt(fitting.size()) + attempt) % fitting.size());
      try {
        placements.place(identification.person(), shelter.id(), group, from, to, centre);
        return;
      } catch (InvalidInput full) {
        // try the next shelter
      }
    }
    placements.waitFor(identification.person(), group, from, null, centre);
  }

  /**
   * A prepared repatriation: offered, agreed, planned with support, for some carried out and
   * followed up.
   */
  private void repatriate(
      Identification identification, Random random, Actor centre, LocalDate today) {
    var r = repatriations.offer(identification.person(), Programme.PREPARED_REPATRIATION, centre);
    if (random.nextInt(5) == 0 && departedOnce) {
      repatriations.decline(
          r.repatriationId(), r.version(), "Wishes to stay and seek asylum (demo).", centre);
      return;
    }
    r = repatriations.accept(r.repatriationId(), r.version(), null, centre);
    String[] countries = {"RO", "UA", "VN", "NG", "TH", "BG", "PH"};
    String[] places = {"Iași", "Lviv", "Hải Phòng", "Benin City", "Udon Thani", "Sliven", "Cebu"};
    int c = random.nextInt(countries.length);
    r =
        repatriations.plan(
            r.repatriationId(),
            r.version(),
            countries[c],
            places[c],
            partner,
            today.plusDays(random.nextInt(20)),
            "Flight; escort to the partner's office (demo).",
            centre);
    r =
        repatriations.addSupport(
            r.repatriationId(),
            r.version(),
            SupportItemType.MONTHLY_ALLOWANCE,
            new BigDecimal(750 + 150 * random.nextInt(5)),
            "DKK",
            6,
            null,
            centre);
    r =
        repatriations.addSupport(
            r.repatriationId(),
            r.version(),
            random.nextBoolean() ? SupportItemType.BUSINESS_START_UP : SupportItemType.SCHOOLING,
            new BigDecimal(6000 + 500 * random.nextInt(10)),
            "DKK",
            1,
            null,
            centre);
    if (random.nextInt(3) > 0 || !departedOnce) {
      departedOnce = true;
      r = repatriations.depart(r.repatriationId(), r.version(), today, centre);
      repatriations.report(
          r.repatriationId(),
          r.version(),
          today,
          FollowUpStatus.ON_TRACK,
          "Met at the partner's office (demo).",
          true,
          true,
          centre);
    }
  }

  /** Waits for the processes that acceptance opens (after commit), then walks each one. */
  void generate(List<UserAccount> users, LocalDate today) {
    Actor centre = actor(users, Role.CENTRE_CASEWORKER);
    Actor officer = actor(users, Role.IMMIGRATION_OFFICER);
    List<Identifications.Summary> opened = awaitOpened(centre);
    shelters(centre);
    Random random = new Random(20261130L);
    int decided = 0;
    for (Identifications.Summary summary : opened) {
      try {
        if (walk(summary.id(), random, centre, officer, today)) {
          decided++;
        }
      } catch (InvalidInput | IllegalStateException e) {
        log.info(
            "Demo journey stopped early: {} {}",
            e.getClass().getSimpleName(),
            e instanceof InvalidInput invalid ? invalid.messageKey() : "");
      }
    }
    log.info("Demo journeys: {} identification processes, {} decided", opened.size(), decided);
  }

  private boolean walk(
      IdentificationId id, Random random, Actor centre, Actor officer, LocalDate today) {
    Identification identification = identifications.find(id, centre);
    LocalDate referred = identification.referralDate();
    int r = random.nextInt(100);
    ResidenceStatus residence =
        r < 50
            ? ResidenceStatus.NO_LEGAL_RESIDENCE
            : r < 65
                ? ResidenceStatus.ASYLUM_SEEKER
                : r < 85
                    ? ResidenceStatus.EU_CITIZEN
                    : r < 95 ? ResidenceStatus.LEGAL_RESIDENCE : ResidenceStatus.UNKNOWN;
    identification =
        identifications.recordResidence(id, identification.version(), residence, centre);
    long age = ChronoUnit.DAYS.between(referred, today);
    if (age < 3) {
      // a fresh case: the first interview is still to come
      schedule(
          identification,
          today.plusDays(1 + random.nextInt(6)),
          random,
          centre,
          identification.minor());
      return false;
    }
    LocalDate heldOn = referred.plusDays(Math.min(age - 1, 1 + random.nextInt(10)));
    identification = holdInterview(identification, heldOn, random, centre);
    if (residence == ResidenceStatus.UNKNOWN || random.nextInt(10) == 0) {
      if (random.nextBoolean()) {
        schedule(
            identification,
            today.plusDays(random.nextInt(7)),
            random,
            centre,
            identification.minor());
      }
      return false;
    }
    LocalDate decidedOn =
        heldOn.plusDays(Math.min(ChronoUnit.DAYS.between(heldOn, today), 5 + random.nextInt(30)));
    if (age <= 150) {
      // the last months' cases are the ones being worked now: their periods still run
      LocalDate recent = today.minusDays(random.nextInt(25));
      decidedOn = recent.isBefore(heldOn) ? heldOn : recent;
    }
    int o = random.nextInt(100);
    DecisionOutcome outcome =
        o < 72
            ? DecisionOutcome.VICTIM
            : o < 90 ? DecisionOutcome.NOT_VICTIM : DecisionOutcome.INCONCLUSIVE;
    Authority authority = identification.competentAuthority().orElseThrow();
    Actor decider =
        authority == Authority.IMMIGRATION_SERVICE && random.nextInt(4) > 0 ? officer : centre;
    boolean onBehalf = decider == centre && authority != Authority.NATIONAL_CENTRE;
    List<Exploitation> forms = forms(random);
    identification =
        identifications.decide(
            id,
            identification.version(),
            new DecisionInput(
                outcome,
                authority,
                onBehalf,
                decidedOn,
                outcome == DecisionOutcome.VICTIM ? forms : List.of(),
                outcome == DecisionOutcome.VICTIM ? forms.get(0) : null,
                "DK",
                "Assessment after the identification interview (demo).",
                null,
                null),
            decider);
    if (!identification.periodRunning()) {
      return true;
    }
    LocalDate endsOn = identifications.periodEndsOn(identification).orElseThrow();
    if (!endsOn.isBefore(today)) {
      // still running: some are extended for a prepared repatriation or special reasons
      int room = identifications.maxPeriodDays() - identification.totalDays();
      if (room > 0 && (random.nextInt(3) == 0 || !extendedOnce)) {
        extendedOnce = true;
        identification =
            identifications.extend(
                id,
                identification.version(),
                Math.min(room, 30 + 30 * random.nextInt(3)),
                random.nextBoolean()
                    ? ExtensionGround.COOPERATION_ON_REPATRIATION
                    : ExtensionGround.SPECIAL_REASONS,
                "Requested by the contact person (demo).",
                decider);
      }
      LocalDate from = decidedOn.isBefore(today.minusDays(30)) ? today.minusDays(30) : decidedOn;
      LocalDate to = identifications.periodEndsOn(identification).orElse(today.plusDays(30));
      place(identification, from, to.isAfter(from) ? to : from.plusDays(1), random, centre);
      if (random.nextBoolean()) {
        repatriate(identification, random, centre, today);
      }
      cases
          .caseOf(identification.person())
          .ifPresent(
              c ->
                  tasks.add(
                      c,
                      random.nextBoolean()
                          ? "Follow up with the lawyer"
                          : "Discuss a prepared repatriation",
                      today.plusDays(random.nextInt(10)),
                      null,
                      centre));
    } else if (random.nextInt(3) == 0) {
      LocalDate left = decidedOn.plusDays(5 + random.nextInt(20));
      PeriodEndReason[] reasons = {
        PeriodEndReason.DEPARTED,
        PeriodEndReason.LOST_CONTACT,
        PeriodEndReason.OTHER_ROUTE,
        PeriodEndReason.DECLINED_SUPPORT
      };
      identifications.endPeriod(
          id,
          identification.version(),
          left.isAfter(today) ? today : left,
          reasons[random.nextInt(reasons.length)],
          decider);
    }
    return true;
  }

  private Identification holdInterview(
      Identification identification, LocalDate on, Random random, Actor centre) {
    Identifications.Scheduled scheduled =
        identifications.schedule(
            identification.identificationId(),
            plan(on.atTime(10, 0).toInstant(ZoneOffset.UTC), random, identification.minor()),
            centre);
    var interview =
        scheduled.identification().interviews().stream()
            .filter(i -> i.interviewId().equals(scheduled.interview()))
            .findFirst()
            .orElseThrow();
    return identifications.recordInterview(
        identification.identificationId(),
        scheduled.identification().version(),
        scheduled.interview(),
        new InterviewRecord(
            InterviewStatus.HELD,
            interview.scheduledAt(),
            on,
            interview.placeType(),
            interview.municipality(),
            interview.interpreterLanguage(),
            interview.companionPresent(),
            interview.representativePresent(),
            List.of(),
            "Interview notes (demo)."),
        centre);
  }

  private void schedule(
      Identification identification, LocalDate on, Random random, Actor centre, boolean minor) {
    identifications.schedule(
        identification.identificationId(),
        plan(on.atTime(9 + random.nextInt(6), 0).toInstant(ZoneOffset.UTC), random, minor),
        centre);
  }

  private static InterviewPlan plan(Instant at, Random random, boolean minor) {
    PlaceType[] places = PlaceType.values();
    String[] towns = {"København", "Aarhus", "Odense", "Aalborg", "Esbjerg"};
    String[] languages = {"ro", "uk", "th", "vi", "en", "es", "bg"};
    return new InterviewPlan(
        at,
        null,
        null,
        places[random.nextInt(places.length)],
        towns[random.nextInt(towns.length)],
        languages[random.nextInt(languages.length)],
        random.nextInt(3) == 0,
        minor || random.nextInt(10) == 0);
  }

  private static List<Exploitation> forms(Random random) {
    int f = random.nextInt(100);
    List<Exploitation> forms = new ArrayList<>();
    forms.add(
        f < 55
            ? Exploitation.SexualExploitation
            : f < 80
                ? Exploitation.ForcedLabour
                : f < 92 ? Exploitation.ForcedCriminality : Exploitation.Servitude);
    if (random.nextInt(6) == 0 && forms.get(0) != Exploitation.ForcedCriminality) {
      forms.add(Exploitation.ForcedCriminality);
    }
    return forms;
  }

  private List<Identifications.Summary> awaitOpened(Actor centre) {
    Instant giveUp = clock.instant().plus(Duration.ofSeconds(60));
    long seen = -1;
    while (clock.instant().isBefore(giveUp)) {
      long total =
          identifications
              .list(new Identifications.Filter(null, null, null, null, 0, 1), centre)
              .total();
      if (total > 0 && total == seen) {
        break;
      }
      seen = total;
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    List<Identifications.Summary> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      var found =
          identifications.list(
              new Identifications.Filter(null, null, null, null, page, 200), centre);
      all.addAll(found.items());
      if (found.items().size() < 200) {
        break;
      }
    }
    return all;
  }

  private static Actor actor(List<UserAccount> users, Role role) {
    return DemoReferrals.actor(
        users.stream().filter(u -> u.roles().contains(role)).findFirst().orElseThrow());
  }
}
