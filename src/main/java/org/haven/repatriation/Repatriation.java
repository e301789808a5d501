package org.haven.repatriation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.InvalidInput;
import org.haven.access.Texts;
import org.haven.people.IsoCodes;
import org.haven.people.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A prepared repatriation (or voluntary return): offered, accepted or declined; planned with
 * support items; carried out on departure; followed up by the partner during the reintegration
 * period; ended with an outcome. Each step checks the state it needs.
 */
@Table(schema = "repatriation", name = "repatriation")
public class Repatriation extends AbstractAggregateRoot<Repatriation> {

  static final int TEXT_LIMIT = 2_000;

  @Id private final UUID id;
  @Version private Long version;
  private final UUID personId;
  private final Programme programme;
  private RepatriationStatus status;
  private final LocalDate offeredOn;
  private LocalDate answeredOn;
  private String declineReason;
  private String destinationCountry;
  private String destinationPlace;
  private UUID partner;
  private LocalDate plannedDeparture;
  private LocalDate actualDeparture;
  private String travel;
  private LocalDate planAgreedOn;
  private int reintegrationMonths;
  private LocalDate reintegrationEndsOn;
  private ReintegrationOutcome outcome;
  private String outcomeNote;
  private String eligibility;
  private LocalDate eligibilityCheckedOn;
  private UUID eligibilityCheckedBy;
  private LocalDate appliedOn;
  private UUID appliedBy;
  private Assessment assessment;
  private String assessmentNote;
  private LocalDate assessedOn;
  private UUID assessedBy;
  private final UUID createdBy;
  private final Instant createdAt;

  @MappedCollection(idColumn = "repatriation_id", keyColumn = "position")
  private List<SupportItem> supportItems = new ArrayList<>();

  @MappedCollection(idColumn = "repatriation_id", keyColumn = "position")
  private List<FollowUp> followUps = new ArrayList<>();

  @PersistenceCreator
  Repatriation(
      UUID id,
      Long version,
      UUID personId,
      Programme programme,
      LocalDate offeredOn,
      UUID createdBy,
      Instant createdAt) {
    this.id = id;
    this.version = version;
    this.personId = personId;
    this.programme = programme;
    this.offeredOn = offeredOn;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  static Repatriation offer(
      PersonId person, Programme programme, LocalDate on, int months, UUID by, Instant at) {
    if (programme == null) {
      throw new InvalidInput("programme", "validation.required");
    }
    Repatriation repatriation =
        new Repatriation(UUID.randomUUID(), null, person.value(), programme, on, by, at);
    repatriation.status = RepatriationStatus.OFFERED;
    repatriation.reintegrationMonths = months;
    repatriation.registerEvent(new RepatriationChanged(repatriation.repatriationId(), at));
    return repatriation;
  }

  /**
   * A prepared repatriation delivered in another system's records (an HTCDS import): agreed,
   * planned and carried out on {@code departedOn} to {@code country}.
   */
  static Repatriation imported(
      PersonId person,
      String country,
      LocalDate departedOn,
      int months,
      LocalDate today,
      UUID by,
      Instant at) {
    if (departedOn == null) {
      throw new InvalidInput("actualDeparture", "validation.required");
    }
    Repatriation repatriation =
        offer(person, Programme.PREPARED_REPATRIATION, departedOn, months, by, at);
    repatriation.accept(departedOn, at, by);
    repatriation.plan(country, null, null, departedOn, null, departedOn);
    repatriation.depart(departedOn, today, at, by);
    return repatriation;
  }

  /**
   * The return this aggregate announced, and no event at all from now on (a batch announces it).
   */
  Optional<PersonReturned> takeReturned() {
    Optional<PersonReturned> returned =
        domainEvents().stream()
            .filter(PersonReturned.class::isInstance)
            .map(PersonReturned.class::cast)
            .reduce((first, second) -> second);
    clearDomainEvents();
    return returned;
  }

  /** A newer delivery of an imported return: the country or date corrected. */
  boolean reviseImported(
      String country, LocalDate departedOn, LocalDate today, Instant at, UUID by) {
    if (status != RepatriationStatus.RETURNED && status != RepatriationStatus.ENDED) {
      throw new InvalidInput("status", "repatriation.notReturned");
    }
    String code = IsoCodes.country("destinationCountry", country);
    if (departedOn == null) {
      throw new InvalidInput("actualDeparture", "validation.required");
    }
    if (departedOn.isAfter(today)) {
      throw new InvalidInput("actualDeparture", "validation.futureDate");
    }
    if (code.equals(destinationCountry) && departedOn.equals(actualDeparture)) {
      return false;
    }
    this.destinationCountry = code;
    this.actualDeparture = departedOn;
    this.plannedDeparture = departedOn;
    this.reintegrationEndsOn = reintegrationEnd(departedOn, reintegrationMonths);
    registerEvent(
        new PersonReturned(
            repatriationId(),
            person(),
            destinationCountry,
            departedOn,
            reintegrationEndsOn,
            at,
            by));
    return true;
  }

  /**
   * The voluntary return programme's eligibility checklist: which criteria the person meets, as the
   * centre found on {@code today}. Checked again, it replaces the earlier answers (and an
   * application not yet assessed must be made again).
   */
  void checkEligibility(Set<ReturnCriterion> met, LocalDate today, UUID by) {
    requireProgramme();
    if (status != RepatriationStatus.ACCEPTED) {
      throw new InvalidInput("status", "repatriation.notAccepted");
    }
    if (assessment != null) {
      throw new InvalidInput("eligibility", "repatriation.alreadyAssessed");
    }
    EnumSet<ReturnCriterion> checked =
        met == null || met.isEmpty() ? EnumSet.noneOf(ReturnCriterion.class) : EnumSet.copyOf(met);
    this.eligibility = checked.stream().map(Enum::name).collect(Collectors.joining(","));
    this.eligibilityCheckedOn = today;
    this.eligibilityCheckedBy = by;
    this.appliedOn = null;
    this.appliedBy = null;
  }

  /** The criteria met at the last check (none before a check). */
  public Set<ReturnCriterion> criteriaMet() {
    EnumSet<ReturnCriterion> met = EnumSet.noneOf(ReturnCriterion.class);
    if (eligibility != null) {
      for (String code : eligibility.split(",")) {
        if (!code.isBlank()) {
          met.add(ReturnCriterion.valueOf(code));
        }
      }
    }
    return met;
  }

  /** Whether the last check found every criterion met. */
  public boolean eligible() {
    return eligibilityCheckedOn != null
        && criteriaMet().containsAll(EnumSet.allOf(ReturnCriterion.class));
  }

  /**
   * The application to the return organisation ({@code returnOrganisation}): only for an eligible
   * person; after a rejection, a new application may follow.
   */
  void apply(UUID returnOrganisation, LocalDate today, UUID by) {
    requireProgramme();
    if (status != RepatriationStatus.ACCEPTED) {
      throw new InvalidInput("status", "repatriation.notAccepted");
    }
    if (!eligible()) {
      throw new InvalidInput("eligibility", "repatriation.notEligible");
    }
    if (returnOrganisation == null) {
      throw new InvalidInput("partner", "validation.required");
    }
    if (appliedOn != null && assessment != Assessment.REJECTED) {
      throw new InvalidInput("partner", "repatriation.alreadyApplied");
    }
    this.partner = returnOrganisation;
    this.appliedOn = today;
    this.appliedBy = by;
    this.assessment = null;
    this.assessmentNote = null;
    this.assessedOn = null;
    this.assessedBy = null;
  }

  /**
   * The return organisation's assessment of the application: accepted, or rejected with a reason.
   */
  void assess(Assessment outcome, String note, LocalDate today, UUID by) {
    requireProgramme();
    if (appliedOn == null || status != RepatriationStatus.ACCEPTED) {
      throw new InvalidInput("assessment", "repatriation.notApplied");
    }
    if (assessment != null) {
      throw new InvalidInput("assessment", "repatriation.alreadyAssessed");
    }
    if (outcome == null) {
      throw new InvalidInput("assessment", "validation.required");
    }
    String written = text("assessmentNote", note);
    if (outcome == Assessment.REJECTED && written == null) {
      throw new InvalidInput("assessmentNote", "repatriation.rejectionReason");
    }
    this.assessment = outcome;
    this.assessmentNote = written;
    this.assessedOn = today;
    this.assessedBy = by;
  }

  private void requireProgramme() {
    if (programme != Programme.VOLUNTARY_RETURN_IOM) {
      throw new InvalidInput("programme", "repatriation.notTheProgramme");
    }
  }

  /** The programme's travel is arranged only after the return organisation accepted. */
  private void requireAcceptedByReturnOrganisation() {
    if (programme == Programme.VOLUNTARY_RETURN_IOM && assessment != Assessment.ACCEPTED) {
      throw new InvalidInput("status", "repatriation.notAssessed");
    }
  }

  /** The person said yes. */
  void accept(LocalDate on, Instant at, UUID by) {
    requireStatus(RepatriationStatus.OFFERED);
    this.status = RepatriationStatus.ACCEPTED;
    this.answeredOn = on;
    registerEvent(new RepatriationAgreed(repatriationId(), person(), programme, at, by));
  }

  /** The person said no; nothing follows. */
  void decline(LocalDate on, String reason, Instant at) {
    requireStatus(RepatriationStatus.OFFERED);
    this.status = RepatriationStatus.DECLINED;
    this.answeredOn = on;
    this.declineReason = text("reason", reason);
    registerEvent(new RepatriationChanged(repatriationId(), at));
  }

  /** The individual reintegration plan: where to, with whom, when and how. */
  void plan(
      String country,
      String place,
      UUID partner,
      LocalDate plannedDeparture,
      String travel,
      LocalDate today) {
    if (status != RepatriationStatus.ACCEPTED) {
      throw new InvalidInput("status", "repatriation.notAccepted");
    }
    requireAcceptedByReturnOrganisation();
    if (country == null || country.isBlank()) {
      throw new InvalidInput("destinationCountry", "validation.required");
    }
    this.destinationCountry = IsoCodes.country("destinationCountry", country);
    this.destinationPlace = text("destinationPlace", place);
    if (partner != null || programme != Programme.VOLUNTARY_RETURN_IOM) {
      // the programme's partner is the return organisation it was applied to, unless changed
      this.partner = partner;
    }
    this.plannedDeparture = plannedDeparture;
    this.travel = text("travel", travel);
    if (planAgreedOn == null) {
      this.planAgreedOn = today;
    }
  }

  /** Adds a support item, paid in cash, to the plan. */
  void addSupport(
      SupportItemType type, BigDecimal amount, String currency, Integer months, String note) {
    addSupport(type, amount, currency, months, note, false);
  }

  /** Adds a support item to the plan, paid in cash or given in kind. */
  void addSupport(
      SupportItemType type,
      BigDecimal amount,
      String currency,
      Integer months,
      String note,
      boolean inKind) {
    if (status != RepatriationStatus.ACCEPTED && status != RepatriationStatus.RETURNED) {
      throw new InvalidInput("status", "repatriation.notAccepted");
    }
    if (type == null) {
      throw new InvalidInput("type", "validation.required");
    }
    if (amount == null) {
      throw new InvalidInput("amount", "repatriation.amount");
    }
    if (amount.signum() < 0
        || amount.scale() > 2
        || amount.compareTo(new BigDecimal("10000000")) >= 0) {
      throw new InvalidInput("amount", "repatriation.amount");
    }
    String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    try {
      if (code.length() != 3) {
        throw new IllegalArgumentException(code);
      }
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("currency", "repatriation.currency");
    }
    int span = months == null ? 1 : months;
    if (span < 1 || span > 24) {
      throw new InvalidInput("months", "repatriation.months");
    }
    supportItems.add(new SupportItem(type, amount, code, span, text("note", note), inKind));
  }

  /**
   * The person departed: the reintegration period starts and runs for the configured months.
   * Refused before the plan exists.
   */
  void depart(LocalDate on, LocalDate today, Instant at, UUID by) {
    if (status != RepatriationStatus.ACCEPTED) {
      throw new InvalidInput("status", "repatriation.notAccepted");
    }
    requireAcceptedByReturnOrganisation();
    if (planAgreedOn == null || destinationCountry == null) {
      throw new InvalidInput("actualDeparture", "repatriation.noPlan");
    }
    if (on == null) {
      throw new InvalidInput("actualDeparture", "validation.required");
    }
    if (on.isAfter(today)) {
      throw new InvalidInput("actualDeparture", "validation.futureDate");
    }
    if (on.isBefore(planAgreedOn)) {
      throw new InvalidInput("actualDeparture", "repatriation.departureBeforePlan");
    }
    this.status = RepatriationStatus.RETURNED;
    this.actualDeparture = on;
    this.reintegrationEndsOn = reintegrationEnd(on, reintegrationMonths);
    registerEvent(
        new PersonReturned(
            repatriationId(), person(), destinationCountry, on, reintegrationEndsOn, at, by));
  }

  /** The reintegration period's last day for a return on {@code departure}. */
  static LocalDate reintegrationEnd(LocalDate departure, int months) {
    return departure.plusMonths(months);
  }

  /** Adds months to the reintegration period (e.g. a child's schooling year). */
  void extendReintegration(int months) {
    if (status != RepatriationStatus.RETURNED) {
      throw new InvalidInput("status", "repatriation.notReturned");
    }
    if (months < 1 || reintegrationMonths + months > 24) {
      throw new InvalidInput("months", "repatriation.months");
    }
    this.reintegrationMonths += months;
    this.reintegrationEndsOn = reintegrationEnd(actualDeparture, reintegrationMonths);
  }

  /** A report from the partner, within the reintegration period. */
  void report(
      LocalDate on,
      FollowUpStatus state,
      String note,
      boolean safe,
      boolean reachable,
      UUID by,
      Instant at,
      LocalDate today) {
    if (status != RepatriationStatus.RETURNED) {
      throw new InvalidInput("status", "repatriation.notReturned");
    }
    if (on == null) {
      throw new InvalidInput("reportedOn", "validation.required");
    }
    if (state == null) {
      throw new InvalidInput("status", "validation.required");
    }
    if (on.isAfter(today)) {
      throw new InvalidInput("reportedOn", "validation.futureDate");
    }
    if (on.isBefore(actualDeparture)) {
      throw new InvalidInput("reportedOn", "repatriation.reportBeforeReturn");
    }
    if (on.isAfter(reintegrationEndsOn)) {
      throw new InvalidInput(
          "reportedOn", "repatriation.reportAfterPeriod", reintegrationEndsOn.toString());
    }
    followUps.add(new FollowUp(on, state, text("note", note), safe, reachable, by, at));
  }

  /** Closes the reintegration with its outcome. */
  void end(ReintegrationOutcome result, String note, LocalDate today, Instant at, UUID by) {
    if (status != RepatriationStatus.RETURNED) {
      throw new InvalidInput("status", "repatriation.notReturned");
    }
    if (result == null) {
      throw new InvalidInput("outcome", "validation.required");
    }
    this.status = RepatriationStatus.ENDED;
    this.outcome = result;
    this.outcomeNote = text("outcomeNote", note);
    LocalDate endedOn = today.isBefore(reintegrationEndsOn) ? today : reintegrationEndsOn;
    registerEvent(new ReintegrationEnded(repatriationId(), person(), result, endedOn, at, by));
  }

  /**
   * Cancels an offer or an accepted plan before departure (the person chose to stay, was granted
   * residence, could not travel…), with the reason, which the record keeps. One way: a cancelled
   * repatriation is not taken up again; a new offer starts a new one.
   */
  void cancel(String reason, Instant at) {
    if (status != RepatriationStatus.OFFERED && status != RepatriationStatus.ACCEPTED) {
      throw new InvalidInput("status", "repatriation.notCancellable");
    }
    String why = text("reason", reason);
    if (why == null) {
      throw new InvalidInput("reason", "validation.required");
    }
    this.status = RepatriationStatus.CANCELLED;
    this.declineReason = why;
    registerEvent(new RepatriationChanged(repatriationId(), at));
  }

  /** The sum of the support items, per currency. */
  public Map<String, BigDecimal> costs() {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (SupportItem item : supportItems) {
      sums.merge(item.currency(), item.total(), BigDecimal::add);
    }
    return sums;
  }

  private void requireStatus(RepatriationStatus expected) {
    if (status != expected) {
      throw new InvalidInput("status", "repatriation.wrongStatus");
    }
  }

  private static String text(String field, String value) {
    return Texts.optional(field, value, TEXT_LIMIT);
  }

  List<Object> events() {
    return List.copyOf(domainEvents());
  }

  public RepatriationId repatriationId() {
    return new RepatriationId(id);
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Programme programme() {
    return programme;
  }

  public RepatriationStatus status() {
    return status;
  }

  public LocalDate offeredOn() {
    return offeredOn;
  }

  public LocalDate answeredOn() {
    return answeredOn;
  }

  public String declineReason() {
    return declineReason;
  }

  public String destinationCountry() {
    return destinationCountry;
  }

  public String destinationPlace() {
    return destinationPlace;
  }

  public UUID partner() {
    return partner;
  }

  public LocalDate plannedDeparture() {
    return plannedDeparture;
  }

  public LocalDate actualDeparture() {
    return actualDeparture;
  }

  public String travel() {
    return travel;
  }

  public LocalDate planAgreedOn() {
    return planAgreedOn;
  }

  public int reintegrationMonths() {
    return reintegrationMonths;
  }

  public LocalDate reintegrationEndsOn() {
    return reintegrationEndsOn;
  }

  public ReintegrationOutcome outcome() {
    return outcome;
  }

  public String outcomeNote() {
    return outcomeNote;
  }

  public List<SupportItem> supportItems() {
    return List.copyOf(supportItems);
  }

  public List<FollowUp> followUps() {
    return List.copyOf(followUps);
  }

  public LocalDate eligibilityCheckedOn() {
    return eligibilityCheckedOn;
  }

  public LocalDate appliedOn() {
    return appliedOn;
  }

  public Assessment assessment() {
    return assessment;
  }

  public String assessmentNote() {
    return assessmentNote;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
