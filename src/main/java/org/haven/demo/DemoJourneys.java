package org.haven.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.access.OrganisationId;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.casework.CaseFiles;
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
  private final Clock clock;

  DemoJourneys(Identifications identifications, CaseFiles cases, Clock clock) {
    this.identifications = identifications;
    this.cases = cases;
    this.clock = clock;
  }

  /** Waits for the processes that acceptance opens (after commit), then walks each one. */
  void generate(List<UserAccount> users, LocalDate today) {
    Actor centre = actor(users, Role.CENTRE_CASEWORKER);
    Actor officer = actor(users, Role.IMMIGRATION_OFFICER);
    List<Identifications.Summary> opened = awaitOpened(centre);
    Random random = new Random(20261130L);
    int decided = 0;
    for (Identifications.Summary summary : opened) {
      try {
        if (walk(summary.id(), random, centre, officer, today)) {
          decided++;
        }
      } catch (InvalidInput | IllegalStateException e) {
        log.debug("Demo journey stopped early: {}", e.getClass().getSimpleName());
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
      if (room > 0 && random.nextInt(3) == 0) {
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
      cases
          .caseOf(identification.person())
          .ifPresent(
              c ->
                  cases.addTask(
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
    UserAccount account =
        users.stream().filter(u -> u.roles().contains(role)).findFirst().orElseThrow();
    return new Actor(
        account.userId(),
        new OrganisationId(account.organisation().value()),
        account.displayName(),
        account.roles(),
        account.language() == null ? Language.EN : account.language(),
        Instant.now());
  }
}
