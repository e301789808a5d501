package org.haven.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.NotVisible;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.Birth;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.people.PhoneNumbers;
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
 * Front door for referrals. Senders write drafts and send them; the centre accepts (linking a
 * person) or declines; senders may withdraw. A sender organisation sees its own referrals, the
 * centre every submitted one, police key persons those the person agreed to share with the police.
 * Every read and change is audited.
 */
@Service
public class Referrals {

  static final String RESOURCE = "Referral";
  static final int COUNT_LIMIT = 1_000;

  /** Roles whose organisations may refer. */
  static final Set<Role> SENDERS =
      EnumSet.of(
          Role.NGO_WORKER,
          Role.POLICE_KEY_PERSON,
          Role.MUNICIPAL_CASEWORKER,
          Role.IMMIGRATION_OFFICER,
          Role.CENTRE_CASEWORKER,
          Role.SHELTER_STAFF,
          Role.TAX_INSPECTOR,
          Role.LABOUR_INSPECTOR);

  private final ReferralRepository referrals;
  private final Indicators indicators;
  private final People people;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final IntakeSettings settings;
  private final Clock clock;

  private final PhoneNumbers phones;
  private final ApplicationEventPublisher events;

  Referrals(
      ReferralRepository referrals,
      Indicators indicators,
      People people,
      AuditTrail audit,
      JdbcClient jdbc,
      IntakeSettings settings,
      Clock clock,
      PhoneNumbers phones,
      ApplicationEventPublisher events) {
    this.events = events;
    this.phones = phones;
    this.referrals = referrals;
    this.indicators = indicators;
    this.people = people;
    this.audit = audit;
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a draft for the actor's organisation. */
  @Transactional
  public Referral startDraft(ReferralDraft typed, Actor by) {
    requireSender(by);
    // the phone number and the rest are checked together, so every error shows at once
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    ReferralDraft draft = typed.withPhone(checks.check(() -> phones.e164("phone", typed.phone())));
    checks.run(() -> indicators.requireKnown(draft.indicators()));
    Instant now = clock.instant();
    Referral referral =
        checks.check(
            () ->
                Referral.draft(
                    draft,
                    by.organisation().value(),
                    by.user().value(),
                    now,
                    today(),
                    now.plus(settings.draftRetention())));
    checks.done();
    Referral saved = referrals.save(referral);
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, saved.referralId().toString());
    return saved;
  }

  /** Saves the author's draft, read at {@code expectedVersion}. */
  @Transactional
  public Referral saveDraft(ReferralId id, long expectedVersion, ReferralDraft draft, Actor by) {
    return changeDraft(id, expectedVersion, current -> draft, by);
  }

  /**
   * Changes the author's draft, read at {@code expectedVersion}, to what {@code change} makes of it
   * (a partial update merged into the current draft): one act, audited once as a change.
   */
  @Transactional
  public Referral changeDraft(
      ReferralId id, long expectedVersion, Function<Referral, ReferralDraft> change, Actor by) {
    Referral referral = authorsDraft(id, by);
    checkVersion(referral, expectedVersion);
    ReferralDraft typed = change.apply(referral);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    ReferralDraft draft = typed.withPhone(checks.check(() -> phones.e164("phone", typed.phone())));
    checks.run(() -> indicators.requireKnown(draft.indicators()));
    Instant now = clock.instant();
    checks.run(
        () ->
            referral.edit(
                draft, by.user().value(), now, today(), now.plus(settings.draftRetention())));
    checks.done();
    return save(referral, by, "draft saved");
  }

  /** Sends the author's draft to the centre. */
  @Transactional
  public Referral submit(ReferralId id, Actor by) {
    Referral referral = authorsDraft(id, by);
    referral.submit(clock.instant(), today());
    return save(referral, by, "submitted");
  }

  /**
   * The centre accepts a submitted referral into identification, linking it to an existing person
   * ({@code linkTo}) or registering a new one from the referral. An anonymous notification is
   * accepted without a person.
   */
  @Transactional
  public Referral accept(ReferralId id, Optional<PersonReference> linkTo, Actor by) {
    requireCentre(by);
    Referral referral = load(id);
    Person person = null;
    if (referral.path() != ReferralPath.ANONYMOUS) {
      person =
          linkTo.isPresent()
              ? people
                  .find(linkTo.get(), by)
                  .orElseThrow(() -> new InvalidInput("person", "referral.personUnknown"))
              : people.register(personDetails(referral), by);
    } else if (linkTo.isPresent()) {
      throw new InvalidInput("person", "referral.anonymousNoPerson");
    }
    // a record absorbed by a merge stands for its survivor
    referral.accept(
        person == null ? null : people.inForce(person.personId()),
        by.user().value(),
        clock.instant());
    return save(referral, by, "accepted");
  }

  /**
   * Records a referral delivered in another system's records (an HTCDS import) as sent by {@code
   * organisation} and accepted for {@code person}. The centre only; audited. Identification opens
   * as for any accepted referral.
   */
  @Transactional
  public ReferralId recordImported(
      ReferralDraft draft, UUID organisation, PersonId person, Actor by) {
    requireCentre(by);
    Referral referral =
        Referral.imported(draft, organisation, by.user().value(), person, clock.instant(), today());
    Referral saved = referrals.save(referral);
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        RESOURCE,
        saved.referralId().toString(),
        AuditOutcome.SUCCESS,
        "imported");
    events.publishEvent(new ReferralsImported(List.of(saved.referralId())));
    return saved.referralId();
  }

  /**
   * Records a referral that another country's installation sent in a verified envelope: it waits in
   * the centre's queue (channel {@code CROSS_BORDER}), sent by {@code partnerOrganisation}. Called
   * by the cross-border inbox inside its own transaction, so the referral and the record of the
   * envelope commit together or not at all; audited as Haven's own act.
   */
  @Transactional
  public ReferralId receiveFromAbroad(ReferralDraft draft, UUID partnerOrganisation) {
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    checks.run(() -> indicators.requireKnown(draft.indicators()));
    Referral referral =
        checks.check(() -> Referral.received(draft, partnerOrganisation, clock.instant(), today()));
    checks.done();
    Referral saved = referrals.save(referral);
    audit.record(
        AuditActor.SYSTEM,
        AuditAction.CREATE,
        RESOURCE,
        saved.referralId().toString(),
        AuditOutcome.SUCCESS,
        "received from abroad");
    return saved.referralId();
  }

  /** Every referral linked to these persons (ids only: not a read). */
  @Transactional(readOnly = true)
  public List<ReferralId> referralsOfAll(Collection<PersonId> persons) {
    return jdbc
        .sql("SELECT id FROM intake.referral WHERE person_id = ANY (?) ORDER BY id")
        .param(persons.stream().map(PersonId::value).toArray(UUID[]::new))
        .query(UUID.class)
        .list()
        .stream()
        .map(ReferralId::new)
        .toList();
  }

  /**
   * Every referral linked to the person, oldest first, with what the sender wrote: for the person's
   * own request to see what Haven holds (the centre only; each reading audited with {@code
   * purpose}).
   */
  @Transactional
  public List<Referral> ofPerson(PersonId person, String purpose, Actor by) {
    requireCentre(by);
    List<UUID> ids =
        jdbc.sql("SELECT id FROM intake.referral WHERE person_id = ? ORDER BY created_at, id")
            .param(person.value())
            .query(UUID.class)
            .list();
    List<Referral> found = new ArrayList<>();
    for (Referral referral : referrals.findAllById(ids)) {
      found.add(referral);
      audit.record(
          by.audit(),
          AuditAction.READ,
          RESOURCE,
          referral.referralId().toString(),
          AuditOutcome.SUCCESS,
          purpose);
    }
    found.sort(
        Comparator.comparing(Referral::createdAt).thenComparing(r -> r.referralId().value()));
    return found;
  }

  /** A referral delivered in an import: what it says, who sent it, whom it is about. */
  public record ImportedReferral(ReferralDraft draft, UUID organisation, PersonId person) {}

  /**
   * Records many imported referrals at once, as {@link #recordImported} does one, and answers them
   * as identification takes them, in the same order.
   */
  @Transactional
  public List<AcceptedReferral> recordImportedAll(List<ImportedReferral> imported, Actor by) {
    requireCentre(by);
    Instant now = clock.instant();
    LocalDate today = today();
    List<Referral> created = new ArrayList<>(imported.size());
    for (ImportedReferral r : imported) {
      created.add(
          Referral.imported(
              r.draft(), r.organisation(), by.user().value(), r.person(), now, today));
    }
    List<AcceptedReferral> accepted = new ArrayList<>(created.size());
    for (Referral saved : referrals.saveAll(created)) {
      audit.record(
          by.audit(),
          AuditAction.CREATE,
          RESOURCE,
          saved.referralId().toString(),
          AuditOutcome.SUCCESS,
          "imported");
      accepted.add(acceptance(saved));
    }
    events.publishEvent(
        new ReferralsImported(accepted.stream().map(AcceptedReferral::referral).toList()));
    return accepted;
  }

  /** Replaces what an imported referral says with a newer delivery. The centre only; audited. */
  @Transactional
  public void reviseImported(ReferralId id, ReferralDraft draft, Actor by) {
    requireCentre(by);
    Referral referral = load(id);
    referral.reviseImported(draft, by.user().value(), clock.instant(), today());
    save(referral, by, "imported again");
  }

  /** The centre declines a submitted referral, saying why. */
  @Transactional
  public Referral decline(ReferralId id, String reason, Actor by) {
    requireCentre(by);
    Referral referral = load(id);
    referral.decline(reason, by.user().value(), clock.instant());
    return save(referral, by, "declined");
  }

  /** The sender organisation takes back its draft or undecided referral. */
  @Transactional
  public Referral withdraw(ReferralId id, Actor by) {
    Referral referral = load(id);
    if (!referral.sourceOrganisation().equals(by.organisation().value())
        || (referral.status() == ReferralStatus.DRAFT
            && !by.user().value().equals(referral.sourceUser()))) {
      throw new AccessDeniedException("Only the sender may withdraw a referral");
    }
    referral.withdraw(clock.instant());
    return save(referral, by, "withdrawn");
  }

  /**
   * What identification needs to know of an accepted referral: ids, dates and flags, no identity.
   * Not audited: it reveals nothing about the person.
   */
  @Transactional(readOnly = true)
  public Optional<AcceptedReferral> acceptance(ReferralId id) {
    return referrals
        .findById(id.value())
        .filter(r -> r.status() == ReferralStatus.ACCEPTED)
        .map(this::acceptance);
  }

  private AcceptedReferral acceptance(Referral r) {
    return new AcceptedReferral(
        r.referralId(),
        r.person(),
        r.decidedBy(),
        r.decidedAt(),
        r.submittedAt() == null ? null : LocalDate.ofInstant(r.submittedAt(), clock.getZone()),
        r.encounterDate(),
        r.minor() == Birth.Minor.YES,
        r.consent().toPolice());
  }

  /**
   * An accepted referral as identification sees it.
   *
   * @param minor a child at the encounter (or referred on the child path)
   */
  public record AcceptedReferral(
      ReferralId referral,
      PersonId person,
      UUID acceptedBy,
      Instant acceptedAt,
      LocalDate submittedOn,
      LocalDate encounterDate,
      boolean minor,
      boolean consentToPolice) {}

  /** A referral the actor may see; the read is audited. */
  @Transactional
  public Referral find(ReferralId id, Actor by) {
    Referral referral = load(id);
    if (!maySee(referral, by)) {
      throw new NotVisible(RESOURCE);
    }
    audit.record(by.audit(), AuditAction.READ, RESOURCE, referral.referralId().toString());
    return referral;
  }

  /**
   * A referral with the account of what happened (testimony), read on request: audited once, as a
   * reading of testimony.
   */
  @Transactional
  public Referral findWithAccount(ReferralId id, Actor by) {
    Referral referral = load(id);
    if (!maySee(referral, by)) {
      throw new NotVisible(RESOURCE);
    }
    audit.record(
        by.audit(),
        AuditAction.READ,
        RESOURCE,
        referral.referralId().toString(),
        AuditOutcome.SUCCESS,
        "account");
    return referral;
  }

  /**
   * The account of what happened (testimony), shown on request: the reading is audited on its own.
   */
  @Transactional
  public Optional<String> account(ReferralId id, Actor by) {
    return Optional.ofNullable(findWithAccount(id, by).account());
  }

  /**
   * Persons who may be the referred person, for the choice between linking and registering at
   * acceptance.
   */
  @Transactional
  public List<Person> possibleDuplicates(ReferralId id, Actor by) {
    requireCentre(by);
    Referral referral = load(id);
    if (referral.path() == ReferralPath.ANONYMOUS) {
      return List.of();
    }
    return people.similar(personDetails(referral), by);
  }

  /** The referrals the actor may see that match the filter, newest first, with the total count. */
  @Transactional(readOnly = true)
  public ReferralPage list(ReferralFilter filter, Actor by) {
    StringBuilder filters = new StringBuilder();
    List<Object> filterParams = new ArrayList<>();
    if (filter.status() != null) {
      filters.append(" AND status = ?");
      filterParams.add(filter.status().name());
    }
    if (filter.organisation() != null) {
      filters.append(" AND source_organisation = ?");
      filterParams.add(filter.organisation());
    }
    if (filter.channel() != null) {
      filters.append(" AND channel = ?");
      filterParams.add(filter.channel().name());
    }
    if (filter.from() != null) {
      filters.append(" AND encounter_date >= ?");
      filterParams.add(filter.from());
    }
    if (filter.to() != null) {
      filters.append(" AND encounter_date <= ?");
      filterParams.add(filter.to());
    }
    if (filter.minors() != null) {
      filters.append(filter.minors() ? " AND " : " AND NOT ").append(MINOR);
    }
    if (filter.immediateDanger() != null) {
      filters.append(" AND immediate_danger = ?");
      filterParams.add(filter.immediateDanger());
    }
    // Two reads, each in list order from its own index, merged here: what was sent (an index
    // without drafts, so that other people's drafts, which only their authors see, are never
    // stepped over) and the actor's own drafts (a handful).
    List<Object> sentParams = new ArrayList<>();
    StringBuilder sent = new StringBuilder(" WHERE status <> 'DRAFT' AND ");
    sentVisibility(by, sent, sentParams);
    sent.append(filters);
    sentParams.addAll(filterParams);
    String drafts =
        " WHERE status = 'DRAFT' AND source_user = ? AND source_organisation = ?" + filters;
    List<Object> draftParams = new ArrayList<>();
    draftParams.add(by.user().value());
    draftParams.add(by.organisation().value());
    draftParams.addAll(filterParams);
    // Counting stops after COUNT_LIMIT rows: beyond that a list says "more than", and counting
    // stays cheap at any size. LIMIT and OFFSET are written as numbers, not parameters, so the
    // plans read the list indexes.
    long total = count(sent.toString(), sentParams) + count(drafts, draftParams);
    long wanted = (long) filter.page() * filter.size() + filter.size();
    List<ReferralSummary> merged = new ArrayList<>(page(sent.toString(), sentParams, wanted));
    merged.addAll(page(drafts, draftParams, wanted));
    merged.sort(LIST_ORDER);
    List<ReferralSummary> items =
        merged.stream().skip((long) filter.page() * filter.size()).limit(filter.size()).toList();
    return new ReferralPage(
        items, filter.page(), filter.size(), Math.min(total, COUNT_LIMIT), total <= COUNT_LIMIT);
  }

  /** Newest first by when sent (or started, for a draft), then by id as PostgreSQL orders uuids. */
  static final Comparator<ReferralSummary> LIST_ORDER =
      Comparator.comparing(
              (ReferralSummary r) -> r.submittedAt() != null ? r.submittedAt() : r.createdAt())
          .reversed()
          .thenComparing(
              ReferralSummary::id,
              (a, b) -> {
                int high =
                    Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0
                    ? high
                    : Long.compareUnsigned(
                        a.getLeastSignificantBits(), b.getLeastSignificantBits());
              });

  private long count(String where, List<Object> params) {
    return jdbc.sql(
            "SELECT count(*) FROM (SELECT 1 FROM intake.referral"
                + where
                + " LIMIT "
                + (COUNT_LIMIT + 1)
                + ") AS counted")
        .params(params)
        .query(Long.class)
        .single();
  }

  private List<ReferralSummary> page(String where, List<Object> params, long limit) {
    return jdbc.sql(
            "SELECT * FROM intake.referral"
                + where
                + " ORDER BY coalesce(submitted_at, created_at) DESC, id LIMIT "
                + limit)
        .params(params)
        .query(Referrals::summary)
        .list();
  }

  /**
   * Which sent referrals the actor sees: its organisation's, all for the centre, consented for the
   * police.
   */
  private static void sentVisibility(Actor by, StringBuilder where, List<Object> params) {
    if (by.has(Role.CENTRE_CASEWORKER)) {
      where.append("TRUE");
      return;
    }
    where.append("(source_organisation = ?");
    params.add(by.organisation().value());
    if (by.has(Role.POLICE_KEY_PERSON)) {
      // as Referral.sharedWithPolice(): consent to the police, never on an anonymous notification
      where.append(" OR (consent_to_police AND path <> 'ANONYMOUS')");
    }
    where.append(")");
  }

  /** A draft of the actor's, and when it will be deleted unless it is saved or sent. */
  public record DraftDue(UUID id, Instant startedAt, Instant expiresAt) {}

  /** The actor's own drafts, those closest to deletion first. */
  @Transactional(readOnly = true)
  public List<DraftDue> draftsOf(Actor by) {
    return jdbc.sql(DRAFTS_OF).param(by.user().value()).query(Referrals::draftDue).list();
  }

  /** As {@link #draftsOf(Actor)}, read in the caller's round trip with the rest of its page. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<List<DraftDue>> draftsOf(Actor by, RoundTrip reads) {
    return reads.add(DRAFTS_OF, Referrals::draftDue, by.user().value());
  }

  private static final String DRAFTS_OF =
      """
      SELECT id, created_at, draft_expires_at FROM intake.referral
      WHERE status = 'DRAFT' AND source_user = ? ORDER BY draft_expires_at LIMIT 20
      """;

  private static DraftDue draftDue(ResultSet rs, int row) throws SQLException {
    return new DraftDue(
        rs.getObject("id", UUID.class), instant(rs, "created_at"), instant(rs, "draft_expires_at"));
  }

  /**
   * How many referrals wait for the centre's decision, for those who decide on them (the centre's
   * caseworkers); empty for everyone else. Counted up to {@value #COUNT_LIMIT}.
   */
  @Transactional(readOnly = true)
  public OptionalLong countNew(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(jdbc.sql(COUNT_NEW).query(Long.class).single());
  }

  /** As {@link #countNew(Actor)}, read in the caller's round trip with the rest of its page. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<OptionalLong> countNew(Actor by, RoundTrip reads) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      return OptionalLong::empty;
    }
    Supplier<List<Long>> count = reads.add(COUNT_NEW, (rs, row) -> rs.getLong(1));
    return () -> OptionalLong.of(count.get().get(0));
  }

  private static final String COUNT_NEW =
      "SELECT count(*) FROM (SELECT 1 FROM intake.referral WHERE status = 'SUBMITTED' LIMIT "
          + COUNT_LIMIT
          + ") AS waiting";

  /** A child (the child path, or under 18 at the encounter): kept on the row by the aggregate. */
  static final String MINOR = "minor";

  static boolean maySee(Referral referral, Actor by) {
    boolean draft = referral.status() == ReferralStatus.DRAFT;
    if (referral.sourceOrganisation().equals(by.organisation().value())) {
      return !draft || by.user().value().equals(referral.sourceUser());
    }
    if (draft) {
      return false;
    }
    return by.has(Role.CENTRE_CASEWORKER)
        || (by.has(Role.POLICE_KEY_PERSON) && referral.sharedWithPolice());
  }

  private Referral authorsDraft(ReferralId id, Actor by) {
    Referral referral = load(id);
    if (!by.user().value().equals(referral.sourceUser())
        || !by.organisation().value().equals(referral.sourceOrganisation())) {
      throw new AccessDeniedException("Only the author may change a draft");
    }
    return referral;
  }

  private Referral save(Referral referral, Actor by, String what) {
    try {
      Referral saved = referrals.save(referral);
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          RESOURCE,
          saved.referralId().toString(),
          AuditOutcome.SUCCESS,
          what);
      return saved;
    } catch (OptimisticLockingFailureException e) {
      throw new StaleVersion(RESOURCE);
    }
  }

  private Referral load(ReferralId id) {
    return referrals.findById(id.value()).orElseThrow(() -> new NotFound(RESOURCE));
  }

  private static void checkVersion(Referral referral, long expected) {
    if (referral.version() != expected) {
      throw new StaleVersion(RESOURCE);
    }
  }

  private static PersonDetails personDetails(Referral referral) {
    return new PersonDetails(
        referral.givenNames(),
        referral.familyName(),
        null,
        null,
        referral.otherNames() == null ? List.of() : List.of(referral.otherNames()),
        referral.gender(),
        referral.birth(),
        referral.citizenships(),
        referral.interpreterLanguage() == null
            ? List.of()
            : List.of(referral.interpreterLanguage()),
        referral.interpreterLanguage() != null,
        referral.phone(),
        List.of());
  }

  private static void requireSender(Actor by) {
    if (by.roles().stream().noneMatch(SENDERS::contains)) {
      throw new AccessDeniedException("This role does not refer");
    }
  }

  private static void requireCentre(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Only the centre decides on referrals");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static ReferralSummary summary(ResultSet rs, int row) throws SQLException {
    return new ReferralSummary(
        rs.getObject("id", UUID.class),
        ReferralStatus.valueOf(rs.getString("status")),
        ReferralPath.valueOf(rs.getString("path")),
        rs.getObject("source_organisation", UUID.class),
        rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
        rs.getObject("encounter_date", LocalDate.class),
        rs.getBoolean("immediate_danger"),
        rs.getBoolean("minor"),
        instant(rs, "created_at"),
        instant(rs, "submitted_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * One page of referrals; {@code total} is exact when {@code totalExact}, else at least that many.
   */
  public record ReferralPage(
      List<ReferralSummary> items, int page, int size, long total, boolean totalExact) {}

  private static final String SUBMISSIONS =
      """
      SELECT id, submitted_at, channel, source_organisation, path, minor FROM intake.referral
      WHERE status <> 'DRAFT' AND submitted_at IS NOT NULL
      """;

  /** A sent referral as statistics count it (ids and codes: not a read of the referral). */
  @Transactional(readOnly = true)
  public Optional<SubmissionFact> submissionFact(ReferralId id) {
    return jdbc.sql(SUBMISSIONS + " AND id = ?")
        .param(id.value())
        .query((rs, row) -> submission(rs))
        .optional();
  }

  /** Many sent referrals at once (an import's batch), as {@link #submissionFact} gives one. */
  @Transactional(readOnly = true)
  public List<SubmissionFact> submissionFacts(List<ReferralId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SUBMISSIONS + " AND id = ANY (?)")
        .param(ids.stream().map(ReferralId::value).toArray(UUID[]::new))
        .query((rs, row) -> submission(rs))
        .list();
  }

  /** Every sent referral, oldest first, for rebuilding the statistics. */
  @Transactional(readOnly = true)
  public void replaySubmissions(Consumer<SubmissionFact> sink) {
    jdbc.sql(SUBMISSIONS + " ORDER BY submitted_at, id")
        .query((RowCallbackHandler) rs -> sink.accept(submission(rs)));
  }

  private static SubmissionFact submission(ResultSet rs) throws SQLException {
    String channel = rs.getString("channel");
    return new SubmissionFact(
        rs.getObject("id", UUID.class),
        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
        channel == null ? null : Channel.valueOf(channel),
        rs.getObject("source_organisation", UUID.class),
        ReferralPath.valueOf(rs.getString("path")),
        rs.getBoolean("minor"));
  }
}
