package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Texts;
import org.haven.intake.Exploitation;
import org.haven.intake.ReferralId;
import org.haven.intake.Referrals.AcceptedReferral;
import org.haven.people.IsoCodes;
import org.haven.people.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The identification of one person after one accepted referral: interviews, the competent
 * authority's decisions and the period a positive decision opens. Each change checks its rules and
 * registers the event that announces it.
 */
@Table(schema = "identification", name = "identification")
public class Identification extends AbstractAggregateRoot<Identification> {

  static final int TEXT_LIMIT = 200;
  static final int NOTES_LIMIT = 20_000;

  @Id private final UUID id;
  @Version private Long version;
  private final UUID referralId;
  private final UUID personId;
  private IdentificationStatus status;
  private UUID assignedTo;
  private ResidenceStatus residenceStatus;
  private final boolean minor;
  private final LocalDate referralDate;
  private final Instant openedAt;
  private PeriodType periodType;
  private LocalDate periodStart;
  private Integer periodDays;
  private LocalDate periodEndedOn;
  private PeriodEndReason periodEndReason;
  private Integer periodWarnedDays;
  private int periodNumber;
  private Boolean periodAccepted;
  private LocalDate periodAnsweredOn;

  @MappedCollection(idColumn = "identification_id", keyColumn = "position")
  private List<Interview> interviews = new ArrayList<>();

  @MappedCollection(idColumn = "identification_id", keyColumn = "position")
  private List<Decision> decisions = new ArrayList<>();

  @MappedCollection(idColumn = "identification_id", keyColumn = "position")
  private List<PeriodExtension> extensions = new ArrayList<>();

  @PersistenceCreator
  Identification(
      UUID id,
      Long version,
      UUID referralId,
      UUID personId,
      boolean minor,
      LocalDate referralDate,
      Instant openedAt) {
    this.id = id;
    this.version = version;
    this.referralId = referralId;
    this.personId = personId;
    this.minor = minor;
    this.referralDate = referralDate;
    this.openedAt = openedAt;
  }

  /** The process an accepted referral opens, held by whoever accepted it. */
  static Identification open(AcceptedReferral referral, Instant at, LocalDate today) {
    LocalDate since =
        referral.encounterDate() != null
            ? referral.encounterDate()
            : referral.submittedOn() != null ? referral.submittedOn() : today;
    Identification identification =
        new Identification(
            UUID.randomUUID(),
            null,
            referral.referral().value(),
            referral.person().value(),
            referral.minor(),
            since,
            at);
    identification.status = IdentificationStatus.IN_PROGRESS;
    identification.residenceStatus = ResidenceStatus.UNKNOWN;
    identification.assignedTo = referral.acceptedBy();
    identification.registerEvent(
        new IdentificationOpened(
            identification.identificationId(),
            identification.person(),
            referral.referral(),
            referral.acceptedBy(),
            at));
    return identification;
  }

  /** Hands the process to a member of the centre's staff. */
  void assign(UUID user, Instant at) {
    if (user == null) {
      throw new InvalidInput("assignedTo", "validation.required");
    }
    this.assignedTo = user;
    registerEvent(new IdentificationAssigned(identificationId(), person(), user, at));
  }

  /** Records the residence status, which decides the competent authority. */
  void residence(ResidenceStatus status) {
    if (status == null) {
      throw new InvalidInput("residenceStatus", "validation.required");
    }
    this.residenceStatus = status;
  }

  /** Plans an interview, conducted by {@code conductor} of {@code organisation}. */
  UUID schedule(
      InterviewPlan plan,
      Conductor conductor,
      UUID organisation,
      UUID interviewer,
      UUID by,
      Instant at) {
    if (plan.scheduledAt() == null) {
      throw new InvalidInput("scheduledAt", "validation.required");
    }
    requireRepresentative(plan.representativePresent());
    UUID interviewId = UUID.randomUUID();
    interviews.add(
        new Interview(
            interviewId,
            InterviewStatus.SCHEDULED,
            plan.scheduledAt(),
            null,
            conductor,
            organisation,
            interviewer,
            required("placeType", plan.placeType()),
            text("municipality", plan.municipality(), TEXT_LIMIT),
            language(plan.interpreterLanguage()),
            plan.companionPresent(),
            plan.representativePresent(),
            "",
            null,
            by));
    registerEvent(
        new InterviewScheduled(
            identificationId(), person(), interviewId, plan.scheduledAt(), at, by));
    return interviewId;
  }

  /** Changes a planned interview, records it held, or cancels it. */
  void record(
      UUID interviewId,
      InterviewRecord change,
      List<String> knownIndicators,
      LocalDate today,
      UUID by,
      Instant at) {
    int index = indexOf(interviewId);
    Interview current = interviews.get(index);
    if (current.status() != InterviewStatus.SCHEDULED && change.status() != current.status()) {
      throw new InvalidInput("status", "interview.alreadyDone");
    }
    InterviewStatus status = change.status() == null ? current.status() : change.status();
    if (status == InterviewStatus.CANCELLED) {
      interviews.set(index, current.with(InterviewStatus.CANCELLED));
      return;
    }
    LocalDate heldOn = null;
    if (status == InterviewStatus.HELD) {
      heldOn = required("heldOn", change.heldOn());
      if (heldOn.isAfter(today)) {
        throw new InvalidInput("heldOn", "validation.futureDate");
      }
      requireRepresentative(change.representativePresent());
    } else if (change.scheduledAt() == null) {
      throw new InvalidInput("scheduledAt", "validation.required");
    } else {
      requireRepresentative(change.representativePresent());
    }
    List<String> indicators = change.indicators().stream().distinct().toList();
    for (String code : indicators) {
      if (!knownIndicators.contains(code)) {
        throw new InvalidInput("indicators", "referral.indicatorUnknown", code);
      }
    }
    interviews.set(
        index,
        new Interview(
            current.interviewId(),
            status,
            change.scheduledAt() == null ? current.scheduledAt() : change.scheduledAt(),
            heldOn,
            current.conductor(),
            current.organisation(),
            current.interviewer(),
            required("placeType", change.placeType()),
            text("municipality", change.municipality(), TEXT_LIMIT),
            language(change.interpreterLanguage()),
            change.companionPresent(),
            change.representativePresent(),
            String.join(",", indicators),
            text("notes", change.notes(), NOTES_LIMIT),
            by));
    if (status == InterviewStatus.HELD && current.status() == InterviewStatus.SCHEDULED) {
      registerEvent(
          new InterviewHeld(
              identificationId(), person(), interviewId, heldOn, current.conductor(), at, by));
    }
  }

  /**
   * Records the competent authority's decision. A positive one opens the period (unless one is
   * running); a negative reconsideration ends a running one.
   */
  void decide(
      DecisionInput input,
      Authority authority,
      UUID by,
      UUID organisation,
      Instant at,
      LocalDate today,
      PeriodPolicy policy) {
    required("outcome", input.outcome());
    LocalDate decidedOn = required("decidedOn", input.decidedOn());
    if (decidedOn.isAfter(today)) {
      throw new InvalidInput("decidedOn", "validation.futureDate");
    }
    if (decidedOn.isBefore(referralDate)) {
      throw new InvalidInput("decidedOn", "decision.beforeReferral", referralDate);
    }
    String reconsideration = null;
    if (!decisions.isEmpty()) {
      reconsideration = text("reconsiderationReason", input.reconsiderationReason(), NOTES_LIMIT);
      if (reconsideration == null) {
        throw new InvalidInput("reconsiderationReason", "decision.reconsiderationReason");
      }
      if (decidedOn.isBefore(currentDecision().orElseThrow().decidedOn())) {
        throw new InvalidInput("decidedOn", "decision.beforePrevious");
      }
    }
    List<Exploitation> forms = input.forms();
    Exploitation main = input.mainForm();
    if (input.outcome() == DecisionOutcome.VICTIM) {
      if (forms.isEmpty()) {
        throw new InvalidInput("forms", "decision.formsRequired");
      }
      if (main == null && forms.size() == 1) {
        main = forms.get(0);
      }
      if (main == null && !input.mainFormUndetermined()) {
        throw new InvalidInput("mainForm", "decision.mainFormRequired");
      }
    }
    if (main != null && !forms.contains(main)) {
      throw new InvalidInput("mainForm", "decision.mainFormListed");
    }
    if (!input.industries().isEmpty() && !forms.contains(Exploitation.ForcedLabour)) {
      throw new InvalidInput("industries", "decision.industriesNeedForcedLabour");
    }
    String country =
        input.exploitationCountry() == null || input.exploitationCountry().isBlank()
            ? null
            : IsoCodes.country("exploitationCountry", input.exploitationCountry());
    LocalDate periodStartsOn = input.periodStart() == null ? decidedOn : input.periodStart();
    if (periodStartsOn.isBefore(decidedOn)) {
      throw new InvalidInput("periodStart", "period.startBeforeDecision");
    }
    UUID decisionId = UUID.randomUUID();
    decisions.add(
        new Decision(
            decisionId,
            input.outcome(),
            authority,
            decidedOn,
            String.join(",", forms.stream().map(Enum::name).toList()),
            main,
            country,
            residenceStatus,
            text("reasoning", input.reasoning(), NOTES_LIMIT),
            reconsideration,
            by,
            organisation,
            input.onBehalf(),
            at,
            String.join(",", input.industries().stream().map(Enum::name).toList()),
            main == null && input.mainFormUndetermined()));
    decided(decisionId, input.outcome(), authority, decidedOn, reconsideration != null, at, by);
    if (input.outcome() == DecisionOutcome.VICTIM && !periodRunning()) {
      // the period follows the decision, also on a timeline ordered by instant
      startPeriod(periodStartsOn, policy, at.plusNanos(1_000), by);
    } else if (input.outcome() != DecisionOutcome.VICTIM && periodRunning()) {
      endPeriod(decidedOn, PeriodEndReason.DECISION_REVERSED, at.plusNanos(1_000), by);
    }
  }

  /**
   * Records a decision delivered in another system's records (an HTCDS import): history, so it
   * opens no period. A delivery equal to the current decision changes nothing (false); a different
   * one is added as a reconsideration, never dated before the current one.
   */
  boolean recordImported(
      DecisionInput input,
      Authority authority,
      UUID by,
      UUID organisation,
      Instant at,
      LocalDate today) {
    required("outcome", input.outcome());
    LocalDate decidedOn = required("decidedOn", input.decidedOn());
    if (decidedOn.isAfter(today)) {
      throw new InvalidInput("decidedOn", "validation.futureDate");
    }
    if (decidedOn.isBefore(referralDate)) {
      throw new InvalidInput("decidedOn", "decision.beforeReferral", referralDate);
    }
    List<Exploitation> forms = input.forms();
    Exploitation main = input.mainForm();
    if (main != null && !forms.contains(main)) {
      throw new InvalidInput("mainForm", "decision.mainFormListed");
    }
    if (!input.industries().isEmpty() && !forms.contains(Exploitation.ForcedLabour)) {
      throw new InvalidInput("industries", "decision.industriesNeedForcedLabour");
    }
    String formList = String.join(",", forms.stream().map(Enum::name).toList());
    String industryList = String.join(",", input.industries().stream().map(Enum::name).toList());
    Optional<Decision> current = currentDecision();
    String reconsideration = null;
    if (current.isPresent()) {
      Decision d = current.get();
      if (d.outcome() == input.outcome()
          && d.authority() == authority
          && d.decidedOn().equals(decidedOn)
          && d.forms().equals(formList)
          && Objects.equals(d.mainForm(), main)
          && Objects.equals(d.industries(), industryList)
          && d.mainUndetermined() == (main == null && input.mainFormUndetermined())) {
        return false;
      }
      if (decidedOn.isBefore(d.decidedOn())) {
        throw new InvalidInput("decidedOn", "decision.beforePrevious");
      }
      reconsideration = input.reconsiderationReason();
    }
    UUID decisionId = UUID.randomUUID();
    decisions.add(
        new Decision(
            decisionId,
            input.outcome(),
            authority,
            decidedOn,
            formList,
            main,
            null,
            residenceStatus,
            null,
            reconsideration,
            by,
            organisation,
            true,
            at,
            industryList,
            main == null && input.mainFormUndetermined()));
    decided(decisionId, input.outcome(), authority, decidedOn, reconsideration != null, at, by);
    return true;
  }

  /** A decision was added: the process is decided, and the decision is announced. */
  private void decided(
      UUID decisionId,
      DecisionOutcome outcome,
      Authority authority,
      LocalDate decidedOn,
      boolean reconsideration,
      Instant at,
      UUID by) {
    this.status = IdentificationStatus.DECIDED;
    registerEvent(
        new VictimStatusDecided(
            identificationId(),
            person(),
            decisionId,
            outcome,
            authority,
            decidedOn,
            reconsideration,
            at,
            by));
  }

  private void startPeriod(LocalDate start, PeriodPolicy policy, Instant at, UUID by) {
    this.periodType = CompetentAuthorityPolicy.periodFor(residenceStatus);
    this.periodStart = start;
    this.periodDays = policy.initialDays();
    this.periodEndedOn = null;
    this.periodEndReason = null;
    this.periodWarnedDays = null;
    this.periodAccepted = null;
    this.periodAnsweredOn = null;
    this.periodNumber++;
    registerEvent(
        new ReflectionPeriodStarted(
            identificationId(),
            person(),
            periodType,
            start,
            policy.endsOn(start, totalDays()),
            at,
            by));
  }

  /** Extends the running period by {@code days}, within the policy's ceiling. */
  void extend(
      int days,
      ExtensionGround ground,
      String reason,
      UUID by,
      Instant at,
      LocalDate today,
      PeriodPolicy policy) {
    if (!periodRunning()) {
      throw new InvalidInput("period", "period.notRunning");
    }
    if (today.isAfter(policy.endsOn(periodStart, totalDays()))) {
      throw new InvalidInput("period", "period.expired");
    }
    policy.checkExtension(totalDays(), days);
    required("ground", ground);
    String why = text("reason", reason, NOTES_LIMIT);
    if (why == null) {
      throw new InvalidInput("reason", "validation.required");
    }
    extensions.add(new PeriodExtension(days, ground, why, by, at, periodNumber));
    this.periodWarnedDays = null;
    registerEvent(
        new ReflectionPeriodExtended(
            identificationId(),
            person(),
            days,
            ground,
            policy.endsOn(periodStart, totalDays()),
            at,
            by));
  }

  /** Ends the running period early, e.g. on the person's departure. */
  void endPeriodEarly(LocalDate on, PeriodEndReason reason, LocalDate today, Instant at, UUID by) {
    if (!periodRunning()) {
      throw new InvalidInput("period", "period.notRunning");
    }
    required("endedOn", on);
    required("reason", reason);
    if (on.isAfter(today)) {
      throw new InvalidInput("endedOn", "validation.futureDate");
    }
    if (on.isBefore(periodStart)) {
      throw new InvalidInput("endedOn", "period.endBeforeStart");
    }
    endPeriod(on, reason, at, by);
  }

  /**
   * The person's answer to the period offered: accepted or declined, on a day from the period's
   * start to today. It may be corrected while the period runs.
   */
  void answerPeriod(boolean accepted, LocalDate on, LocalDate today, Instant at, UUID by) {
    if (periodStart == null) {
      throw new InvalidInput("period", "period.notRunning");
    }
    required("answeredOn", on);
    if (on.isAfter(today)) {
      throw new InvalidInput("answeredOn", "validation.futureDate");
    }
    if (on.isBefore(periodStart)) {
      throw new InvalidInput("answeredOn", "period.answerBeforeStart");
    }
    this.periodAccepted = accepted;
    this.periodAnsweredOn = on;
    registerEvent(new ReflectionPeriodAnswered(identificationId(), person(), accepted, on, at, by));
  }

  private void endPeriod(LocalDate on, PeriodEndReason reason, Instant at, UUID by) {
    this.periodEndedOn = on;
    this.periodEndReason = reason;
    registerEvent(new ReflectionPeriodEnded(identificationId(), person(), on, reason, at, by));
  }

  /**
   * Looks at the clock: announces the warning due (once each), and closes the period the day after
   * its deadline. True when something changed.
   */
  boolean checkDeadline(LocalDate today, PeriodPolicy policy, Instant at) {
    if (!periodRunning()) {
      return false;
    }
    LocalDate endsOn = policy.endsOn(periodStart, totalDays());
    long daysLeft = ChronoUnit.DAYS.between(today, endsOn);
    if (daysLeft < 0) {
      endPeriod(endsOn, PeriodEndReason.EXPIRED, at, null);
      return true;
    }
    Optional<Integer> warning = policy.warningDue(daysLeft, periodWarnedDays);
    warning.ifPresent(
        days -> {
          this.periodWarnedDays = days;
          registerEvent(
              new ReflectionPeriodEnding(identificationId(), person(), endsOn, (int) daysLeft, at));
        });
    return warning.isPresent();
  }

  private void requireRepresentative(boolean present) {
    if (minor && !present) {
      throw new InvalidInput("representativePresent", "interview.representativeRequired");
    }
  }

  private int indexOf(UUID interviewId) {
    for (int i = 0; i < interviews.size(); i++) {
      if (interviews.get(i).interviewId().equals(interviewId)) {
        return i;
      }
    }
    throw new NotFound("Interview");
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInput(field, "validation.required");
    }
    return value;
  }

  private static String text(String field, String value, int limit) {
    return Texts.optional(field, value, limit);
  }

  private static String language(String code) {
    return code == null || code.isBlank() ? null : IsoCodes.language("interpreterLanguage", code);
  }

  /** The events registered and not yet published (for tests in this package). */
  List<Object> events() {
    return List.copyOf(domainEvents());
  }

  /** Whether a period is open (it may be past its deadline until the next deadline check). */
  public boolean periodRunning() {
    return periodStart != null && periodEndedOn == null;
  }

  /** The period's length with its extensions, or 0 when none was opened. */
  public int totalDays() {
    return periodDays == null
        ? 0
        : periodDays
            + extensions.stream()
                .filter(e -> e.periodNumber() == periodNumber)
                .mapToInt(PeriodExtension::days)
                .sum();
  }

  public IdentificationId identificationId() {
    return new IdentificationId(id);
  }

  public ReferralId referral() {
    return new ReferralId(referralId);
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public IdentificationStatus status() {
    return status;
  }

  public UUID assignedTo() {
    return assignedTo;
  }

  public ResidenceStatus residenceStatus() {
    return residenceStatus;
  }

  /** The authority competent for the person, while the residence status is known. */
  public Optional<Authority> competentAuthority() {
    return CompetentAuthorityPolicy.competentFor(residenceStatus);
  }

  public boolean minor() {
    return minor;
  }

  public LocalDate referralDate() {
    return referralDate;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public List<Interview> interviews() {
    return List.copyOf(interviews);
  }

  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  /** The decision in force: the latest. */
  /** Drops the events registered so far: a batch announces them together instead. */
  void forgetEvents() {
    clearDomainEvents();
  }

  public Optional<Decision> currentDecision() {
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1));
  }

  public PeriodType periodType() {
    return periodType;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  /** Whether the person accepted the period; null until they answered. */
  public Boolean periodAccepted() {
    return periodAccepted;
  }

  public LocalDate periodAnsweredOn() {
    return periodAnsweredOn;
  }

  public Integer periodDays() {
    return periodDays;
  }

  /** The extensions of the current (or last) period. */
  public List<PeriodExtension> extensions() {
    return extensions.stream().filter(e -> e.periodNumber() == periodNumber).toList();
  }

  /** Every extension the process's periods had, earlier periods' included. */
  public List<PeriodExtension> allExtensions() {
    return List.copyOf(extensions);
  }

  public LocalDate periodEndedOn() {
    return periodEndedOn;
  }

  public PeriodEndReason periodEndReason() {
    return periodEndReason;
  }
}
