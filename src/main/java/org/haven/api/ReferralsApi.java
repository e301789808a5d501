package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.intake.AgeBand;
import org.haven.intake.Channel;
import org.haven.intake.ChildServices;
import org.haven.intake.Consent;
import org.haven.intake.Exploitation;
import org.haven.intake.Referral;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralFilter;
import org.haven.intake.ReferralId;
import org.haven.intake.ReferralPath;
import org.haven.intake.ReferralStatus;
import org.haven.intake.Referrals;
import org.haven.people.Birth;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Referrals: a sender writes a draft ({@code POST}, honouring {@code Idempotency-Key}), changes it
 * ({@code PATCH} with {@code If-Match}) and submits it; the centre accepts or declines; the sender
 * may withdraw.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@PreAuthorize(ReferralsApi.SENDERS)
@Tag(name = "Referrals")
class ReferralsApi {

  static final String SENDERS =
      "hasAnyRole('NGO_WORKER', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER', 'IMMIGRATION_OFFICER',"
          + " 'CENTRE_CASEWORKER', 'SHELTER_STAFF', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR')";

  /** What is known of the birth. */
  record ReferralBirth(BirthPrecision precision, LocalDate date, Integer year, String basis) {}

  /** A referral as written; identity fields only for the FULL and CHILD paths. */
  record ReferralBody(
      ReferralPath path,
      Channel channel,
      LocalDate encounterDate,
      String encounterPlace,
      List<Exploitation> exploitation,
      String forcedLabourIndustry,
      List<String> indicators,
      String account,
      boolean immediateDanger,
      String interpreterLanguage,
      String givenNames,
      String familyName,
      String otherNames,
      String phone,
      Gender gender,
      ReferralBirth birth,
      List<String> citizenships,
      AgeBand ageBand,
      Consent consent,
      ChildServices childServices) {

    ReferralDraft draft() {
      return new ReferralDraft(
          path,
          channel,
          encounterDate,
          encounterPlace,
          exploitation,
          forcedLabourIndustry,
          indicators,
          account,
          immediateDanger,
          interpreterLanguage,
          givenNames,
          familyName,
          otherNames,
          phone,
          gender,
          birth == null
              ? null
              : new Birth(
                  birth.precision() == null ? BirthPrecision.UNKNOWN : birth.precision(),
                  birth.date(),
                  birth.year(),
                  birth.basis()),
          citizenships,
          ageBand,
          consent,
          childServices);
    }

    /** The body without the account of what happened (testimony is read on request only). */
    ReferralBody withoutAccount() {
      return new ReferralBody(
          path,
          channel,
          encounterDate,
          encounterPlace,
          exploitation,
          forcedLabourIndustry,
          indicators,
          null,
          immediateDanger,
          interpreterLanguage,
          givenNames,
          familyName,
          otherNames,
          phone,
          gender,
          birth,
          citizenships,
          ageBand,
          consent,
          childServices);
    }

    static ReferralBody of(Referral r) {
      var birth = r.birth();
      return new ReferralBody(
          r.path(),
          r.channel(),
          r.encounterDate(),
          r.encounterPlace(),
          r.exploitation(),
          r.forcedLabourIndustry(),
          r.indicators(),
          r.account(),
          r.immediateDanger(),
          r.interpreterLanguage(),
          r.givenNames(),
          r.familyName(),
          r.otherNames(),
          r.phone(),
          r.gender(),
          new ReferralBirth(birth.precision(), birth.date(), birth.year(), birth.basis()),
          r.citizenships(),
          r.ageBand(),
          r.consent(),
          r.childServices());
    }
  }

  /** A referral as the API shows it. */
  record ReferralView(
      UUID id,
      ReferralStatus status,
      UUID sourceOrganisation,
      UUID sourceUser,
      boolean minor,
      ReferralBody referral,
      Instant consentRecordedAt,
      Instant createdAt,
      Instant draftExpiresAt,
      Instant submittedAt,
      Instant decidedAt,
      String declineReason,
      String person,
      long version) {}

  /**
   * The centre's acceptance: link to an existing person by reference, or register a new one (none
   * given).
   */
  record Acceptance(String person) {}

  /** Why the centre declines. */
  record Declining(String reason) {}

  /** A possible duplicate shown at acceptance. */
  record DuplicateCandidate(
      String reference,
      String name,
      String nameLatin,
      Integer birthYear,
      List<String> citizenships) {}

  private final Referrals referrals;
  private final CurrentActor currentActor;
  private final IdempotencyKeys idempotency;
  private final JsonMapper json;
  private final People people;

  ReferralsApi(
      Referrals referrals,
      CurrentActor currentActor,
      IdempotencyKeys idempotency,
      JsonMapper json,
      People people) {
    this.referrals = referrals;
    this.currentActor = currentActor;
    this.idempotency = idempotency;
    this.json = json;
    this.people = people;
  }

  @PostMapping
  @Operation(summary = "Start a referral draft (honours Idempotency-Key)")
  ResponseEntity<?> create(
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody ReferralBody body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Referral referral = referrals.startDraft(body.draft(), actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/referrals/" + referral.referralId()))
              .eTag(Versions.etag(referral.version()))
              .body(view(referral));
        },
        created -> view(referrals.find(new ReferralId(created), actor)));
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "One referral (audited); the account of what happened (testimony) only with"
              + " include=testimony, and that reading audited as testimony")
  ResponseEntity<ReferralView> one(
      @PathVariable UUID id, @RequestParam(required = false) String include) {
    Actor actor = currentActor.require();
    boolean testimony = Testimony.requested(include);
    Referral referral =
        testimony
            ? referrals.findWithAccount(new ReferralId(id), actor)
            : referrals.find(new ReferralId(id), actor);
    return ResponseEntity.ok()
        .eTag(Versions.etag(referral.version()))
        .body(view(referral, testimony));
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/json", "application/merge-patch+json"})
  @Operation(
      summary = "Change a draft: the fields sent replace the current ones; requires If-Match")
  ResponseEntity<ReferralView> change(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "A JSON Merge Patch (RFC 7396): the fields sent replace the current ones, null"
                      + " removes one, fields left out stay as they are",
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = ReferralBody.class)))
          @RequestBody
          JsonNode patch) {
    long version = Versions.required(ifMatch);
    Actor actor = currentActor.require();
    if (!patch.isObject()) {
      throw new InvalidInput("body", "validation.invalid");
    }
    // one act, one audit row: the draft is read and changed in the front door's one transaction
    Referral saved =
        referrals.changeDraft(
            new ReferralId(id),
            version,
            current -> {
              ObjectNode merged = (ObjectNode) json.valueToTree(ReferralBody.of(current));
              merged.setAll((ObjectNode) patch);
              return json.treeToValue(merged, ReferralBody.class).draft();
            },
            actor);
    return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(view(saved));
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Send the draft to the centre")
  ResponseEntity<ReferralView> submit(@PathVariable UUID id) {
    Referral referral = referrals.submit(new ReferralId(id), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(referral.version())).body(view(referral));
  }

  @PostMapping("/{id}/accept")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Accept into identification, linking a person by reference or registering a new one")
  ResponseEntity<ReferralView> accept(
      @PathVariable UUID id, @RequestBody(required = false) Acceptance body) {
    Optional<PersonReference> link =
        Optional.ofNullable(body == null ? null : body.person())
            .filter(p -> !p.isBlank())
            .map(
                p -> {
                  if (!PersonReference.isValid(p)) {
                    throw new InvalidInput("person", "referral.personUnknown");
                  }
                  return PersonReference.parse(p);
                });
    Referral referral = referrals.accept(new ReferralId(id), link, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(referral.version())).body(view(referral));
  }

  @PostMapping("/{id}/decline")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Decline, with a reason")
  ResponseEntity<ReferralView> decline(
      @PathVariable UUID id, @RequestBody(required = false) Declining body) {
    Referral referral =
        referrals.decline(
            new ReferralId(id), body == null ? null : body.reason(), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(referral.version())).body(view(referral));
  }

  @PostMapping("/{id}/withdraw")
  @Operation(summary = "Withdraw (the sender)")
  ResponseEntity<ReferralView> withdraw(@PathVariable UUID id) {
    Referral referral = referrals.withdraw(new ReferralId(id), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(referral.version())).body(view(referral));
  }

  @GetMapping("/{id}/possible-duplicates")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Persons who may be the referred person (each shown is an audited read)")
  List<DuplicateCandidate> duplicates(@PathVariable UUID id) {
    return referrals.possibleDuplicates(new ReferralId(id), currentActor.require()).stream()
        .map(ReferralsApi::candidate)
        .toList();
  }

  @GetMapping
  @Operation(summary = "Referrals the caller may see, newest first, with filters")
  Referrals.ReferralPage list(
      @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Boolean minors,
      @RequestParam(required = false) Boolean immediateDanger,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return referrals.list(
        new ReferralFilter(
            status, organisation, channel, from, to, minors, immediateDanger, page, size),
        currentActor.require());
  }

  private static DuplicateCandidate candidate(Person person) {
    return new DuplicateCandidate(
        person.reference().value(),
        person.displayName(),
        person.displayNameLatin(),
        person.birth().year(),
        person.citizenships());
  }

  private ReferralView view(Referral r) {
    return view(r, false);
  }

  private ReferralView view(Referral r, boolean testimony) {
    String person = null;
    if (r.person() != null) {
      person = people.referenceOf(r.person()).map(PersonReference::value).orElse(null);
    }
    return new ReferralView(
        r.referralId().value(),
        r.status(),
        r.sourceOrganisation(),
        r.sourceUser(),
        r.minor() == Birth.Minor.YES,
        testimony ? ReferralBody.of(r) : ReferralBody.of(r).withoutAccount(),
        r.consentRecordedAt(),
        r.createdAt(),
        r.draftExpiresAt(),
        r.submittedAt(),
        r.decidedAt(),
        r.declineReason(),
        person,
        r.version());
  }
}
