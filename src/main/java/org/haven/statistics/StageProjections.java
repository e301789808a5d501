package org.haven.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.accommodation.PlacementEnded;
import org.haven.accommodation.PlacementFact;
import org.haven.accommodation.PlacementStarted;
import org.haven.accommodation.Placements;
import org.haven.casework.ServiceRecorded;
import org.haven.casework.Support;
import org.haven.identification.IdentificationId;
import org.haven.identification.Identifications;
import org.haven.identification.PeriodFact;
import org.haven.identification.ReflectionPeriodAnswered;
import org.haven.identification.ReflectionPeriodEnded;
import org.haven.identification.ReflectionPeriodExtended;
import org.haven.identification.ReflectionPeriodStarted;
import org.haven.intake.ReferralSubmitted;
import org.haven.intake.Referrals;
import org.haven.intake.ReferralsImported;
import org.haven.intake.SubmissionFact;
import org.haven.people.Birth;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonProfile;
import org.haven.repatriation.PersonReturned;
import org.haven.repatriation.ReintegrationEnded;
import org.haven.repatriation.RepatriationAgreed;
import org.haven.repatriation.RepatriationChanged;
import org.haven.repatriation.RepatriationFact;
import org.haven.repatriation.RepatriationId;
import org.haven.repatriation.RepatriationStatus;
import org.haven.repatriation.Repatriations;
import org.haven.repatriation.ReturnsImported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The stages of the journey the status report counts besides the decisions: referrals as sent (by
 * channel and by the kind of organisation that sent them), reflection and restitution periods,
 * prepared repatriations from offer to the reintegration's outcome, services given and stays in
 * shelters. Each row is the source module's fact (read from its front door when its event arrives),
 * with whether the person was a child at the time. Ids, codes and dates only.
 */
@Component
class StageProjections {

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final Referrals referrals;
  private final Organisations organisations;
  private final Identifications identifications;
  private final Repatriations repatriations;
  private final Support support;
  private final Placements placements;
  private final People people;
  private final StatisticsSettings settings;

  StageProjections(
      JdbcClient jdbc,
      JdbcTemplate batches,
      Referrals referrals,
      Organisations organisations,
      Identifications identifications,
      Repatriations repatriations,
      Support support,
      Placements placements,
      People people,
      StatisticsSettings settings) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.referrals = referrals;
    this.organisations = organisations;
    this.identifications = identifications;
    this.repatriations = repatriations;
    this.support = support;
    this.placements = placements;
    this.people = people;
    this.settings = settings;
  }

  @ApplicationModuleListener
  void on(ReferralSubmitted submitted) {
    referrals.submissionFact(submitted.referral()).ifPresent(this::store);
  }

  /**
   * An import's batch: read in one query, organisation kinds looked up once each, written in one
   * statement.
   */
  @ApplicationModuleListener
  void on(ReferralsImported imported) {
    Map<UUID, String> kinds = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    for (SubmissionFact fact : referrals.submissionFacts(imported.referrals())) {
      rows.add(referralRow(fact, kinds));
    }
    if (!rows.isEmpty()) {
      batches.batchUpdate(REFERRAL_UPSERT, rows);
    }
  }

  @ApplicationModuleListener
  void on(ReturnsImported imported) {
    List<RepatriationFact> facts =
        repatriations.facts(imported.returns().stream().map(PersonReturned::repatriation).toList());
    Map<PersonId, PersonProfile> profiles =
        people.profiles(facts.stream().map(RepatriationFact::person).toList());
    List<Object[]> rows = new ArrayList<>();
    for (RepatriationFact fact : facts) {
      rows.add(repatriationRow(fact, null, profiles));
    }
    if (!rows.isEmpty()) {
      batches.batchUpdate(REPATRIATION_UPSERT, rows);
    }
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodStarted started) {
    period(started.identification());
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodExtended extended) {
    period(extended.identification());
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodEnded ended) {
    period(ended.identification());
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodAnswered answered) {
    period(answered.identification());
  }

  @ApplicationModuleListener
  void on(RepatriationChanged changed) {
    repatriation(changed.repatriation(), null);
  }

  @ApplicationModuleListener
  void on(RepatriationAgreed agreed) {
    repatriation(agreed.repatriation(), null);
  }

  @ApplicationModuleListener
  void on(PersonReturned returned) {
    repatriation(returned.repatriation(), null);
  }

  @ApplicationModuleListener
  void on(ReintegrationEnded ended) {
    repatriation(ended.repatriation(), ended.endedOn());
  }

  @ApplicationModuleListener
  void on(ServiceRecorded service) {
    store(service);
  }

  @ApplicationModuleListener
  void on(PlacementStarted started) {
    store(
        new PlacementFact(
            started.placement().value(),
            started.person(),
            started.shelter().value(),
            started.startsOn(),
            null));
  }

  @ApplicationModuleListener
  void on(PlacementEnded ended) {
    jdbc.sql("UPDATE statistics.placement SET ended_on = ? WHERE placement_id = ?")
        .params(Date.valueOf(ended.endedOn()), ended.placement().value())
        .update();
  }

  /** Empties these projections and replays every fact; inside {@link Projections#rebuild}. */
  long[] rebuild() {
    for (String table :
        new String[] {"referral", "period", "repatriation", "service", "placement"}) {
      jdbc.sql("DELETE FROM statistics." + table).update();
    }
    long[] counts = new long[5];
    referrals.replaySubmissions(
        fact -> {
          store(fact);
          counts[0]++;
        });
    identifications.replayPeriods(
        fact -> {
          store(fact);
          counts[1]++;
        });
    repatriations.replayRepatriations(
        fact -> {
          store(fact, null);
          counts[2]++;
        });
    support.replayServices(
        service -> {
          store(service);
          counts[3]++;
        });
    placements.replayPlacements(
        fact -> {
          store(fact);
          counts[4]++;
        });
    return counts;
  }

  private void store(SubmissionFact fact) {
    store(fact, new HashMap<>());
  }

  private static final String REFERRAL_UPSERT =
      """
      INSERT INTO statistics.referral (referral_id, submitted_on, submitted_year, channel,
          organisation_type, path, minor)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (referral_id) DO UPDATE SET submitted_on = excluded.submitted_on,
          submitted_year = excluded.submitted_year, channel = excluded.channel,
          organisation_type = excluded.organisation_type, path = excluded.path,
          minor = excluded.minor
      """;

  private void store(SubmissionFact fact, Map<UUID, String> kinds) {
    jdbc.sql(REFERRAL_UPSERT).params(referralRow(fact, kinds)).update();
  }

  private Object[] referralRow(SubmissionFact fact, Map<UUID, String> kinds) {
    LocalDate day = fact.submittedAt().atZone(settings.zone()).toLocalDate();
    String type =
        kinds.computeIfAbsent(
            fact.organisation(),
            organisation ->
                organisations
                    .find(new OrganisationId(organisation))
                    .map(Organisation::type)
                    .map(Enum::name)
                    .orElse("OTHER"));
    return new Object[] {
      fact.referral(),
      Date.valueOf(day),
      day.getYear(),
      fact.channel() == null ? null : fact.channel().name(),
      type,
      fact.path().name(),
      fact.minor()
    };
  }

  private void period(IdentificationId identification) {
    identifications.periodFact(identification).ifPresent(this::store);
  }

  private void store(PeriodFact fact) {
    jdbc.sql(
            """
            INSERT INTO statistics.period (identification_id, person_id, type, started_on, started_year,
                days, extensions, ended_on, ended_year, end_reason, minor, accepted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (identification_id) DO UPDATE SET person_id = excluded.person_id,
                type = excluded.type, started_on = excluded.started_on,
                started_year = excluded.started_year, days = excluded.days,
                extensions = excluded.extensions, ended_on = excluded.ended_on,
                ended_year = excluded.ended_year, end_reason = excluded.end_reason,
                minor = excluded.minor, accepted = excluded.accepted
            """)
        .params(
            fact.identification(),
            fact.person().value(),
            fact.type().name(),
            Date.valueOf(fact.start()),
            fact.start().getYear(),
            fact.days(),
            fact.extensions(),
            fact.endedOn() == null ? null : Date.valueOf(fact.endedOn()),
            fact.endedOn() == null ? null : fact.endedOn().getYear(),
            fact.endReason() == null ? null : fact.endReason().name(),
            minor(fact.person(), fact.start()),
            fact.accepted())
        .update();
  }

  private void repatriation(RepatriationId id, LocalDate endedOn) {
    repatriations.fact(id).ifPresent(fact -> store(fact, endedOn));
  }

  /**
   * A repatriation's row; the reintegration's outcome counts in the year it ended ({@code endedOn}
   * when the event says, else the end of the reintegration period).
   */
  private void store(RepatriationFact fact, LocalDate endedOn) {
    store(fact, endedOn, people.profiles(List.of(fact.person())));
  }

  private static final String REPATRIATION_UPSERT =
      """
      INSERT INTO statistics.repatriation (repatriation_id, person_id, status, offered_year, answer,
          answered_year, departed_year, country, outcome, outcome_year, minor)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (repatriation_id) DO UPDATE SET person_id = excluded.person_id,
          status = excluded.status, offered_year = excluded.offered_year,
          answer = excluded.answer, answered_year = excluded.answered_year,
          departed_year = excluded.departed_year, country = excluded.country,
          outcome = excluded.outcome,
          outcome_year = coalesce(statistics.repatriation.outcome_year, excluded.outcome_year),
          minor = excluded.minor
      """;

  private void store(
      RepatriationFact fact, LocalDate endedOn, Map<PersonId, PersonProfile> profiles) {
    jdbc.sql(REPATRIATION_UPSERT).params(repatriationRow(fact, endedOn, profiles)).update();
  }

  private static Object[] repatriationRow(
      RepatriationFact fact, LocalDate endedOn, Map<PersonId, PersonProfile> profiles) {
    String answer =
        fact.status() == RepatriationStatus.DECLINED
            ? "DECLINED"
            : fact.answeredOn() != null ? "ACCEPTED" : null;
    LocalDate outcomeOn =
        fact.outcome() == null ? null : endedOn != null ? endedOn : fact.reintegrationEndsOn();
    return new Object[] {
      fact.repatriation(),
      fact.person().value(),
      fact.status().name(),
      fact.offeredOn().getYear(),
      answer,
      fact.answeredOn() == null ? null : fact.answeredOn().getYear(),
      fact.departedOn() == null ? null : fact.departedOn().getYear(),
      fact.country(),
      fact.outcome() == null ? null : fact.outcome().name(),
      outcomeOn == null ? null : outcomeOn.getYear(),
      minor(profiles.get(fact.person()), fact.offeredOn())
    };
  }

  private void store(ServiceRecorded service) {
    jdbc.sql(
            """
            INSERT INTO statistics.service (service_id, person_id, type, delivered_year) VALUES (?, ?, ?, ?)
            ON CONFLICT (service_id) DO UPDATE SET person_id = excluded.person_id,
                type = excluded.type, delivered_year = excluded.delivered_year
            """)
        .params(
            service.service(),
            service.person().value(),
            service.type().name(),
            service.deliveredOn().getYear())
        .update();
  }

  private void store(PlacementFact fact) {
    jdbc.sql(
            """
            INSERT INTO statistics.placement (placement_id, person_id, starts_on, ended_on) VALUES (?, ?, ?, ?)
            ON CONFLICT (placement_id) DO UPDATE SET person_id = excluded.person_id,
                starts_on = excluded.starts_on,
                ended_on = coalesce(excluded.ended_on, statistics.placement.ended_on)
            """)
        .params(
            fact.placement(),
            fact.person().value(),
            Date.valueOf(fact.startsOn()),
            fact.endedOn() == null ? null : Date.valueOf(fact.endedOn()))
        .update();
  }

  /** Whether the person was a child (under 18, as far as the birth tells) on {@code on}. */
  private boolean minor(PersonId person, LocalDate on) {
    return minor(people.profiles(List.of(person)).get(person), on);
  }

  private static boolean minor(PersonProfile profile, LocalDate on) {
    Birth birth = Optional.ofNullable(profile).map(PersonProfile::birth).orElse(null);
    return birth != null && birth.minorAt(on) == Birth.Minor.YES;
  }
}
