package org.haven.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.NotVisible;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.intake.Exploitation;
import org.haven.intake.Indicators;
import org.haven.intake.ReferralAccepted;
import org.haven.intake.ReferralId;
import org.haven.intake.Referrals;
import org.haven.people.PersonId;
import org.haven.reads.RoundTrip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for identification. The centre sees every process; the immigration service those it is
 * competent for; an NGO those in which it conducts an interview. Interview notes (testimony) are
 * for the centre and the conducting organisation only. Every read and change is audited.
 */
@Service
public class Identifications {

  static final String RESOURCE = "Identification";

  private final IdentificationRepository repository;
  private final Referrals referrals;
  private final Organisations organisations;
  private final Indicators indicators;
  private final PeriodPolicy policy;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Identifications(
      IdentificationRepository repository,
      Referrals referrals,
      Organisations organisations,
      Indicators indicators,
      PeriodPolicy policy,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.referrals = referrals;
    this.organisations = organisations;
    this.indicators = indicators;
    this.policy = policy;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** Every referral accepted with a person opens an identification process (once). */
  @ApplicationModuleListener
  void on(ReferralAccepted accepted) {
    if (accepted.person() == null
        || repository.findByReferralId(accepted.referral().value()).isPresent()) {
      return;
    }
    referrals
        .acceptance(accepted.referral())
        .ifPresent(
            referral -> {
              Identification opened =
                  repository.save(Identification.open(referral, clock.instant(), today()));
              audit.record(
                  AuditActor.SYSTEM,
                  AuditAction.CREATE,
                  RESOURCE,
                  opened.identificationId().toString(),
                  AuditOutcome.SUCCESS,
                  "referral accepted");
            });
  }

  /**
   * Opens (or finds) the identification of an imported referral at once, in the caller's
   * transaction, so its decision can follow in the same row of the import. The centre only.
   */
  @Transactional
  public IdentificationId openImported(ReferralId referral, Actor by) {
    requireCentre(by);
    Optional<Identification> existing = repository.findByReferralId(referral.value());
    if (existing.isPresent()) {
      return existing.get().identificationId();
    }
    Referrals.AcceptedReferral accepted =
        referrals.acceptance(referral).orElseThrow(() -> new NotFound("Referral"));
    Identification opened =
        repository.save(Identification.open(accepted, clock.instant(), today()));
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        RESOURCE,
        opened.identificationId().toString(),
        AuditOutcome.SUCCESS,
        "imported");
    return opened.identificationId();
  }

  /** An imported referral's identification, with the decision delivered with it, if any. */
  public record ImportedCase(Referrals.AcceptedReferral referral, DecisionInput decision) {}

  /**
   * Opens the identifications of many imported referrals at once and records the decisions
   * delivered with them, as {@link #openImported} and {@link #recordImportedDecision} do for one;
   * announced together ({@link DecisionsImported}). Answers the identifications in the same order.
   */
  @Transactional
  public List<IdentificationId> recordImportedAll(List<ImportedCase> cases, Actor by) {
    requireCentre(by);
    Instant now = clock.instant();
    LocalDate today = today();
    List<Identification> opened = new ArrayList<>(cases.size());
    List<UUID> decisions = new ArrayList<>();
    for (ImportedCase c : cases) {
      Identification identification = Identification.open(c.referral(), now, today);
      DecisionInput input = c.decision();
      if (input != null) {
        Authority authority =
            input.authority() == null ? Authority.NATIONAL_CENTRE : input.authority();
        identification.recordImported(
            input, authority, by.user().value(), by.organisation().value(), now, today);
        identification.currentDecision().ifPresent(d -> decisions.add(d.decisionId()));
      }
      identification.forgetEvents();
      opened.add(identification);
    }
    List<IdentificationId> ids = new ArrayList<>(opened.size());
    for (Identification saved : repository.saveAll(opened)) {
      audit.record(
          by.audit(),
          AuditAction.CREATE,
          RESOURCE,
          saved.identificationId().toString(),
          AuditOutcome.SUCCESS,
          saved.currentDecision().isPresent() ? "imported with its decision" : "imported");
      ids.add(saved.identificationId());
    }
    if (!decisions.isEmpty()) {
      events.publishEvent(new DecisionsImported(List.copyOf(decisions)));
    }
    return ids;
  }

  /** The codes many decisions established, for statistics (a system read). */
  @Transactional(readOnly = true)
  public List<DecisionFact> decisionFacts(List<UUID> decisions) {
    if (decisions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(DECISION_FACTS + " WHERE d.decision_id = ANY (?)")
        .param(decisions.toArray(UUID[]::new))
        .query((rs, row) -> decisionFact(rs))
        .list();
  }

  /**
   * Records a decision delivered in an import (history: no period opens). {@code authority} is the
   * body that decided; the centre records it on its behalf. Returns whether anything changed. The
   * centre only; audited.
   */
  @Transactional
  public boolean recordImportedDecision(IdentificationId id, DecisionInput input, Actor by) {
    requireCentre(by);
    Identification identification = load(id);
    Authority authority = input.authority() == null ? Authority.NATIONAL_CENTRE : input.authority();
    boolean changed =
        identification.recordImported(
            input,
            authority,
            by.user().value(),
            by.organisation().value(),
            clock.instant(),
            today());
    if (changed) {
      save(identification, by, "imported decision");
    }
    return changed;
  }

  /** One process the actor may see; the read is audited. */
  @Transactional
  public Identification find(IdentificationId id, Actor by) {
    Identification identification = load(id);
    requireVisible(identification, by);
    audit.record(by.audit(), AuditAction.READ, RESOURCE, id.toString());
    return identification;
  }

  /**
   * One process with the notes of the interviews the actor may read (testimony), read on request:
   * audited once, as a reading of testimony.
   */
  @Transactional
  public Identification findWithTestimony(IdentificationId id, Actor by) {
    Identification identification = load(id);
    requireVisible(identification, by);
    audit.record(
        by.audit(), AuditAction.READ, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "testimony");
    return identification;
  }

  /** The process opened by a referral, if the actor may see it (audited). */
  @Transactional
  public Optional<Identification> forReferral(ReferralId referral, Actor by) {
    return repository
        .findByReferralId(referral.value())
        .filter(i -> maySee(i, by))
        .map(
            i -> {
              audit.record(by.audit(), AuditAction.READ, RESOURCE, i.identificationId().toString());
              return i;
            });
  }

  /** An interview's notes (testimony), shown on request: the reading is audited on its own. */
  @Transactional
  public Optional<String> interviewNotes(IdentificationId id, UUID interviewId, Actor by) {
    Identification identification = load(id);
    requireVisible(identification, by);
    Interview interview =
        identification.interviews().stream()
            .filter(i -> i.interviewId().equals(interviewId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Interview"));
    if (!mayReadNotes(interview, by)) {
      throw new AccessDeniedException(
          "Testimony stays with the centre and the interviewing organisation");
    }
    audit.record(
        by.audit(),
        AuditAction.READ,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "interview notes " + interviewId);
    return Optional.ofNullable(interview.notes());
  }

  /** Whether the actor may read the interview notes (testimony) of this interview. */
  public boolean mayReadNotes(Interview interview, Actor by) {
    return by.has(Role.CENTRE_CASEWORKER)
        || interview.organisation().equals(by.organisation().value());
  }

  /** Hands the process to a member of the centre (the centre only). */
  @Transactional
  public Identification assign(IdentificationId id, long expectedVersion, UUID user, Actor by) {
    requireCentre(by);
    Identification identification = loadAt(id, expectedVersion);
    identification.assign(user, clock.instant());
    return save(identification, by, "assigned");
  }

  /** Records the residence status (the centre only). */
  @Transactional
  public Identification recordResidence(
      IdentificationId id, long expectedVersion, ResidenceStatus status, Actor by) {
    requireCentre(by);
    Identification identification = loadAt(id, expectedVersion);
    identification.residence(status);
    return save(identification, by, "residence status");
  }

  /**
   * Plans an interview: the centre for itself or for an NGO; an NGO (funded for assessing
   * interviews) for itself, once the process is visible to it.
   */
  @Transactional
  public Scheduled schedule(IdentificationId id, InterviewPlan plan, Actor by) {
    Identification identification = load(id);
    UUID organisation =
        plan.organisation() == null ? by.organisation().value() : plan.organisation();
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      requireVisible(identification, by);
      if (!organisation.equals(by.organisation().value())) {
        throw new AccessDeniedException("Only the centre plans interviews for others");
      }
    }
    Conductor conductor =
        switch (organisationType(organisation)) {
          case NATIONAL_CENTRE -> Conductor.CENTRE;
          case NGO -> Conductor.NGO;
          default -> throw new InvalidInput("organisation", "interview.conductor");
        };
    UUID interviewer = plan.interviewer() == null ? by.user().value() : plan.interviewer();
    UUID interview =
        identification.schedule(
            plan, conductor, organisation, interviewer, by.user().value(), clock.instant());
    Identification saved = save(identification, by, "interview scheduled");
    return new Scheduled(saved, interview);
  }

  /** A planned interview and the process it belongs to. */
  public record Scheduled(Identification identification, UUID interview) {}

  /**
   * Changes a planned interview, records it held or cancels it (centre or conducting organisation).
   */
  @Transactional
  public Identification recordInterview(
      IdentificationId id,
      long expectedVersion,
      UUID interviewId,
      InterviewRecord change,
      Actor by) {
    return recordInterview(id, expectedVersion, interviewId, current -> change, by);
  }

  /**
   * As {@link #recordInterview(IdentificationId, long, UUID, InterviewRecord, Actor)}, with the
   * change made from the interview as it is (a partial update): one act, audited once.
   */
  @Transactional
  public Identification recordInterview(
      IdentificationId id,
      long expectedVersion,
      UUID interviewId,
      Function<Interview, InterviewRecord> changeOf,
      Actor by) {
    requireVisible(load(id), by);
    Identification identification = loadAt(id, expectedVersion);
    Interview interview =
        identification.interviews().stream()
            .filter(i -> i.interviewId().equals(interviewId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Interview"));
    if (!mayReadNotes(interview, by)) {
      throw new AccessDeniedException("Only the centre or the conducting organisation records it");
    }
    InterviewRecord change = changeOf.apply(interview);
    indicators.requireKnown(change.indicators());
    identification.record(
        interviewId, change, change.indicators(), today(), by.user().value(), clock.instant());
    return save(identification, by, "interview recorded");
  }

  /**
   * Records the decision of the competent authority, by its own staff or by the centre on its
   * behalf (saying so). Refused while the residence status is unknown or when the actor's
   * organisation does not decide for this person.
   */
  @Transactional
  public Identification decide(
      IdentificationId id, long expectedVersion, DecisionInput input, Actor by) {
    Identification identification = loadAt(id, expectedVersion);
    requireVisible(identification, by);
    Authority competent =
        identification
            .competentAuthority()
            .orElseThrow(() -> new InvalidInput("residenceStatus", "decision.residenceUnknown"));
    Authority authority = input.authority() == null ? competent : input.authority();
    if (authority != competent && authority != Authority.COURT) {
      throw new InvalidInput(
          "authority",
          "decision.notCompetentAuthority",
          new DefaultMessageSourceResolvable("authority." + competent.name()));
    }
    OrganisationType type = organisationType(by.organisation().value());
    if (!CompetentAuthorityPolicy.mayRecord(authority, by, type, input.onBehalf())) {
      throw new InvalidInput(
          "authority",
          "decision.notYourAuthority",
          new DefaultMessageSourceResolvable("authority." + authority.name()));
    }
    identification.decide(
        input,
        authority,
        by.user().value(),
        by.organisation().value(),
        clock.instant(),
        today(),
        policy);
    return save(identification, by, "decision");
  }

  /**
   * Extends the running period, within the policy (the deciding side: centre or immigration
   * service).
   */
  @Transactional
  public Identification extend(
      IdentificationId id,
      long expectedVersion,
      int days,
      ExtensionGround ground,
      String reason,
      Actor by) {
    Identification identification = loadAt(id, expectedVersion);
    requireDeciding(identification, by);
    identification.extend(
        days, ground, reason, by.user().value(), clock.instant(), today(), policy);
    return save(identification, by, "period extended");
  }

  /**
   * Extends the person's running period, for another module's agreement (e.g. a prepared
   * repatriation): the same policy, checks and audit as {@link #extend}, on the current version.
   */
  @Transactional
  public Identification extendRunningPeriod(
      PersonId person, int days, ExtensionGround ground, String reason, Actor by) {
    IdentificationId id =
        withRunningPeriod(person)
            .orElseThrow(() -> new InvalidInput("extendPeriodDays", "period.notRunning"));
    Identification identification = load(id);
    requireDeciding(identification, by);
    identification.extend(
        days, ground, reason, by.user().value(), clock.instant(), today(), policy);
    return save(identification, by, "period extended");
  }

  /** Ends the running period early (e.g. the person departed). */
  @Transactional
  public Identification endPeriod(
      IdentificationId id, long expectedVersion, LocalDate on, PeriodEndReason reason, Actor by) {
    Identification identification = loadAt(id, expectedVersion);
    requireDeciding(identification, by);
    identification.endPeriodEarly(on, reason, today(), clock.instant(), by.user().value());
    return save(identification, by, "period ended");
  }

  /** Records whether the person accepted the period a positive decision opened. */
  @Transactional
  public Identification answerPeriod(
      IdentificationId id, long expectedVersion, boolean accepted, LocalDate on, Actor by) {
    Identification identification = loadAt(id, expectedVersion);
    requireDeciding(identification, by);
    identification.answerPeriod(
        accepted, on == null ? today() : on, today(), clock.instant(), by.user().value());
    return save(identification, by, accepted ? "period accepted" : "period declined");
  }

  /**
   * Ends the running period of every process of a person who has departed; for other modules (e.g.
   * a prepared repatriation on the day of return). Returns how many ended.
   */
  @Transactional
  public int personDeparted(PersonId person, LocalDate on) {
    int ended = 0;
    for (UUID id :
        jdbc.sql(
                "SELECT id FROM identification.identification WHERE person_id = ? AND period_start IS NOT NULL AND period_ended_on IS NULL")
            .param(person.value())
            .query(UUID.class)
            .list()) {
      Identification identification = load(new IdentificationId(id));
      identification.endPeriodEarly(
          on, PeriodEndReason.DEPARTED, today().isBefore(on) ? on : today(), clock.instant(), null);
      repository.save(identification);
      audit.record(
          AuditActor.SYSTEM,
          AuditAction.UPDATE,
          RESOURCE,
          id.toString(),
          AuditOutcome.SUCCESS,
          "departed");
      ended++;
    }
    return ended;
  }

  /** The process whose period is running for this person, if any (an id only: not a read). */
  @Transactional(readOnly = true)
  public Optional<IdentificationId> withRunningPeriod(PersonId person) {
    return jdbc.sql(
            "SELECT id FROM identification.identification WHERE person_id = ? AND period_start IS NOT NULL AND period_ended_on IS NULL ORDER BY opened_at DESC LIMIT 1")
        .param(person.value())
        .query(UUID.class)
        .optional()
        .map(IdentificationId::new);
  }

  /** Whether the period of this process may be extended by {@code days} now. */
  public boolean mayExtend(Identification identification, int days) {
    return identification.periodRunning()
        && days > 0
        && days <= policy.extensionRoom(identification.totalDays());
  }

  /** The most days a period may last with its extensions. */
  public int maxPeriodDays() {
    return policy.maxDays();
  }

  /** The period's deadline, once one was opened. */
  public Optional<LocalDate> periodEndsOn(Identification identification) {
    return identification.periodStart() == null
        ? Optional.empty()
        : Optional.of(policy.endsOn(identification.periodStart(), identification.totalDays()));
  }

  /** The processes the actor may see that match the filter, newest first. */
  @Transactional(readOnly = true)
  public Page list(Filter filter, Actor by) {
    StringBuilder where = new StringBuilder(" WHERE ");
    List<Object> params = new ArrayList<>();
    visibility(by, where, params);
    if (filter.status() != null) {
      where.append(" AND i.status = ?");
      params.add(filter.status().name());
    }
    if (filter.residenceStatus() != null) {
      where.append(" AND i.residence_status = ?");
      params.add(filter.residenceStatus().name());
    }
    if (filter.assignedTo() != null) {
      where.append(" AND i.assigned_to = ?");
      params.add(filter.assignedTo());
    }
    if (Boolean.TRUE.equals(filter.periodRunning())) {
      where.append(" AND i.period_start IS NOT NULL AND i.period_ended_on IS NULL");
    }
    long total =
        jdbc.sql("SELECT count(*) FROM identification.identification i" + where)
            .params(params)
            .query(Long.class)
            .single();
    int size = Math.max(1, Math.min(filter.size(), 200));
    int page = Math.max(0, filter.page());
    List<Summary> items =
        jdbc.sql(
                """
                SELECT i.*, (SELECT d.outcome FROM identification.decision d WHERE d.identification_id = i.id
                             ORDER BY d.position DESC LIMIT 1) AS outcome,
                       (SELECT coalesce(sum(e.days), 0) FROM identification.period_extension e
                        WHERE e.identification_id = i.id AND e.period_number = i.period_number) AS extension_days,
                       (SELECT min(v.scheduled_at) FROM identification.interview v
                        WHERE v.identification_id = i.id AND v.status = 'SCHEDULED') AS next_interview
                FROM identification.identification i"""
                    + where
                    + " ORDER BY i.opened_at DESC, i.id LIMIT "
                    + size
                    + " OFFSET "
                    + ((long) page * size))
            .params(params)
            .query(this::summary)
            .list();
    return new Page(items, page, size, total);
  }

  /** Interviews planned for the actor (as interviewer) between two instants, soonest first. */
  @Transactional(readOnly = true)
  public List<PlannedInterview> interviewsFor(Actor by, Instant from, Instant to) {
    return jdbc.sql(INTERVIEWS_FOR)
        .params(
            by.user().value(),
            OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
            OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
        .query(Identifications::plannedInterview)
        .list();
  }

  /**
   * As {@link #interviewsFor(Actor, Instant, Instant)}, read in the caller's round trip with the
   * rest of its page.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<List<PlannedInterview>> interviewsFor(
      Actor by, Instant from, Instant to, RoundTrip reads) {
    return reads.add(
        INTERVIEWS_FOR,
        Identifications::plannedInterview,
        by.user().value(),
        OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
        OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
  }

  private static final String INTERVIEWS_FOR =
      """
      SELECT i.id, i.person_id, v.interview_id, v.scheduled_at, v.place_type
      FROM identification.interview v JOIN identification.identification i ON i.id = v.identification_id
      WHERE v.status = 'SCHEDULED' AND v.interviewer = ? AND v.scheduled_at >= ? AND v.scheduled_at < ?
      ORDER BY v.scheduled_at LIMIT 50
      """;

  private static PlannedInterview plannedInterview(ResultSet rs, int row) throws SQLException {
    return new PlannedInterview(
        new IdentificationId(rs.getObject("id", UUID.class)),
        new PersonId(rs.getObject("person_id", UUID.class)),
        rs.getObject("interview_id", UUID.class),
        rs.getObject("scheduled_at", OffsetDateTime.class).toInstant(),
        PlaceType.valueOf(rs.getString("place_type")));
  }

  /** An interview on someone's calendar. */
  public record PlannedInterview(
      IdentificationId identification,
      PersonId person,
      UUID interview,
      Instant scheduledAt,
      PlaceType placeType) {}

  /** List filters; null means any. */
  public record Filter(
      IdentificationStatus status,
      ResidenceStatus residenceStatus,
      UUID assignedTo,
      Boolean periodRunning,
      int page,
      int size) {}

  /** One process in a list. */
  public record Summary(
      IdentificationId id,
      PersonId person,
      IdentificationStatus status,
      ResidenceStatus residenceStatus,
      UUID assignedTo,
      boolean minor,
      LocalDate referralDate,
      DecisionOutcome outcome,
      LocalDate periodEndsOn,
      boolean periodRunning,
      Instant nextInterview) {}

  /** One page of processes with the total count. */
  public record Page(List<Summary> items, int page, int size, long total) {}

  private Summary summary(ResultSet rs, int row) throws SQLException {
    LocalDate start = rs.getObject("period_start", LocalDate.class);
    int days = rs.getInt("period_days") + rs.getInt("extension_days");
    OffsetDateTime next = rs.getObject("next_interview", OffsetDateTime.class);
    String outcome = rs.getString("outcome");
    return new Summary(
        new IdentificationId(rs.getObject("id", UUID.class)),
        new PersonId(rs.getObject("person_id", UUID.class)),
        IdentificationStatus.valueOf(rs.getString("status")),
        ResidenceStatus.valueOf(rs.getString("residence_status")),
        rs.getObject("assigned_to", UUID.class),
        rs.getBoolean("minor"),
        rs.getObject("referral_date", LocalDate.class),
        outcome == null ? null : DecisionOutcome.valueOf(outcome),
        start == null ? null : policy.endsOn(start, days),
        start != null && rs.getObject("period_ended_on", LocalDate.class) == null,
        next == null ? null : next.toInstant());
  }

  private static void visibility(Actor by, StringBuilder where, List<Object> params) {
    if (by.has(Role.CENTRE_CASEWORKER)) {
      where.append("TRUE");
      return;
    }
    where.append(
        "(EXISTS (SELECT 1 FROM identification.interview o WHERE o.identification_id = i.id AND o.organisation = ?)");
    params.add(by.organisation().value());
    if (by.has(Role.IMMIGRATION_OFFICER)) {
      where.append(" OR i.residence_status IN ('NO_LEGAL_RESIDENCE', 'ASYLUM_SEEKER')");
    }
    where.append(")");
  }

  boolean maySee(Identification identification, Actor by) {
    if (by.has(Role.CENTRE_CASEWORKER)) {
      return true;
    }
    if (by.has(Role.IMMIGRATION_OFFICER)
        && identification.competentAuthority().orElse(null) == Authority.IMMIGRATION_SERVICE) {
      return true;
    }
    return identification.interviews().stream()
        .anyMatch(i -> i.organisation().equals(by.organisation().value()));
  }

  private void requireVisible(Identification identification, Actor by) {
    if (!maySee(identification, by)) {
      throw new NotVisible(RESOURCE);
    }
  }

  private void requireDeciding(Identification identification, Actor by) {
    requireVisible(identification, by);
    if (!by.has(Role.CENTRE_CASEWORKER) && !by.has(Role.IMMIGRATION_OFFICER)) {
      throw new AccessDeniedException("Periods are for the centre and the immigration service");
    }
  }

  private static void requireCentre(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Only the centre");
    }
  }

  private OrganisationType organisationType(UUID organisation) {
    return organisations
        .find(new OrganisationId(organisation))
        .map(Organisation::type)
        .orElseThrow(() -> new InvalidInput("organisation", "interview.conductor"));
  }

  private Identification save(Identification identification, Actor by, String what) {
    try {
      Identification saved = repository.save(identification);
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          RESOURCE,
          saved.identificationId().toString(),
          AuditOutcome.SUCCESS,
          what);
      return saved;
    } catch (OptimisticLockingFailureException e) {
      throw new StaleVersion(RESOURCE);
    }
  }

  Identification load(IdentificationId id) {
    return repository.findById(id.value()).orElseThrow(() -> new NotFound(RESOURCE));
  }

  private Identification loadAt(IdentificationId id, long expectedVersion) {
    Identification identification = load(id);
    if (identification.version() != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    return identification;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static final String DECISION_FACTS =
      """
      SELECT d.decision_id, i.person_id, d.outcome, d.authority, d.decided_on, d.forms, d.main_form,
             d.industries, d.recorded_at, d.main_undetermined
      FROM identification.decision d JOIN identification.identification i ON i.id = d.identification_id
      """;

  private static DecisionFact decisionFact(ResultSet rs) throws SQLException {
    String forms = rs.getString("forms");
    String industries = rs.getString("industries");
    String main = rs.getString("main_form");
    return new DecisionFact(
        rs.getObject("decision_id", UUID.class),
        new PersonId(rs.getObject("person_id", UUID.class)),
        DecisionOutcome.valueOf(rs.getString("outcome")),
        Authority.valueOf(rs.getString("authority")),
        rs.getObject("decided_on", LocalDate.class),
        forms == null || forms.isBlank()
            ? List.of()
            : Arrays.stream(forms.split(",")).map(Exploitation::valueOf).toList(),
        main == null ? null : Exploitation.valueOf(main),
        industries == null || industries.isBlank()
            ? List.of()
            : Arrays.stream(industries.split(",")).map(LabourIndustry::valueOf).toList(),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getBoolean("main_undetermined"));
  }

  /** The codes a decision established, for statistics (a system read: no actor, no text). */
  @Transactional(readOnly = true)
  public Optional<DecisionFact> decisionFact(UUID decision) {
    return jdbc.sql(DECISION_FACTS + " WHERE d.decision_id = ?")
        .param(decision)
        .query((rs, row) -> decisionFact(rs))
        .optional();
  }

  /** Hands every decision ever recorded to {@code sink}, oldest first: for rebuilt projections. */
  @Transactional(readOnly = true)
  public void replayDecisions(Consumer<DecisionFact> sink) {
    jdbc.sql(DECISION_FACTS + " ORDER BY d.recorded_at, d.decision_id")
        .query((RowCallbackHandler) rs -> sink.accept(decisionFact(rs)));
  }

  /**
   * Hands every interview held, as the event that announced it, to {@code sink}: for rebuilt
   * projections.
   */
  @Transactional(readOnly = true)
  public void replayInterviewsHeld(Consumer<InterviewHeld> sink) {
    jdbc.sql(
            """
            SELECT v.interview_id, v.held_on, v.conductor, v.identification_id, i.person_id
            FROM identification.interview v JOIN identification.identification i ON i.id = v.identification_id
            WHERE v.status = 'HELD' ORDER BY v.held_on, v.interview_id
            """)
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new InterviewHeld(
                            new IdentificationId(rs.getObject("identification_id", UUID.class)),
                            new PersonId(rs.getObject("person_id", UUID.class)),
                            rs.getObject("interview_id", UUID.class),
                            rs.getObject("held_on", LocalDate.class),
                            Conductor.valueOf(rs.getString("conductor")),
                            null,
                            null)));
  }

  /**
   * Every identification with its current decision, for an HTCDS export by the centre (a system
   * read of codes; the export itself is audited where the names are read).
   */
  @Transactional(readOnly = true)
  public List<CaseFacts> caseFacts(Actor by) {
    requireCentre(by);
    return jdbc.sql(
            """
            SELECT i.id, i.person_id, i.referral_date, d.outcome, d.authority, d.decided_on, d.forms,
                   d.main_form, d.industries, d.exploitation_country, d.main_undetermined
            FROM identification.identification i
            LEFT JOIN LATERAL (SELECT * FROM identification.decision x WHERE x.identification_id = i.id
                               ORDER BY x.position DESC LIMIT 1) d ON true
            ORDER BY i.referral_date, i.id
            """)
        .query(
            (rs, n) -> {
              String outcome = rs.getString("outcome");
              String forms = rs.getString("forms");
              String industries = rs.getString("industries");
              String main = rs.getString("main_form");
              return new CaseFacts(
                  rs.getObject("id", UUID.class),
                  new PersonId(rs.getObject("person_id", UUID.class)),
                  rs.getObject("referral_date", LocalDate.class),
                  outcome == null ? null : DecisionOutcome.valueOf(outcome),
                  outcome == null ? null : Authority.valueOf(rs.getString("authority")),
                  rs.getObject("decided_on", LocalDate.class),
                  forms == null || forms.isBlank()
                      ? List.of()
                      : Arrays.stream(forms.split(",")).map(Exploitation::valueOf).toList(),
                  main == null ? null : Exploitation.valueOf(main),
                  industries == null || industries.isBlank()
                      ? List.of()
                      : Arrays.stream(industries.split(",")).map(LabourIndustry::valueOf).toList(),
                  rs.getString("exploitation_country"),
                  rs.getBoolean("main_undetermined"));
            })
        .list();
  }

  private static final String PERIODS =
      """
      SELECT i.id, i.person_id, i.period_type, i.period_start, i.period_ended_on, i.period_end_reason,
             i.period_accepted, i.period_days + coalesce(sum(e.days), 0) AS days,
             count(e.position) AS extensions
      FROM identification.identification i
      LEFT JOIN identification.period_extension e
        ON e.identification_id = i.id AND e.period_number = i.period_number
      WHERE i.period_start IS NOT NULL
      """;

  /** The process's current period as statistics count it (codes and dates: not a read). */
  @Transactional(readOnly = true)
  public Optional<PeriodFact> periodFact(IdentificationId id) {
    return jdbc.sql(PERIODS + " AND i.id = ? GROUP BY i.id")
        .param(id.value())
        .query((rs, row) -> periodFact(rs))
        .optional();
  }

  /** Every current period, oldest first, for rebuilding the statistics. */
  @Transactional(readOnly = true)
  public void replayPeriods(Consumer<PeriodFact> sink) {
    jdbc.sql(PERIODS + " GROUP BY i.id ORDER BY i.period_start, i.id")
        .query((RowCallbackHandler) rs -> sink.accept(periodFact(rs)));
  }

  private static PeriodFact periodFact(ResultSet rs) throws SQLException {
    String reason = rs.getString("period_end_reason");
    return new PeriodFact(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("person_id", UUID.class)),
        PeriodType.valueOf(rs.getString("period_type")),
        rs.getObject("period_start", LocalDate.class),
        rs.getInt("days"),
        rs.getInt("extensions"),
        rs.getObject("period_ended_on", LocalDate.class),
        reason == null ? null : PeriodEndReason.valueOf(reason),
        (Boolean) rs.getObject("period_accepted"));
  }
}
