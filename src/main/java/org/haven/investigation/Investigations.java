package org.haven.investigation;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseFiles.CriminalCaseFact;
import org.haven.casework.CaseId;
import org.haven.investigation.InvestigationDetails.Charge;
import org.haven.investigation.InvestigationDetails.Compensation;
import org.haven.investigation.InvestigationDetails.CourtVerdict;
import org.haven.investigation.InvestigationDetails.Hearing;
import org.haven.investigation.InvestigationDetails.ProsecutionDecision;
import org.haven.reads.RoundTrip;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Front door of the criminal case beside a victim's case. The centre links it to the case; the
 * police district and the prosecution service named on it keep it current; the centre reads it on
 * the case. Each new date reaches the case's timeline, and a trial inside the reflection period
 * raises a task for the contact person. Every reading and change is audited.
 */
@Service
public class Investigations {

  static final String RESOURCE = "Investigation";
  static final int SENTENCE_LIMIT = 2_000;

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;
  private final ZoneId zone;
  private final ApplicationEventPublisher events;

  Investigations(
      JdbcClient jdbc,
      CaseFiles cases,
      Organisations organisations,
      AuditTrail audit,
      JsonMapper json,
      Clock clock,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.cases = cases;
    this.organisations = organisations;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  // ---- who ----

  /**
   * Whether the actor reads and keeps this criminal case: the centre, or the bodies named on it.
   */
  public static boolean mayKeep(Investigation investigation, Actor actor) {
    if (actor.has(Role.CENTRE_CASEWORKER)) {
      return true;
    }
    UUID own = actor.organisation().value();
    return (actor.has(Role.POLICE_KEY_PERSON) && own.equals(investigation.policeDistrict()))
        || (actor.has(Role.PROSECUTOR) && own.equals(investigation.prosecution()));
  }

  /** Whether the actor may link a criminal case to a case that has none. */
  public boolean mayLink(CaseId id, Actor actor) {
    if (actor.has(Role.CENTRE_CASEWORKER)) {
      return true;
    }
    return (actor.has(Role.POLICE_KEY_PERSON) || actor.has(Role.PROSECUTOR))
        && cases.reachable(id, actor);
  }

  // ---- reading ----

  /** The criminal case on a case, for those who keep it (to anyone else it does not exist). */
  @Transactional
  public Investigation find(CaseId id, Actor by) {
    Investigation investigation =
        load(id).filter(i -> mayKeep(i, by)).orElseThrow(() -> new NotFound(RESOURCE));
    audit.record(by.audit(), AuditAction.READ, RESOURCE, id.toString());
    return investigation;
  }

  /** The criminal case on a case if there is one the actor keeps, for the case page. */
  @Transactional
  public Optional<Investigation> onCase(CaseId id, Actor by) {
    return kept(load(id), id, by);
  }

  /**
   * As {@link #onCase(CaseId, Actor)}, read in the caller's round trip with the rest of its page;
   * decided and audited when first asked for, after the trip has run.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<Optional<Investigation>> onCase(CaseId id, Actor by, RoundTrip reads) {
    return RoundTrip.then(
        reads.add(ON_CASE, this::investigation, id.value()),
        found -> kept(found.stream().findFirst(), id, by));
  }

  /** What the actor keeps of a criminal case found on a case: audited when it is there. */
  private Optional<Investigation> kept(Optional<Investigation> found, CaseId id, Actor by) {
    Optional<Investigation> kept = found.filter(i -> mayKeep(i, by));
    kept.ifPresent(i -> audit.record(by.audit(), AuditAction.READ, RESOURCE, id.toString()));
    return kept;
  }

  /** One line of the police's or prosecution's list: the case and the next date ahead. */
  public record Listed(
      UUID caseId, String policeCaseNumber, String district, LocalDate nextDate, String nextKind) {}

  /**
   * The criminal cases the actor's organisation keeps (the centre: all), the next date first. No
   * person data: the case is named by its police case number.
   */
  public List<Listed> mine(Actor by) {
    boolean all = by.has(Role.CENTRE_CASEWORKER);
    if (!all && !by.has(Role.POLICE_KEY_PERSON) && !by.has(Role.PROSECUTOR)) {
      throw new AccessDeniedException("Criminal cases are kept by the police and the prosecution");
    }
    UUID own = by.organisation().value();
    Map<UUID, String> names = organisations.names();
    LocalDate today = today();
    List<Listed> listed = new ArrayList<>();
    jdbc.sql(
            "SELECT * FROM investigation.investigation WHERE ? OR police_district = ? OR prosecution = ?"
                + " ORDER BY created_at, case_id LIMIT 1000")
        .params(all, own, own)
        .query(
            rs -> {
              InvestigationDetails d =
                  json.readValue(rs.getString("details"), InvestigationDetails.class);
              Hearing next =
                  Stream.concat(
                          d.interviews().stream().map(h -> new Object[] {h, "interview"}),
                          d.trials().stream().map(h -> new Object[] {h, "trial"}))
                      .filter(o -> ((Hearing) o[0]).status() == DateStatus.PLANNED)
                      .filter(o -> !((Hearing) o[0]).date().isBefore(today))
                      .map(o -> (Hearing) o[0])
                      .min(Comparator.comparing(Hearing::date))
                      .orElse(null);
              String kind = next == null ? null : d.trials().contains(next) ? "trial" : "interview";
              listed.add(
                  new Listed(
                      rs.getObject("case_id", UUID.class),
                      d.policeCaseNumber(),
                      names.getOrDefault(rs.getObject("police_district", UUID.class), ""),
                      next == null ? null : next.date(),
                      kind));
            });
    listed.sort(
        Comparator.comparing((Listed l) -> l.nextDate() == null ? LocalDate.MAX : l.nextDate())
            .thenComparing(l -> l.policeCaseNumber() == null ? "" : l.policeCaseNumber())
            .thenComparing(Listed::caseId));
    return listed;
  }

  // ---- keeping ----

  /**
   * Links the criminal case to the case, or brings it up to date (read at {@code expectedVersion}
   * when given). New dates reach the case's timeline.
   */
  @Transactional
  public Investigation keep(
      CaseId id, Long expectedVersion, InvestigationDetails details, Actor by) {
    if (!cases.exists(id)) {
      throw new NotFound("Case");
    }
    Optional<Investigation> before = load(id);
    if (before.isEmpty() && !mayLink(id, by)) {
      if (by.has(Role.POLICE_KEY_PERSON) || by.has(Role.PROSECUTOR)) {
        throw new NotFound("Case");
      }
      throw new AccessDeniedException("The criminal case is linked by the centre or the police");
    }
    if (before.isPresent() && !mayKeep(before.get(), by)) {
      throw new NotFound(RESOURCE);
    }
    InvestigationDetails d = checked(details);
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      UUID own = by.organisation().value();
      if (!own.equals(d.policeDistrict()) && !own.equals(d.prosecution())) {
        throw new InvalidInput(
            by.has(Role.PROSECUTOR) ? "prosecution" : "policeDistrict", "investigation.keepOwn");
      }
    }
    LocalDate chargedOn =
        d.charges().stream().map(Charge::date).min(Comparator.naturalOrder()).orElse(null);
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    String document = json.writeValueAsString(d);
    if (before.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO investigation.investigation (case_id, police_district, prosecution, details, charged_on,
                  verdict, verdict_on, created_at, updated_at)
              VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
              """)
          .params(
              id.value(),
              d.policeDistrict(),
              d.prosecution(),
              document,
              chargedOn,
              d.verdict() == null ? null : d.verdict().outcome().name(),
              d.verdict() == null ? null : d.verdict().date(),
              now,
              now)
          .update();
      audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
      cases.criminalCaseFact(
          id, CriminalCaseFact.INVESTIGATION_LINKED, today(), null, by.user().value());
    } else {
      long expected = expectedVersion == null ? before.get().version() : expectedVersion;
      int changed =
          jdbc.sql(
                  """
                  UPDATE investigation.investigation SET police_district = ?, prosecution = ?, details = ?::jsonb,
                      charged_on = ?, verdict = ?, verdict_on = ?, updated_at = ?, version = version + 1
                  WHERE case_id = ? AND version = ?
                  """)
              .params(
                  d.policeDistrict(),
                  d.prosecution(),
                  document,
                  chargedOn,
                  d.verdict() == null ? null : d.verdict().outcome().name(),
                  d.verdict() == null ? null : d.verdict().date(),
                  now,
                  id.value(),
                  expected)
              .update();
      if (changed == 0) {
        throw new StaleVersion(RESOURCE);
      }
      audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, id.toString());
    }
    announce(id, before.map(Investigation::details).orElse(null), d, by);
    LocalDate linkedOn =
        jdbc.sql("SELECT created_at FROM investigation.investigation WHERE case_id = ?")
            .param(id.value())
            .query(OffsetDateTime.class)
            .single()
            .atZoneSameInstant(zone)
            .toLocalDate();
    events.publishEvent(changed(id.value(), linkedOn, d));
    return load(id).orElseThrow();
  }

  /** Each new date on the case's timeline. */
  private void announce(
      CaseId id, InvestigationDetails before, InvestigationDetails after, Actor by) {
    UUID actor = by.user().value();
    Set<Hearing> oldInterviews = before == null ? Set.of() : new HashSet<>(before.interviews());
    for (Hearing h : after.interviews()) {
      if (!oldInterviews.contains(h) && h.status() != DateStatus.POSTPONED) {
        cases.criminalCaseFact(
            id,
            h.status() == DateStatus.HELD
                ? CriminalCaseFact.VICTIM_INTERVIEWED
                : CriminalCaseFact.VICTIM_INTERVIEW_PLANNED,
            h.date(),
            null,
            actor);
      }
    }
    Set<LocalDate> oldCharges = new HashSet<>();
    if (before != null) {
      before.charges().forEach(c -> oldCharges.add(c.date()));
    }
    for (Charge c : after.charges()) {
      if (oldCharges.add(c.date())) {
        cases.criminalCaseFact(id, CriminalCaseFact.CHARGED, c.date(), null, actor);
      }
    }
    if (after.decision() != null
        && (before == null || !Objects.equals(before.decision(), after.decision()))) {
      cases.criminalCaseFact(
          id, CriminalCaseFact.PROSECUTION_DECIDED, after.decision().date(), null, actor);
    }
    Set<Hearing> oldTrials = before == null ? Set.of() : new HashSet<>(before.trials());
    for (Hearing h : after.trials()) {
      if (!oldTrials.contains(h) && h.status() != DateStatus.POSTPONED) {
        cases.criminalCaseFact(
            id,
            h.status() == DateStatus.HELD
                ? CriminalCaseFact.TRIAL_HELD
                : CriminalCaseFact.TRIAL_PLANNED,
            h.date(),
            null,
            actor);
      }
    }
    if (after.verdict() != null
        && (before == null || !Objects.equals(before.verdict(), after.verdict()))) {
      cases.criminalCaseFact(id, CriminalCaseFact.VERDICT, after.verdict().date(), null, actor);
    }
    if (after.compensation() != null
        && (before == null || !Objects.equals(before.compensation(), after.compensation()))) {
      cases.criminalCaseFact(
          id, CriminalCaseFact.COMPENSATION_AWARDED, after.compensation().date(), null, actor);
    }
  }

  /** Every criminal case as the fact its last change announced, for rebuilding the numbers. */
  @Transactional(readOnly = true)
  public void replay(Consumer<CriminalCaseChanged> sink) {
    jdbc.sql(
            "SELECT case_id, created_at, details FROM investigation.investigation ORDER BY case_id")
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        changed(
                            rs.getObject("case_id", UUID.class),
                            rs.getObject("created_at", OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate(),
                            json.readValue(rs.getString("details"), InvestigationDetails.class))));
  }

  private static CriminalCaseChanged changed(
      UUID caseId, LocalDate linkedOn, InvestigationDetails d) {
    boolean convicted = d.verdict() != null && d.verdict().outcome() != VerdictOutcome.ACQUITTED;
    return new CriminalCaseChanged(
        caseId,
        linkedOn,
        d.exploitation().stream().map(Enum::name).toList(),
        d.charges().stream()
            .map(c -> new CriminalCaseChanged.Charged(c.date(), c.suspects()))
            .toList(),
        d.decision() != null && d.decision().outcome() == ProsecutionOutcome.INDICTED
            ? d.decision().date()
            : null,
        convicted ? d.verdict().date() : null,
        convicted ? d.verdict().convicted() : 0);
  }

  // ---- rules ----

  InvestigationDetails checked(InvestigationDetails details) {
    if (details == null || details.policeDistrict() == null) {
      throw new InvalidInput("policeDistrict", "validation.required");
    }
    requireType(details.policeDistrict(), OrganisationType.POLICE_DISTRICT, "policeDistrict");
    if (details.prosecution() != null) {
      requireType(details.prosecution(), OrganisationType.PROSECUTION, "prosecution");
    }
    LocalDate today = today();
    List<String> offences = offences("offences", details.offences());
    List<Hearing> interviews = hearings("interviews", details.interviews(), today);
    List<Charge> charges = new ArrayList<>();
    for (Charge c : details.charges()) {
      if (c == null) {
        continue;
      }
      if (c.date() == null) {
        throw new InvalidInput("charges", "investigation.dateRequired");
      }
      if (c.date().isAfter(today)) {
        throw new InvalidInput("charges", "investigation.notInFuture");
      }
      int suspects = c.suspects() == null ? 1 : c.suspects();
      if (suspects < 1 || suspects > 500) {
        throw new InvalidInput("charges", "investigation.suspectsRange");
      }
      charges.add(new Charge(c.date(), offences("charges", c.offences()), suspects));
    }
    charges.sort(Comparator.comparing(Charge::date));
    LocalDate firstCharge = charges.isEmpty() ? null : charges.get(0).date();
    ProsecutionDecision decision = details.decision();
    if (decision != null && decision.date() == null && decision.outcome() == null) {
      decision = null;
    }
    if (decision != null) {
      if (decision.date() == null || decision.outcome() == null) {
        throw new InvalidInput("decision", "investigation.decisionIncomplete");
      }
      if (decision.date().isAfter(today)) {
        throw new InvalidInput("decision", "investigation.notInFuture");
      }
    }
    List<Hearing> trials = hearings("trials", details.trials(), today);
    if (!trials.isEmpty() && firstCharge == null) {
      throw new InvalidInput("trials", "investigation.trialWithoutCharge");
    }
    CourtVerdict verdict = details.verdict();
    if (verdict != null && verdict.date() == null && verdict.outcome() == null) {
      verdict = null;
    }
    if (verdict != null) {
      if (verdict.date() == null || verdict.outcome() == null) {
        throw new InvalidInput("verdict", "investigation.verdictIncomplete");
      }
      if (firstCharge == null) {
        throw new InvalidInput("verdict", "investigation.verdictWithoutCharge");
      }
      if (verdict.date().isBefore(firstCharge)) {
        throw new InvalidInput("verdict", "investigation.verdictBeforeCharge");
      }
      if (verdict.date().isAfter(today)) {
        throw new InvalidInput("verdict", "investigation.notInFuture");
      }
      int convicted = verdict.convicted() == null ? 0 : verdict.convicted();
      if (convicted < 0 || convicted > 500) {
        throw new InvalidInput("verdict", "investigation.suspectsRange");
      }
      if (verdict.outcome() == VerdictOutcome.ACQUITTED && convicted > 0) {
        throw new InvalidInput("verdict", "investigation.acquittedConvicted");
      }
      verdict =
          new CourtVerdict(
              verdict.date(),
              verdict.outcome(),
              verdict.outcome() == VerdictOutcome.ACQUITTED ? 0 : Math.max(convicted, 1),
              Texts.optional("verdict", verdict.sentence(), SENTENCE_LIMIT));
    }
    Compensation compensation = details.compensation();
    if (compensation != null
        && compensation.date() == null
        && compensation.amount() == null
        && (compensation.currency() == null || compensation.currency().isBlank())) {
      compensation = null;
    }
    if (compensation != null) {
      if (compensation.date() == null || compensation.amount() == null) {
        throw new InvalidInput("compensation", "investigation.compensationIncomplete");
      }
      if (compensation.amount().signum() < 0 || compensation.amount().scale() > 2) {
        throw new InvalidInput("compensation", "investigation.amountInvalid");
      }
      if (compensation.date().isAfter(today)) {
        throw new InvalidInput("compensation", "investigation.notInFuture");
      }
      String currency =
          compensation.currency() == null || compensation.currency().isBlank()
              ? "DKK"
              : compensation.currency().strip().toUpperCase(Locale.ROOT);
      try {
        Currency.getInstance(currency);
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("compensation", "investigation.currencyUnknown");
      }
      compensation =
          new Compensation(
              compensation.date(),
              compensation.amount().stripTrailingZeros().setScale(2, RoundingMode.UNNECESSARY),
              currency);
    }
    return new InvestigationDetails(
        details.policeDistrict(),
        details.prosecution(),
        Texts.optional("policeCaseNumber", details.policeCaseNumber(), 60),
        offences,
        details.exploitation().stream().filter(Objects::nonNull).distinct().sorted().toList(),
        details.victimRole(),
        interviews,
        charges,
        decision,
        trials,
        verdict,
        compensation);
  }

  private static List<String> offences(String field, List<String> codes) {
    List<String> known = new ArrayList<>();
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      try {
        known.add(Offence.valueOf(code.strip().toUpperCase(Locale.ROOT)).name());
      } catch (IllegalArgumentException e) {
        throw new InvalidInput(field, "investigation.offenceUnknown");
      }
    }
    return known.stream().distinct().sorted().toList();
  }

  private static List<Hearing> hearings(String field, List<Hearing> hearings, LocalDate today) {
    List<Hearing> checked = new ArrayList<>();
    for (Hearing h : hearings) {
      if (h == null) {
        continue;
      }
      if (h.date() == null) {
        throw new InvalidInput(field, "investigation.dateRequired");
      }
      DateStatus status = h.status() == null ? DateStatus.PLANNED : h.status();
      if (status == DateStatus.PLANNED && h.date().isBefore(today)) {
        throw new InvalidInput(field, "investigation.plannedInPast");
      }
      if (status == DateStatus.HELD && h.date().isAfter(today)) {
        throw new InvalidInput(field, "investigation.heldInFuture");
      }
      checked.add(new Hearing(h.date(), status));
    }
    checked.sort(Comparator.comparing(Hearing::date).thenComparing(Hearing::status));
    return checked;
  }

  private void requireType(UUID id, OrganisationType type, String field) {
    Organisation o =
        organisations
            .find(new OrganisationId(id))
            .orElseThrow(() -> new InvalidInput(field, "investigation.organisationWrong"));
    if (o.type() != type) {
      throw new InvalidInput(field, "investigation.organisationWrong");
    }
  }

  // ---- inside ----

  private static final String ON_CASE =
      "SELECT * FROM investigation.investigation WHERE case_id = ?";

  private Optional<Investigation> load(CaseId id) {
    return jdbc.sql(ON_CASE).param(id.value()).query(this::investigation).optional();
  }

  private Investigation investigation(ResultSet rs, int row) throws SQLException {
    Map<UUID, String> names = organisations.names();
    UUID district = rs.getObject("police_district", UUID.class);
    UUID prosecution = rs.getObject("prosecution", UUID.class);
    return new Investigation(
        rs.getObject("case_id", UUID.class),
        district,
        names.getOrDefault(district, ""),
        prosecution,
        prosecution == null ? null : names.getOrDefault(prosecution, ""),
        json.readValue(rs.getString("details"), InvestigationDetails.class),
        rs.getLong("version"));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }
}
