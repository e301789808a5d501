package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.NotFound;
import org.haven.people.Alias;
import org.haven.people.Birth;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;
import org.haven.people.IdentityDocument;
import org.haven.people.KnownCheck;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.people.PersonMatching;
import org.haven.people.PersonReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Person records, by pseudonymous reference, for centre caseworkers. Every read and change is
 * audited. Identity documents and the safe address are separate resources; the safe address is read
 * only with a stated purpose.
 */
@RestController
@RequestMapping("/api/v1/persons")
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
@Tag(name = "Persons")
class PersonsApi {

  /** What is known of the person's birth. */
  record PersonBirth(BirthPrecision precision, LocalDate date, Integer year, String basis) {
    Birth birth() {
      return new Birth(precision == null ? BirthPrecision.UNKNOWN : precision, date, year, basis);
    }

    static PersonBirth of(Birth birth) {
      return new PersonBirth(birth.precision(), birth.date(), birth.year(), birth.basis());
    }
  }

  /**
   * A person's details as sent: names as written (any script); Latin forms are computed when
   * absent.
   */
  record PersonBody(
      String givenNames,
      String familyName,
      String givenNamesLatin,
      String familyNameLatin,
      List<String> otherNames,
      Gender gender,
      PersonBirth birth,
      List<String> citizenships,
      List<String> languages,
      boolean interpreterNeeded,
      String phone,
      List<IdentityDocument> documents) {
    PersonDetails details() {
      return new PersonDetails(
          givenNames,
          familyName,
          givenNamesLatin,
          familyNameLatin,
          otherNames,
          gender,
          birth == null ? null : birth.birth(),
          citizenships,
          languages,
          interpreterNeeded,
          phone,
          documents);
    }
  }

  /**
   * A person as the API shows it: never a database id, never the documents or the safe address.
   * {@code mergedInto}: the reference of the record in force when this one was merged into it.
   */
  record PersonView(
      String reference,
      String givenNames,
      String familyName,
      String givenNamesLatin,
      String familyNameLatin,
      List<Alias> otherNames,
      Gender gender,
      PersonBirth birth,
      List<String> citizenships,
      List<String> languages,
      boolean interpreterNeeded,
      String phone,
      int identityDocuments,
      boolean safeAddressRecorded,
      Instant registeredAt,
      long version,
      String mergedInto) {}

  /** Why the safe address is needed. */
  record Purpose(@NotBlank @Size(max = 200) String purpose) {}

  /** The safe address. */
  record SafeAddress(@NotBlank @Size(max = 500) String address) {}

  /**
   * The known persons most likely to be the one described, best first: each with the probability
   * that they are the same person and every field's agreement (names in any script, birth, sex,
   * citizenship).
   */
  record Matches(List<PersonMatching.Candidate> candidates) {}

  private final People people;
  private final PersonMatching matching;
  private final CurrentActor currentActor;

  private final KnownCheck knownCheck;

  PersonsApi(
      People people, PersonMatching matching, KnownCheck knownCheck, CurrentActor currentActor) {
    this.people = people;
    this.matching = matching;
    this.knownCheck = knownCheck;
    this.currentActor = currentActor;
  }

  /** An encoding made by an NGO's client (base64 of 256 bytes). */
  record Question(String encoding) {}

  /** The person an opaque token stands for. */
  record Resolved(String reference) {}

  @PostMapping("/known")
  @PreAuthorize("hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Is this person already known to the centre? Asked with a privacy-preserving encoding"
              + " only (ADR 0009); answers known, possiblyKnown or notKnown and, unless not known,"
              + " an opaque token")
  KnownCheck.Result known(@RequestBody Question question) {
    return knownCheck.ask(question.encoding(), currentActor.require());
  }

  @GetMapping("/known/{token}")
  @Operation(summary = "The person an opaque token stands for (the centre; audited)")
  Resolved resolve(@PathVariable UUID token) {
    return knownCheck
        .resolve(token, currentActor.require())
        .map(r -> new Resolved(r.value()))
        .orElseThrow(() -> new NotFound("KnownToken"));
  }

  @PostMapping("/match")
  @Operation(
      summary =
          "Is this person already known? Ranked candidates (reference, score = probability of"
              + " being the same person, agreements per field); each candidate shown is audited")
  Matches match(@RequestBody PersonBody body, @RequestParam(defaultValue = "10") int limit) {
    return new Matches(
        matching.match(body.details(), Math.min(Math.max(limit, 1), 50), currentActor.require()));
  }

  @PostMapping
  @Operation(summary = "Register a person; answers the new pseudonymous reference")
  ResponseEntity<PersonView> register(@RequestBody PersonBody body) {
    Person person = people.register(body.details(), currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/persons/" + person.reference())
        .eTag(Versions.etag(person.version()))
        .body(view(person));
  }

  @GetMapping("/{reference}")
  @Operation(summary = "A person by reference (audited)")
  ResponseEntity<PersonView> one(@PathVariable String reference) {
    Person person =
        people
            .find(reference(reference), currentActor.require())
            .orElseThrow(() -> new NotFound("Person"));
    return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(view(person));
  }

  @PutMapping("/{reference}")
  @Operation(summary = "Replace a person's details; requires If-Match with the ETag read")
  ResponseEntity<PersonView> change(
      @PathVariable String reference,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonBody body) {
    long version = Versions.required(ifMatch);
    Person person =
        people.change(reference(reference), version, body.details(), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(view(person));
  }

  @GetMapping("/{reference}/identity-documents")
  @Operation(summary = "A person's identity documents (sensitive; audited)")
  List<IdentityDocument> documents(@PathVariable String reference) {
    return people
        .find(reference(reference), currentActor.require())
        .orElseThrow(() -> new NotFound("Person"))
        .documents();
  }

  @PutMapping("/{reference}/safe-address")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Record the person's safe address (classified)")
  void recordSafeAddress(@PathVariable String reference, @Valid @RequestBody SafeAddress body) {
    people.recordSafeAddress(reference(reference), body.address(), currentActor.require());
  }

  @PostMapping("/{reference}/safe-address/reveal")
  @Operation(summary = "Read the safe address for a stated purpose (audited with the purpose)")
  SafeAddress revealSafeAddress(@PathVariable String reference, @Valid @RequestBody Purpose body) {
    return people
        .revealSafeAddress(reference(reference), body.purpose(), currentActor.require())
        .map(SafeAddress::new)
        .orElseThrow(() -> new NotFound("SafeAddress"));
  }

  private static PersonReference reference(String typed) {
    if (!PersonReference.isValid(typed)) {
      throw new NotFound("Person");
    }
    return PersonReference.parse(typed);
  }

  private PersonView view(Person person) {
    return new PersonView(
        person.reference().value(),
        person.givenNames(),
        person.familyName(),
        person.givenNamesLatin(),
        person.familyNameLatin(),
        person.aliases(),
        person.gender(),
        PersonBirth.of(person.birth()),
        person.citizenships(),
        person.languages(),
        person.interpreterNeeded(),
        person.phone(),
        person.documents().size(),
        people.hasSafeAddress(person.reference()),
        person.registeredAt(),
        person.version(),
        people.survivorOf(person.personId()).map(PersonReference::value).orElse(null));
  }
}
