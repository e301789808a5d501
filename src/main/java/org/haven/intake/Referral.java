package org.haven.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.access.Texts;
import org.haven.people.Birth;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;
import org.haven.people.IsoCodes;
import org.haven.people.PersonId;
import org.haven.people.PhoneNumbers;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral of a possible victim to the centre. It guards its own life: each transition checks the
 * current status, changes it and registers the event that announces it (published when the referral
 * is saved).
 */
@Table(schema = "intake", name = "referral")
public class Referral extends AbstractAggregateRoot<Referral> {

  static final int TEXT_LIMIT = 200;
  static final int ACCOUNT_LIMIT = 10_000;
  static final int REASON_LIMIT = 2_000;
  static final Set<String> ISIC_SECTIONS =
      Set.of(
          "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
          "S", "T", "U");

  @Id private final UUID id;
  @Version private Long version;
  private ReferralStatus status;
  private ReferralPath path;
  private final UUID sourceOrganisation;
  private UUID sourceUser;
  private Channel channel;
  private LocalDate encounterDate;
  private String encounterPlace;
  private boolean immediateDanger;
  private String interpreterLanguage;
  private String account;
  private String forcedLabourIndustry;
  private String givenNames;
  private String familyName;
  private String otherNames;
  private String phone;
  private BirthPrecision birthPrecision;
  private LocalDate birthDate;
  private Integer birthYear;
  private String birthEstimateBasis;
  private Gender gender;
  private AgeBand ageBand;
  private boolean consentToReferral;
  private boolean consentToPolice;
  private boolean consentToContact;
  private UUID consentRecordedBy;
  private Instant consentRecordedAt;
  private String childServicesMunicipality;
  private String childServicesInformedBy;
  private Instant childServicesInformedAt;
  private final Instant createdAt;
  private Instant draftExpiresAt;
  private boolean expiryWarned;
  private Instant submittedAt;
  private Instant decidedAt;
  private UUID decidedBy;
  private String declineReason;
  private UUID personId;
  private Instant withdrawnAt;
  private boolean minor;

  @MappedCollection(idColumn = "referral_id", keyColumn = "position")
  private List<ExploitationForm> exploitation = new ArrayList<>();

  @MappedCollection(idColumn = "referral_id", keyColumn = "position")
  private List<IndicatorCode> indicators = new ArrayList<>();

  @MappedCollection(idColumn = "referral_id", keyColumn = "position")
  private List<ReferralCitizenship> citizenships = new ArrayList<>();

  @PersistenceCreator
  Referral(UUID id, UUID sourceOrganisation, Instant createdAt, Long version) {
    this.id = id;
    this.sourceOrganisation = sourceOrganisation;
    this.createdAt = createdAt;
    this.version = version;
  }

  /** A new draft by {@code author} of {@code organisation}. */
  static Referral draft(
      ReferralDraft draft,
      UUID organisation,
      UUID author,
      Instant at,
      LocalDate today,
      Instant expiresAt) {
    requireChosenBySender(draft);
    Referral referral = new Referral(UUID.randomUUID(), organisation, at, null);
    referral.status = ReferralStatus.DRAFT;
    referral.sourceUser = author;
    referral.write(draft, author, at, today);
    referral.draftExpiresAt = expiresAt;
    return referral;
  }

  /**
   * A referral another country's installation sent in a signed envelope, received by {@code
   * organisation} (the partner's organisation here): it waits in the centre's queue like a sent
   * referral. What the partner knew is kept as written; what it did not know stays empty for the
   * centre to learn (a child's municipality, say), so nothing here demands completeness.
   */
  static Referral received(ReferralDraft draft, UUID organisation, Instant at, LocalDate today) {
    if (draft.channel() != Channel.CROSS_BORDER) {
      throw new IllegalArgumentException(
          "A referral from abroad arrives by the cross-border channel");
    }
    Referral referral = new Referral(UUID.randomUUID(), organisation, at, null);
    referral.write(draft, null, at, today);
    referral.status = ReferralStatus.SUBMITTED;
    referral.submittedAt = at;
    referral.registerEvent(new ReferralSubmitted(referral.referralId()));
    return referral;
  }

  /**
   * A referral delivered in another system's records (an HTCDS import), already taken into
   * identification and linked to {@code person}: it was sent on {@code draft.encounterDate()} by
   * {@code organisation}, and {@code importer} recorded it. Announces only the acceptance.
   */
  static Referral imported(
      ReferralDraft draft,
      UUID organisation,
      UUID importer,
      PersonId person,
      Instant at,
      LocalDate today) {
    Referral referral = new Referral(UUID.randomUUID(), organisation, at, null);
    referral.sourceUser = importer;
    referral.write(draft, importer, at, today);
    referral.status = ReferralStatus.ACCEPTED;
    referral.submittedAt =
        draft.encounterDate() == null
            ? at
            : draft.encounterDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    referral.personId = person.value();
    referral.decidedBy = importer;
    referral.decidedAt = at;
    // history delivered by another organisation, not a person to work with: no ReferralAccepted,
    // so no case opens (the import opens its identification itself)
    return referral;
  }

  /** Replaces what an imported referral says with a newer delivery of the same record. */
  void reviseImported(ReferralDraft draft, UUID importer, Instant at, LocalDate today) {
    requireStatus(ReferralStatus.ACCEPTED);
    write(draft, importer, at, today);
    if (draft.encounterDate() != null) {
      this.submittedAt = draft.encounterDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }

  /**
   * Saves what the sender wrote; only a draft can be edited. Keeps the draft alive for another
   * period.
   */
  void edit(ReferralDraft draft, UUID by, Instant at, LocalDate today, Instant expiresAt) {
    requireStatus(ReferralStatus.DRAFT);
    requireChosenBySender(draft);
    write(draft, by, at, today);
    this.draftExpiresAt = expiresAt;
    this.expiryWarned = false;
  }

  /** Sends the draft to the centre, once it is complete for its path. */
  void submit(Instant at, LocalDate today) {
    requireStatus(ReferralStatus.DRAFT);
    checkComplete(today);
    this.status = ReferralStatus.SUBMITTED;
    this.submittedAt = at;
    this.draftExpiresAt = null;
    if (path == ReferralPath.ANONYMOUS) {
      this.sourceUser = null; // an anonymous notification reveals its sender's organisation only
    }
    registerEvent(new ReferralSubmitted(referralId()));
  }

  /**
   * The centre takes the referral into identification, linked to a person (none for an anonymous
   * notification).
   */
  void accept(PersonId person, UUID by, Instant at) {
    requireStatus(ReferralStatus.SUBMITTED);
    if (path == ReferralPath.ANONYMOUS && person != null) {
      throw new IllegalStateException("An anonymous notification is never linked to a person");
    }
    if (path != ReferralPath.ANONYMOUS && person == null) {
      throw new IllegalStateException("A referral is accepted by linking it to a person");
    }
    this.status = ReferralStatus.ACCEPTED;
    this.personId = person == null ? null : person.value();
    this.decidedBy = by;
    this.decidedAt = at;
    registerEvent(new ReferralAccepted(referralId(), person));
  }

  /** The centre declines the referral, saying why. */
  void decline(String reason, UUID by, Instant at) {
    requireStatus(ReferralStatus.SUBMITTED);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "referral.reasonRequired");
    }
    if (reason.strip().length() > REASON_LIMIT) {
      throw new InvalidInput("reason", "validation.tooLong", REASON_LIMIT);
    }
    this.status = ReferralStatus.DECLINED;
    this.declineReason = reason.strip();
    this.decidedBy = by;
    this.decidedAt = at;
    registerEvent(new ReferralDeclined(referralId()));
  }

  /** The sender takes back a draft or a referral the centre has not decided on. */
  void withdraw(Instant at) {
    if (status != ReferralStatus.DRAFT && status != ReferralStatus.SUBMITTED) {
      throw new WrongStatus(status);
    }
    this.status = ReferralStatus.WITHDRAWN;
    this.withdrawnAt = at;
    this.draftExpiresAt = null;
    registerEvent(new ReferralWithdrawn(referralId()));
  }

  private static void requireChosenBySender(ReferralDraft draft) {
    if (draft.channel() == Channel.CROSS_BORDER) {
      throw new InvalidInput("channel", "referral.crossBorderChannel");
    }
  }

  private void write(ReferralDraft draft, UUID by, Instant at, LocalDate today) {
    if (draft.path() == null) {
      throw new InvalidInput("path", "validation.required");
    }
    // every field is checked, so the sender sees all that is wrong at once
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    this.path = draft.path();
    this.channel = draft.channel();
    this.encounterDate =
        checks.check(() -> pastDate("encounterDate", draft.encounterDate(), today));
    this.encounterPlace =
        checks.check(() -> text("encounterPlace", draft.encounterPlace(), TEXT_LIMIT));
    this.exploitation =
        draft.exploitation().stream().distinct().map(ExploitationForm::new).toList();
    this.forcedLabourIndustry = checks.check(() -> industry(draft.forcedLabourIndustry()));
    this.indicators = draft.indicators().stream().distinct().map(IndicatorCode::new).toList();
    this.immediateDanger = draft.immediateDanger();
    this.interpreterLanguage =
        draft.interpreterLanguage() == null || draft.interpreterLanguage().isBlank()
            ? null
            : checks.check(
                () -> IsoCodes.language("interpreterLanguage", draft.interpreterLanguage()));
    this.gender = draft.gender();
    List<ReferralCitizenship> given =
        checks.check(
            () ->
                IsoCodes.countries("citizenships", draft.citizenships()).stream()
                    .map(ReferralCitizenship::new)
                    .toList());
    this.citizenships = given == null ? List.of() : given;
    if (path == ReferralPath.ANONYMOUS) {
      checks.run(() -> writeAnonymous(draft, given != null && given.size() > 1));
    } else {
      writeIdentity(draft, today, checks);
    }
    checks.run(() -> writeConsent(draft.consent(), by, at));
    checks.run(() -> writeChildServices(draft.childServices(), at));
    checks.done();
    this.minor = minor() == Birth.Minor.YES;
  }

  private void writeAnonymous(ReferralDraft draft, boolean severalCitizenships) {
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    for (String field : identityFieldsGiven(draft)) {
      checks.add(field, "referral.anonymousIdentity");
    }
    if (severalCitizenships) {
      checks.add("citizenships", "referral.anonymousOneCitizenship");
    }
    checks.done();
    this.givenNames = null;
    this.familyName = null;
    this.otherNames = null;
    this.phone = null;
    this.account = null;
    this.birthPrecision = null;
    this.birthDate = null;
    this.birthYear = null;
    this.birthEstimateBasis = null;
    this.ageBand = draft.ageBand();
  }

  private static List<String> identityFieldsGiven(ReferralDraft draft) {
    List<String> given = new ArrayList<>();
    if (present(draft.givenNames())) {
      given.add("givenNames");
    }
    if (present(draft.familyName())) {
      given.add("familyName");
    }
    if (present(draft.otherNames())) {
      given.add("otherNames");
    }
    if (present(draft.phone())) {
      given.add("phone");
    }
    if (present(draft.account())) {
      given.add("account");
    }
    if (draft.birth().precision() != BirthPrecision.UNKNOWN) {
      given.add("birth");
    }
    return given;
  }

  private void writeIdentity(ReferralDraft draft, LocalDate today, InvalidInput.Gathered checks) {
    this.givenNames = checks.check(() -> text("givenNames", draft.givenNames(), TEXT_LIMIT));
    this.familyName = checks.check(() -> text("familyName", draft.familyName(), TEXT_LIMIT));
    this.otherNames = checks.check(() -> text("otherNames", draft.otherNames(), TEXT_LIMIT));
    this.phone = checks.check(() -> text("phone", draft.phone(), 30));
    if (phone != null && !PhoneNumbers.isE164(phone)) {
      checks.add("phone", "person.phone");
    }
    this.account = checks.check(() -> text("account", draft.account(), ACCOUNT_LIMIT));
    Birth birth = checks.check(() -> draft.birth().validated(today));
    if (birth == null) {
      return;
    }
    if (birth.date() != null && encounterDate != null && birth.date().isAfter(encounterDate)) {
      checks.add("birthDate", "referral.bornAfterEncounter");
    }
    this.birthPrecision = birth.precision();
    this.birthDate = birth.date();
    this.birthYear = birth.year();
    this.birthEstimateBasis = birth.basis();
    this.ageBand = null;
  }

  /**
   * The path decides which consents exist: an anonymous notification is made without the person's
   * consent, so it carries none of any kind.
   */
  private void writeConsent(Consent consent, UUID by, Instant at) {
    if (path == ReferralPath.ANONYMOUS
        && (consent.toReferral() || consent.toPolice() || consent.toContact())) {
      throw new InvalidInput("consent", "referral.anonymousNoConsent");
    }
    boolean changed =
        consent.toReferral() != consentToReferral
            || consent.toPolice() != consentToPolice
            || consent.toContact() != consentToContact;
    this.consentToReferral = consent.toReferral();
    this.consentToPolice = consent.toPolice();
    this.consentToContact = consent.toContact();
    boolean any = consent.toReferral() || consent.toPolice() || consent.toContact();
    if (!any) {
      this.consentRecordedBy = null;
      this.consentRecordedAt = null;
    } else if (changed || consentRecordedAt == null) {
      this.consentRecordedBy = by;
      this.consentRecordedAt = at;
    }
  }

  private void writeChildServices(ChildServices childServices, Instant at) {
    if (childServices == null) {
      this.childServicesMunicipality = null;
      this.childServicesInformedBy = null;
      this.childServicesInformedAt = null;
      return;
    }
    this.childServicesMunicipality =
        text("childServices.municipality", childServices.municipality(), TEXT_LIMIT);
    this.childServicesInformedBy =
        text("childServices.informedBy", childServices.informedBy(), TEXT_LIMIT);
    if (childServices.informedAt() != null && childServices.informedAt().isAfter(at)) {
      throw new InvalidInput("childServices.informedAt", "validation.futureDate");
    }
    this.childServicesInformedAt = childServices.informedAt();
  }

  /** A referral can be sent only when it holds what its path needs. */
  private void checkComplete(LocalDate today) {
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    missing(checks);
    checks.done();
  }

  /** What the referral still lacks before it can be sent: every field, in the wizard's order. */
  public List<InvalidInput> missingForSending() {
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    missing(checks);
    return checks.found();
  }

  private void missing(InvalidInput.Gathered checks) {
    if (channel == null) {
      checks.add("channel", "validation.required");
    }
    if (encounterDate == null) {
      checks.add("encounterDate", "validation.required");
    }
    Birth.Minor minor =
        encounterDate == null ? Birth.Minor.UNKNOWN : birth().minorAt(encounterDate);
    switch (path) {
      case FULL -> {
        if (minor == Birth.Minor.YES) {
          checks.add("path", "referral.childPath");
        }
        if (!present(givenNames) && !present(familyName)) {
          checks.add("familyName", "referral.nameRequired");
        }
        if (!consentToReferral) {
          checks.add("consent.toReferral", "referral.consentRequired");
        }
      }
      case ANONYMOUS -> {
        if (ageBand == null) {
          checks.add("ageBand", "validation.required");
        }
      }
      case CHILD -> {
        if (minor == Birth.Minor.NO) {
          checks.add("path", "referral.notAChild");
        }
        if (!present(childServicesMunicipality)) {
          checks.add("childServices.municipality", "referral.childServicesRequired");
        }
        if (!present(childServicesInformedBy)) {
          checks.add("childServices.informedBy", "referral.childServicesRequired");
        }
        if (childServicesInformedAt == null) {
          checks.add("childServices.informedAt", "referral.childServicesRequired");
        }
      }
    }
  }

  private void requireStatus(ReferralStatus expected) {
    if (status != expected) {
      throw new WrongStatus(status);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String text(String field, String value, int limit) {
    return Texts.optional(field, value, limit);
  }

  private static LocalDate pastDate(String field, LocalDate date, LocalDate today) {
    if (date != null && date.isAfter(today)) {
      throw new InvalidInput(field, "validation.futureDate");
    }
    return date;
  }

  private static String industry(String section) {
    if (!present(section)) {
      return null;
    }
    String letter = section.strip().substring(0, 1).toUpperCase(Locale.ROOT);
    if (!ISIC_SECTIONS.contains(letter)
        || (section.strip().length() > 1 && section.strip().charAt(1) != '_')) {
      throw new InvalidInput("forcedLabourIndustry", "referral.industry");
    }
    return letter;
  }

  /**
   * Whether the referral concerns a child on the day of the encounter; the child path counts as a
   * child.
   */
  public Birth.Minor minor() {
    Birth.Minor known =
        encounterDate == null ? Birth.Minor.UNKNOWN : birth().minorAt(encounterDate);
    return path == ReferralPath.CHILD && known != Birth.Minor.NO ? Birth.Minor.YES : known;
  }

  public ReferralId referralId() {
    return new ReferralId(id);
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public ReferralStatus status() {
    return status;
  }

  public ReferralPath path() {
    return path;
  }

  public UUID sourceOrganisation() {
    return sourceOrganisation;
  }

  /** The author; absent for a submitted anonymous notification. */
  public UUID sourceUser() {
    return sourceUser;
  }

  public Channel channel() {
    return channel;
  }

  public LocalDate encounterDate() {
    return encounterDate;
  }

  public String encounterPlace() {
    return encounterPlace;
  }

  public boolean immediateDanger() {
    return immediateDanger;
  }

  public String interpreterLanguage() {
    return interpreterLanguage;
  }

  public String account() {
    return account;
  }

  public String forcedLabourIndustry() {
    return forcedLabourIndustry;
  }

  public List<Exploitation> exploitation() {
    return exploitation.stream().map(ExploitationForm::form).toList();
  }

  public List<String> indicators() {
    return indicators.stream().map(IndicatorCode::code).toList();
  }

  public List<String> citizenships() {
    return citizenships.stream().map(ReferralCitizenship::country).toList();
  }

  public String givenNames() {
    return givenNames;
  }

  public String familyName() {
    return familyName;
  }

  public String otherNames() {
    return otherNames;
  }

  public String phone() {
    return phone;
  }

  public Birth birth() {
    return birthPrecision == null
        ? Birth.unknown()
        : new Birth(birthPrecision, birthDate, birthYear, birthEstimateBasis);
  }

  public Gender gender() {
    return gender;
  }

  public AgeBand ageBand() {
    return ageBand;
  }

  public Consent consent() {
    return new Consent(consentToReferral, consentToPolice, consentToContact);
  }

  /**
   * Whether the police key persons may read this referral: only a referral with the person's
   * identity and their consent to share it with the police (never an anonymous notification).
   */
  public boolean sharedWithPolice() {
    return path != ReferralPath.ANONYMOUS && consentToPolice;
  }

  public UUID consentRecordedBy() {
    return consentRecordedBy;
  }

  public Instant consentRecordedAt() {
    return consentRecordedAt;
  }

  public ChildServices childServices() {
    return childServicesMunicipality == null
            && childServicesInformedBy == null
            && childServicesInformedAt == null
        ? null
        : new ChildServices(
            childServicesMunicipality, childServicesInformedBy, childServicesInformedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant draftExpiresAt() {
    return draftExpiresAt;
  }

  public UUID decidedBy() {
    return decidedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String declineReason() {
    return declineReason;
  }

  /** The person the referral was linked to on acceptance. */
  public PersonId person() {
    return personId == null ? null : new PersonId(personId);
  }

  /**
   * The events registered by transitions and not yet published (they are published when the
   * referral is saved).
   */
  List<Object> pendingEvents() {
    return List.copyOf(domainEvents());
  }

  /** A transition was asked of a referral in a status that does not allow it. */
  public static final class WrongStatus extends RuntimeException {
    private final ReferralStatus status;

    WrongStatus(ReferralStatus status) {
      super("Not allowed while the referral is " + status);
      this.status = status;
    }

    public ReferralStatus status() {
      return status;
    }
  }
}
