package org.haven.statistics;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.haven.identification.DecisionFact;
import org.haven.identification.DecisionsImported;
import org.haven.identification.Identifications;
import org.haven.identification.InterviewHeld;
import org.haven.identification.VictimStatusDecided;
import org.haven.intake.Hotline;
import org.haven.intake.HotlineCallLogged;
import org.haven.people.Birth;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonProfile;
import org.haven.repatriation.PersonReturned;
import org.haven.repatriation.Repatriations;
import org.haven.repatriation.ReturnsImported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the statistics projections: one row per decision (with the person's sex, age and first
 * citizenship at decision time, and the forms and industries established), per interview held, per
 * return and per hotline call. Fed by the source modules' events; every write is an upsert by the
 * fact's id, so a redelivered event changes nothing. {@link #rebuild} replays every fact from the
 * source modules' front doors into empty tables.
 */
@Service
public class Projections {

  private static final int BATCH = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final Identifications identifications;
  private final People people;
  private final Repatriations repatriations;
  private final Hotline hotline;
  private final StatisticsSettings settings;
  private final AuditTrail audit;
  private final StageProjections stages;
  private final FieldProjections field;

  Projections(
      JdbcClient jdbc,
      JdbcTemplate batches,
      Identifications identifications,
      People people,
      Repatriations repatriations,
      Hotline hotline,
      StatisticsSettings settings,
      AuditTrail audit,
      StageProjections stages,
      FieldProjections field) {
    this.field = field;
    this.stages = stages;
    this.jdbc = jdbc;
    this.batches = batches;
    this.identifications = identifications;
    this.people = people;
    this.repatriations = repatriations;
    this.hotline = hotline;
    this.settings = settings;
    this.audit = audit;
  }

  @ApplicationModuleListener
  void on(VictimStatusDecided decided) {
    identifications
        .decisionFact(decided.decision())
        .ifPresent(fact -> store(List.of(fact), people.profiles(List.of(fact.person()))));
  }

  @ApplicationModuleListener
  void on(DecisionsImported imported) {
    List<DecisionFact> facts = new ArrayList<>(identifications.decisionFacts(imported.decisions()));
    storeDecisions(facts);
  }

  @ApplicationModuleListener
  void on(ReturnsImported imported) {
    storeReturns(imported.returns());
  }

  @ApplicationModuleListener
  void on(InterviewHeld held) {
    store(held);
  }

  @ApplicationModuleListener
  void on(PersonReturned returned) {
    store(returned);
  }

  @ApplicationModuleListener
  void on(HotlineCallLogged call) {
    store(call);
  }

  /** How many rows each projection holds after a rebuild. */
  public record Rebuilt(
      long decisions,
      long interviews,
      long returns,
      long hotlineCalls,
      long referrals,
      long periods,
      long repatriations,
      long services,
      long placements,
      long jointActions,
      long criminalCases)
      implements Serializable {}

  /**
   * Empties the projections and replays every fact from the source modules, in one transaction:
   * readers see the old figures until the new ones are complete. Administrators only; audited.
   */
  @Transactional
  public Rebuilt rebuild(Actor by) {
    if (!by.has(Role.ADMINISTRATOR)) {
      throw new AccessDeniedException("Rebuilding statistics is for administrators");
    }
    jdbc.sql("DELETE FROM statistics.decision").update();
    jdbc.sql("DELETE FROM statistics.interview").update();
    jdbc.sql("DELETE FROM statistics.return").update();
    jdbc.sql("DELETE FROM statistics.hotline_call").update();
    long[] counts = new long[4];
    List<DecisionFact> pending = new ArrayList<>(BATCH);
    identifications.replayDecisions(
        fact -> {
          pending.add(fact);
          counts[0]++;
          if (pending.size() == BATCH) {
            storeDecisions(pending);
          }
        });
    storeDecisions(pending);
    identifications.replayInterviewsHeld(counting(this::store, counts, 1));
    repatriations.replayReturns(counting(this::store, counts, 2));
    hotline.replay(counting(this::store, counts, 3));
    long[] stages = this.stages.rebuild();
    long[] fieldWork = field.rebuild();
    audit.record(by.audit(), AuditAction.UPDATE, "StatisticsProjections", null);
    return new Rebuilt(
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        stages[0],
        stages[1],
        stages[2],
        stages[3],
        stages[4],
        fieldWork[0],
        fieldWork[1]);
  }

  private static <T> Consumer<T> counting(Consumer<T> sink, long[] counts, int index) {
    return fact -> {
      sink.accept(fact);
      counts[index]++;
    };
  }

  private void storeDecisions(List<DecisionFact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    store(facts, people.profiles(facts.stream().map(DecisionFact::person).toList()));
    facts.clear();
  }

  private void store(List<DecisionFact> facts, Map<PersonId, PersonProfile> profiles) {
    List<Object[]> rows = new ArrayList<>(facts.size());
    for (DecisionFact fact : facts) {
      PersonProfile profile = profiles.get(fact.person());
      rows.add(
          new Object[] {
            fact.decision(),
            fact.person().value(),
            Date.valueOf(fact.decidedOn()),
            fact.decidedOn().getYear(),
            fact.outcome().name(),
            Counting.authority(fact.authority()),
            Counting.sex(profile == null ? null : profile.gender()),
            profile == null ? null : Counting.age(profile.birth(), fact.decidedOn()),
            profile == null
                ? Counting.UNKNOWN_COUNTRY
                : Counting.citizenship(profile.citizenships()),
            Counting.mainForm(fact.mainForm(), fact.forms(), fact.mainUndetermined()),
            fact.forms().stream().map(Enum::name).collect(Collectors.joining(",")),
            fact.industries().stream().map(Enum::name).collect(Collectors.joining(",")),
            Timestamp.from(fact.recordedAt())
          });
    }
    batches.batchUpdate(
        """
        INSERT INTO statistics.decision (decision_id, person_id, decided_on, decision_year, outcome,
            authority, sex, age, citizenship, main_form, forms, industries, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?)
        ON CONFLICT (decision_id) DO UPDATE SET person_id = excluded.person_id,
            decided_on = excluded.decided_on, decision_year = excluded.decision_year,
            outcome = excluded.outcome, authority = excluded.authority, sex = excluded.sex,
            age = excluded.age, citizenship = excluded.citizenship, main_form = excluded.main_form,
            forms = excluded.forms, industries = excluded.industries,
            recorded_at = excluded.recorded_at
        """,
        rows);
  }

  private void store(InterviewHeld held) {
    jdbc.sql(
            """
            INSERT INTO statistics.interview (interview_id, held_on, held_year, conductor, person_id, minor)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (interview_id) DO UPDATE SET held_on = excluded.held_on,
                held_year = excluded.held_year, conductor = excluded.conductor,
                person_id = excluded.person_id, minor = excluded.minor
            """)
        .params(
            held.interview(),
            Date.valueOf(held.heldOn()),
            held.heldOn().getYear(),
            held.conductor().name(),
            held.person().value(),
            minor(held.person(), held.heldOn()))
        .update();
  }

  private boolean minor(PersonId person, LocalDate on) {
    PersonProfile profile = people.profiles(List.of(person)).get(person);
    return profile != null
        && profile.birth() != null
        && profile.birth().minorAt(on) == Birth.Minor.YES;
  }

  private void store(PersonReturned returned) {
    storeReturns(List.of(returned));
  }

  private void storeReturns(List<PersonReturned> returns) {
    List<Object[]> rows = new ArrayList<>(returns.size());
    for (PersonReturned returned : returns) {
      rows.add(
          new Object[] {
            returned.repatriation().value(),
            returned.person().value(),
            Date.valueOf(returned.departedOn()),
            returned.departedOn().getYear(),
            returned.destinationCountry()
          });
    }
    batches.batchUpdate(
        """
        INSERT INTO statistics.return (repatriation_id, person_id, returned_on, returned_year, country)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (repatriation_id) DO UPDATE SET person_id = excluded.person_id,
            returned_on = excluded.returned_on, returned_year = excluded.returned_year,
            country = excluded.country
        """,
        rows);
  }

  private void store(HotlineCallLogged call) {
    Instant at = call.receivedAt();
    var day = at.atZone(settings.zone()).toLocalDate();
    jdbc.sql(
            """
            INSERT INTO statistics.hotline_call (call_id, received_on, received_year, caller_type)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (call_id) DO UPDATE SET received_on = excluded.received_on,
                received_year = excluded.received_year, caller_type = excluded.caller_type
            """)
        .params(
            call.call(), Date.valueOf(day), day.getYear(), Counting.callerType(call.callerType()))
        .update();
  }
}
