package org.haven.repatriation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.accommodation.PlacementEndReason;
import org.haven.accommodation.Placements;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.identification.ExtensionGround;
import org.haven.identification.Identifications;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.reads.RoundTrip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for prepared repatriation and the voluntary return programme (the centre). Agreeing
 * may extend the reflection period, but only as identification's period policy allows; a departure
 * ends the person's placements and period. In the programme, the centre checks eligibility and
 * applies to the return organisation, whose staff then see that repatriation (and no other), assess
 * the application and report on the reintegration. Every read and change is audited.
 */
@Service
public class Repatriations {

  static final String RESOURCE = "Repatriation";

  private final RepatriationRepository repository;
  private final Identifications identifications;
  private final Placements placements;
  private final RepatriationSettings settings;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final People people;

  private final ApplicationEventPublisher events;
  private final Organisations organisations;

  Repatriations(
      RepatriationRepository repository,
      Identifications identifications,
      Placements placements,
      RepatriationSettings settings,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock,
      People people,
      Organisations organisations,
      ApplicationEventPublisher events) {
    this.organisations = organisations;
    this.events = events;
    this.people = people;
    this.repository = repository;
    this.identifications = identifications;
    this.placements = placements;
    this.settings = settings;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a prepared repatriation carried out, as delivered in an import. The centre only;
   * audited.
   */
  @Transactional
  public RepatriationId recordImportedReturn(
      PersonId person, String country, LocalDate departedOn, Actor by) {
    requireCentre(by);
    Repatriation saved =
        repository.save(
            Repatriation.imported(
                person,
                country,
                departedOn,
                settings.reintegrationMonths(),
                today(),
                by.user().value(),
                clock.instant()));
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        RESOURCE,
        saved.repatriationId().toString(),
        AuditOutcome.SUCCESS,
        "imported");
    return saved.repatriationId();
  }

  /** A return delivered in an import. */
  public record ImportedReturn(PersonId person, String country, LocalDate departedOn) {}

  /**
   * Records many imported returns at once, as {@link #recordImportedReturn} does one; announced
   * together ({@link ReturnsImported}). Answers the repatriations in the same order.
   */
  @Transactional
  public List<RepatriationId> recordImportedReturns(List<ImportedReturn> returns, Actor by) {
    requireCentre(by);
    if (returns.isEmpty()) {
      return List.of();
    }
    List<Repatriation> created = new ArrayList<>(returns.size());
    List<PersonReturned> announced = new ArrayList<>(returns.size());
    for (ImportedReturn r : returns) {
      Repatriation repatriation =
          Repatriation.imported(
              r.person(),
              r.country(),
              r.departedOn(),
              settings.reintegrationMonths(),
              today(),
              by.user().value(),
              clock.instant());
      repatriation.takeReturned().ifPresent(announced::add);
      created.add(repatriation);
    }
    List<RepatriationId> ids = new ArrayList<>(created.size());
    for (Repatriation saved : repository.saveAll(created)) {
      audit.record(
          by.audit(),
          AuditAction.CREATE,
          RESOURCE,
          saved.repatriationId().toString(),
          AuditOutcome.SUCCESS,
          "imported");
      ids.add(saved.repatriationId());
    }
    events.publishEvent(new ReturnsImported(List.copyOf(announced)));
    return ids;
  }

  /** A newer delivery of an imported return. The centre only; audited when it changes. */
  @Transactional
  public void reviseImportedReturn(
      RepatriationId id, String country, LocalDate departedOn, Actor by) {
    Repatriation repatriation = load(id, -1, by);
    if (repatriation.reviseImported(
        country, departedOn, today(), clock.instant(), by.user().value())) {
      save(repatriation, by, "imported again");
    }
  }

  @Transactional
  public Repatriation offer(PersonId person, Programme programme, Actor by) {
    requireCentre(by);
    if (person == null) {
      throw new InvalidInput("person", "person.unknown");
    }
    Repatriation saved =
        repository.save(
            Repatriation.offer(
                person,
                programme,
                today(),
                settings.reintegrationMonths(),
                by.user().value(),
                clock.instant()));
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, saved.repatriationId().toString());
    return saved;
  }

  /**
   * The person accepted. With {@code extendPeriodDays}, the running reflection period is extended
   * on the ground of cooperation on a prepared repatriation, as far as the period policy allows
   * (beyond it the whole answer is refused and nothing is saved).
   */
  @Transactional
  public Repatriation accept(RepatriationId id, long version, Integer extendPeriodDays, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.accept(today(), clock.instant(), by.user().value());
    if (extendPeriodDays != null && extendPeriodDays > 0) {
      identifications.extendRunningPeriod(
          repatriation.person(),
          extendPeriodDays,
          ExtensionGround.COOPERATION_ON_REPATRIATION,
          "Prepared repatriation agreed",
          by);
    }
    return save(repatriation, by, "accepted");
  }

  @Transactional
  public Repatriation decline(RepatriationId id, long version, String reason, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.decline(today(), reason, clock.instant());
    return save(repatriation, by, "declined");
  }

  /** Cancels an offer or an accepted plan before departure, with the reason (the centre). */
  @Transactional
  public Repatriation cancel(RepatriationId id, long version, String reason, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.cancel(reason, clock.instant());
    return save(repatriation, by, "cancelled");
  }

  @Transactional
  public Repatriation plan(
      RepatriationId id,
      long version,
      String country,
      String place,
      UUID partner,
      LocalDate plannedDeparture,
      String travel,
      Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.plan(country, place, partner, plannedDeparture, travel, today());
    return save(repatriation, by, "plan");
  }

  @Transactional
  public Repatriation addSupport(
      RepatriationId id,
      long version,
      SupportItemType type,
      BigDecimal amount,
      String currency,
      Integer months,
      String note,
      Actor by) {
    return addSupport(id, version, type, amount, currency, months, note, false, by);
  }

  /** Adds a support item, paid in cash or given in kind ({@code inKind}). */
  @Transactional
  public Repatriation addSupport(
      RepatriationId id,
      long version,
      SupportItemType type,
      BigDecimal amount,
      String currency,
      Integer months,
      String note,
      boolean inKind,
      Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.addSupport(type, amount, currency, months, note, inKind);
    return save(repatriation, by, "support item");
  }

  /** The person departed: reintegration starts; placements and the reflection period end. */
  @Transactional
  public Repatriation depart(RepatriationId id, long version, LocalDate on, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.depart(on, today(), clock.instant(), by.user().value());
    Repatriation saved = save(repatriation, by, "departed");
    placements.endAllFor(saved.person(), on, PlacementEndReason.DEPARTED);
    identifications.personDeparted(saved.person(), on);
    return saved;
  }

  @Transactional
  public Repatriation report(
      RepatriationId id,
      long version,
      LocalDate on,
      FollowUpStatus status,
      String note,
      boolean safe,
      boolean reachable,
      Actor by) {
    Repatriation repatriation = loadForPartner(id, version, by);
    repatriation.report(
        on, status, note, safe, reachable, by.user().value(), clock.instant(), today());
    return save(repatriation, by, "follow-up");
  }

  @Transactional
  public Repatriation extendReintegration(RepatriationId id, long version, int months, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.extendReintegration(months);
    return save(repatriation, by, "reintegration extended");
  }

  @Transactional
  public Repatriation end(
      RepatriationId id, long version, ReintegrationOutcome outcome, String note, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.end(outcome, note, today(), clock.instant(), by.user().value());
    return save(repatriation, by, "ended");
  }

  /**
   * One repatriation (audited): the centre; and the return organisation's staff when it was handed
   * to their organisation (to anyone else it does not exist).
   */
  @Transactional
  public Repatriation find(RepatriationId id, Actor by) {
    Repatriation repatriation =
        repository.findById(id.value()).orElseThrow(() -> new NotFound(RESOURCE));
    requireCentreOrHandedTo(repatriation, by);
    audit.record(by.audit(), AuditAction.READ, RESOURCE, id.toString());
    return repatriation;
  }

  /** Whether the actor works on this repatriation for the return organisation it was handed to. */
  public static boolean handedTo(Repatriation repatriation, Actor by) {
    return by.has(Role.RETURN_ORGANISATION_STAFF)
        && repatriation.partner() != null
        && repatriation.partner().equals(by.organisation().value());
  }

  /**
   * The repatriations handed to the actor's return organisation (applied to it), newest first: ids
   * only, each opened with {@link #find} (audited).
   */
  @Transactional(readOnly = true)
  public List<RepatriationId> handedToMe(Actor by) {
    if (!by.has(Role.RETURN_ORGANISATION_STAFF)) {
      throw new AccessDeniedException("For the return organisation's staff");
    }
    return jdbc
        .sql(
            "SELECT id FROM repatriation.repatriation WHERE partner = ? AND applied_on IS NOT NULL"
                + " ORDER BY applied_on DESC, created_at DESC")
        .param(by.organisation().value())
        .query(UUID.class)
        .list()
        .stream()
        .map(RepatriationId::new)
        .toList();
  }

  /** The voluntary return programme's eligibility checklist, as the centre found it. */
  @Transactional
  public Repatriation checkEligibility(
      RepatriationId id, long version, Set<ReturnCriterion> met, Actor by) {
    Repatriation repatriation = load(id, version, by);
    repatriation.checkEligibility(met, today(), by.user().value());
    return save(repatriation, by, "eligibility checked");
  }

  /**
   * The application to the return organisation (an organisation of type international organisation,
   * such as IOM): from then on its staff see the repatriation and work on it.
   */
  @Transactional
  public Repatriation applyToReturnOrganisation(
      RepatriationId id, long version, UUID returnOrganisation, Actor by) {
    Repatriation repatriation = load(id, version, by);
    if (returnOrganisation != null
        && organisations
            .find(new OrganisationId(returnOrganisation))
            .filter(o -> o.type() == OrganisationType.INTERNATIONAL_ORGANISATION)
            .isEmpty()) {
      throw new InvalidInput("partner", "repatriation.notAReturnOrganisation");
    }
    repatriation.apply(returnOrganisation, today(), by.user().value());
    return save(repatriation, by, "applied to the return organisation");
  }

  /**
   * The return organisation's assessment of the application: by its own staff in Haven, or recorded
   * by the centre when the organisation answered from its own system.
   */
  @Transactional
  public Repatriation assess(
      RepatriationId id, long version, Assessment outcome, String note, Actor by) {
    Repatriation repatriation = loadForPartner(id, version, by);
    repatriation.assess(outcome, note, today(), by.user().value());
    return save(repatriation, by, "assessed by the return organisation");
  }

  /** A person's repatriations (the centre; ids only, not a read of their content). */
  @Transactional(readOnly = true)
  public List<RepatriationId> of(PersonId person, Actor by) {
    requireCentre(by);
    return jdbc.sql(OF_PERSON).param(person.value()).query(Repatriations::id).list();
  }

  /** As {@link #of(PersonId, Actor)}, read in the caller's round trip with the rest of its page. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<List<RepatriationId>> of(PersonId person, Actor by, RoundTrip reads) {
    requireCentre(by);
    return reads.add(OF_PERSON, Repatriations::id, person.value());
  }

  private static final String OF_PERSON =
      "SELECT id FROM repatriation.repatriation WHERE person_id = ? ORDER BY created_at DESC";

  private static RepatriationId id(ResultSet rs, int row) throws SQLException {
    return new RepatriationId(rs.getObject("id", UUID.class));
  }

  /** One line of the centre's overview. */
  public record Due(
      RepatriationId id, PersonId person, String kind, LocalDate due, String country) {}

  /**
   * What needs the centre: departures in the next 30 days, follow-up reports due in the next 7
   * days, and reports overdue (a report is expected every {@code followUpIntervalDays} after the
   * return or the last report, until the period ends).
   */
  @Transactional(readOnly = true)
  public List<Due> overview(Actor by) {
    requireCentre(by);
    LocalDate today = today();
    List<Due> due = new ArrayList<>();
    jdbc.sql(
            """
            SELECT id, person_id, planned_departure, destination_country FROM repatriation.repatriation
            WHERE status = 'ACCEPTED' AND (planned_departure IS NULL OR planned_departure <= ?)
            ORDER BY planned_departure NULLS LAST LIMIT 100
            """)
        .param(today.plusDays(30))
        .query(
            (rs, row) ->
                new Due(
                    new RepatriationId(rs.getObject("id", UUID.class)),
                    new PersonId(rs.getObject("person_id", UUID.class)),
                    "DEPARTURE",
                    rs.getObject("planned_departure", LocalDate.class),
                    rs.getString("destination_country")))
        .list()
        .forEach(due::add);
    jdbc.sql(
            """
            SELECT r.id, r.person_id, r.destination_country,
                   LEAST(coalesce(max(f.reported_on), r.actual_departure) + ?, r.reintegration_ends_on) AS next_due
            FROM repatriation.repatriation r LEFT JOIN repatriation.follow_up f ON f.repatriation_id = r.id
            WHERE r.status = 'RETURNED'
            GROUP BY r.id
            HAVING LEAST(coalesce(max(f.reported_on), r.actual_departure) + ?, r.reintegration_ends_on) <= ?
            ORDER BY next_due LIMIT 200
            """)
        .params(settings.followUpIntervalDays(), settings.followUpIntervalDays(), today.plusDays(7))
        .query(
            (rs, row) -> {
              LocalDate next = rs.getObject("next_due", LocalDate.class);
              return new Due(
                  new RepatriationId(rs.getObject("id", UUID.class)),
                  new PersonId(rs.getObject("person_id", UUID.class)),
                  next.isBefore(today) ? "REPORT_OVERDUE" : "REPORT_DUE",
                  next,
                  rs.getString("destination_country"));
            })
        .list()
        .forEach(due::add);
    return due;
  }

  /**
   * People who went home in a period with a reintegration plan agreed: a count, for the indicators
   * of the action plan.
   */
  public long returnedWithPlan(LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT count(*) FROM repatriation.repatriation
            WHERE actual_departure BETWEEN ? AND ? AND plan_agreed_on IS NOT NULL
              AND status IN ('RETURNED', 'ENDED')
            """)
        .params(from, to)
        .query(Long.class)
        .single();
  }

  /**
   * Costs of support, summed per currency and by {@code by}: CASE (person), COUNTRY or YEAR of
   * return.
   */
  @Transactional(readOnly = true)
  public List<Cost> costs(CostGrouping grouping, Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)
        && !(by.has(Role.CENTRE_ANALYST) && grouping != CostGrouping.CASE)) {
      // per person is case data: the centre's caseworkers only; analysts get countries and years
      throw new AccessDeniedException("Costs are for the centre");
    }
    String key =
        switch (grouping) {
          case CASE -> "r.person_id::text";
          case COUNTRY -> "coalesce(r.destination_country, '?')";
          case YEAR -> "coalesce(extract(YEAR FROM r.actual_departure)::int::text, 'not departed')";
        };
    return jdbc.sql(
            "SELECT "
                + key
                + """
                 AS key, i.currency, count(DISTINCT r.id) AS repatriations,
                       sum(CASE WHEN i.type = 'MONTHLY_ALLOWANCE' THEN i.amount * i.months ELSE i.amount END) AS total
                FROM repatriation.repatriation r JOIN repatriation.support_item i ON i.repatriation_id = r.id
                WHERE r.status IN ('ACCEPTED', 'RETURNED', 'ENDED')
                GROUP BY 1, 2 ORDER BY 1, 2
                """)
        .query(
            (rs, row) ->
                new Cost(
                    grouping == CostGrouping.CASE
                        ? reference(rs.getString("key"))
                        : rs.getString("key"),
                    rs.getString("currency"),
                    rs.getInt("repatriations"),
                    rs.getBigDecimal("total")))
        .list();
  }

  /**
   * Support costs of the returns under {@code programme}, by the year they fall in and currency: a
   * one-off item in the year of departure, a monthly allowance month by month from the month of
   * departure (an allowance of six months from November falls two months in one year and four in
   * the next). Returns not yet departed have no costs here: support is paid after the return. Sums
   * of recorded amounts only, exact; for the action plan's initiatives that pay for the returns.
   */
  @Transactional(readOnly = true)
  public List<YearCost> supportCostsByYear(Programme programme) {
    return jdbc.sql(
            """
            SELECT extract(YEAR FROM r.actual_departure + make_interval(months => k))::int AS year,
                   i.currency, count(DISTINCT r.id) AS repatriations, sum(i.amount) AS total
            FROM repatriation.repatriation r
            JOIN repatriation.support_item i ON i.repatriation_id = r.id
            CROSS JOIN LATERAL generate_series(
                0, CASE WHEN i.type = 'MONTHLY_ALLOWANCE' THEN i.months - 1 ELSE 0 END) AS k
            WHERE r.programme = ? AND r.status IN ('RETURNED', 'ENDED')
              AND r.actual_departure IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            """)
        .param(programme.name())
        .query(
            (rs, row) ->
                new YearCost(
                    rs.getInt("year"),
                    rs.getString("currency").strip(),
                    rs.getInt("repatriations"),
                    rs.getBigDecimal("total")))
        .list();
  }

  /** Support costs in one currency that fall in one year, and how many returns they are for. */
  public record YearCost(int year, String currency, int repatriations, BigDecimal total) {}

  private String reference(String personId) {
    return people
        .referenceOf(new PersonId(UUID.fromString(personId)))
        .map(PersonReference::value)
        .orElse("?");
  }

  /** How costs are grouped. */
  public enum CostGrouping {
    CASE,
    COUNTRY,
    YEAR
  }

  /** A sum of support costs in one currency. */
  public record Cost(String key, String currency, int repatriations, BigDecimal total) {}

  private Repatriation load(RepatriationId id, long version, Actor by) {
    requireCentre(by);
    Repatriation repatriation =
        repository.findById(id.value()).orElseThrow(() -> new NotFound(RESOURCE));
    if (version >= 0 && repatriation.version() != version) {
      throw new StaleVersion(RESOURCE);
    }
    return repatriation;
  }

  /** For a step the return organisation takes itself (or the centre records for it). */
  private Repatriation loadForPartner(RepatriationId id, long version, Actor by) {
    Repatriation repatriation =
        repository.findById(id.value()).orElseThrow(() -> new NotFound(RESOURCE));
    requireCentreOrHandedTo(repatriation, by);
    if (version >= 0 && repatriation.version() != version) {
      throw new StaleVersion(RESOURCE);
    }
    return repatriation;
  }

  private static void requireCentreOrHandedTo(Repatriation repatriation, Actor by) {
    if (by.has(Role.CENTRE_CASEWORKER) || handedTo(repatriation, by)) {
      return;
    }
    if (by.has(Role.RETURN_ORGANISATION_STAFF)) {
      // handed to another organisation, or to none: to this one it does not exist
      throw new NotFound(RESOURCE);
    }
    throw new AccessDeniedException("Repatriation is coordinated by the centre");
  }

  private Repatriation save(Repatriation repatriation, Actor by, String what) {
    try {
      Repatriation saved = repository.save(repatriation);
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          RESOURCE,
          saved.repatriationId().toString(),
          AuditOutcome.SUCCESS,
          what);
      return saved;
    } catch (OptimisticLockingFailureException e) {
      throw new StaleVersion(RESOURCE);
    }
  }

  private static void requireCentre(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Repatriation is coordinated by the centre");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Hands every departure, as the event that announced it, to {@code sink}, oldest first: for
   * projections rebuilt from scratch.
   */
  @Transactional(readOnly = true)
  public void replayReturns(Consumer<PersonReturned> sink) {
    jdbc.sql(
            """
            SELECT id, person_id, destination_country, actual_departure, reintegration_ends_on
            FROM repatriation.repatriation WHERE actual_departure IS NOT NULL
            ORDER BY actual_departure, id
            """)
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new PersonReturned(
                            new RepatriationId(rs.getObject("id", UUID.class)),
                            new PersonId(rs.getObject("person_id", UUID.class)),
                            rs.getString("destination_country"),
                            rs.getObject("actual_departure", LocalDate.class),
                            rs.getObject("reintegration_ends_on", LocalDate.class),
                            null,
                            null)));
  }

  private static final String FACTS =
      """
      SELECT id, person_id, status, offered_on, answered_on, actual_departure, destination_country,
             outcome, reintegration_ends_on
      FROM repatriation.repatriation
      """;

  /** A repatriation as statistics count it (codes and dates: not a read). */
  @Transactional(readOnly = true)
  public Optional<RepatriationFact> fact(RepatriationId id) {
    return jdbc.sql(FACTS + " WHERE id = ?")
        .param(id.value())
        .query((rs, row) -> fact(rs))
        .optional();
  }

  /** Many repatriations at once (an import's batch), as {@link #fact} gives one. */
  @Transactional(readOnly = true)
  public List<RepatriationFact> facts(List<RepatriationId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(FACTS + " WHERE id = ANY (?)")
        .param(ids.stream().map(RepatriationId::value).toArray(UUID[]::new))
        .query((rs, row) -> fact(rs))
        .list();
  }

  /** Every repatriation, oldest first, for rebuilding the statistics. */
  @Transactional(readOnly = true)
  public void replayRepatriations(Consumer<RepatriationFact> sink) {
    jdbc.sql(FACTS + " ORDER BY offered_on, id")
        .query((RowCallbackHandler) rs -> sink.accept(fact(rs)));
  }

  private static RepatriationFact fact(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    return new RepatriationFact(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("person_id", UUID.class)),
        RepatriationStatus.valueOf(rs.getString("status")),
        rs.getObject("offered_on", LocalDate.class),
        rs.getObject("answered_on", LocalDate.class),
        rs.getObject("actual_departure", LocalDate.class),
        rs.getString("destination_country"),
        outcome == null ? null : ReintegrationOutcome.valueOf(outcome),
        rs.getObject("reintegration_ends_on", LocalDate.class));
  }
}
