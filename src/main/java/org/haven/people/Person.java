package org.haven.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.access.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A possible victim's record. Names are kept as written, in any script, with a Latin form beside
 * them. The record checks everything it is given; the classified safe address is kept apart (see
 * {@link People}).
 */
@Table(schema = "people", name = "person")
public class Person {

  static final int NAME_LIMIT = 200;
  static final Set<String> DOCUMENT_TYPES =
      Set.of(
          "PASSPORT",
          "NATIONAL_ID",
          "RESIDENCE_PERMIT",
          "DRIVING_LICENCE",
          "TRAVEL_DOCUMENT",
          "OTHER");

  @Id private final UUID id;
  private final String reference;
  private String givenNames;
  private String familyName;
  private String givenNamesLatin;
  private String familyNameLatin;
  private String givenNamesKey;
  private String familyNameKey;
  private Gender gender;
  private BirthPrecision birthPrecision;
  private LocalDate birthDate;
  private Integer birthYear;
  private String birthEstimateBasis;
  private boolean interpreterNeeded;
  private String phone;
  private final UUID registeredBy;
  private final Instant registeredAt;
  @Version private Long version;

  @MappedCollection(idColumn = "person_id", keyColumn = "position")
  private List<Alias> aliases;

  @MappedCollection(idColumn = "person_id", keyColumn = "position")
  private List<Citizenship> citizenships;

  @MappedCollection(idColumn = "person_id", keyColumn = "position")
  private List<SpokenLanguage> languages;

  @MappedCollection(idColumn = "person_id", keyColumn = "position")
  private List<IdentityDocument> documents;

  @PersistenceCreator
  Person(UUID id, String reference, UUID registeredBy, Instant registeredAt, Long version) {
    this.id = id;
    this.reference = reference;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.version = version;
  }

  static Person register(
      PersonReference reference,
      PersonDetails details,
      OrganisationId by,
      Instant at,
      LocalDate today) {
    Person person = new Person(UUID.randomUUID(), reference.value(), by.value(), at, null);
    person.apply(details, today);
    return person;
  }

  /** Replaces what is known of the person with {@code details}, checked against {@code today}. */
  void change(PersonDetails details, LocalDate today) {
    apply(details, today);
  }

  private void apply(PersonDetails details, LocalDate today) {
    this.givenNames = name("givenNames", details.givenNames());
    this.familyName = name("familyName", details.familyName());
    this.givenNamesLatin = latin("givenNamesLatin", details.givenNamesLatin(), givenNames);
    this.familyNameLatin = latin("familyNameLatin", details.familyNameLatin(), familyName);
    this.givenNamesKey = Transliteration.key(givenNamesLatin);
    this.familyNameKey = Transliteration.key(familyNameLatin);
    List<Alias> names = new ArrayList<>();
    for (String other : details.otherNames()) {
      String name = name("otherNames", other);
      if (name != null) {
        names.add(new Alias(name, Transliteration.toLatin(name)));
      }
    }
    this.aliases = names;
    this.gender = details.gender();
    Birth birth = details.birth().validated(today);
    this.birthPrecision = birth.precision();
    this.birthDate = birth.date();
    this.birthYear = birth.year();
    this.birthEstimateBasis = birth.basis();
    this.citizenships =
        IsoCodes.countries("citizenships", details.citizenships()).stream()
            .map(Citizenship::new)
            .toList();
    this.languages =
        IsoCodes.languages("languages", details.languages()).stream()
            .map(SpokenLanguage::new)
            .toList();
    this.interpreterNeeded = details.interpreterNeeded();
    this.phone = phone(details.phone());
    this.documents =
        details.documents().stream().map(document -> document(document, today)).toList();
  }

  private static String name(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.codePointCount(0, stripped.length()) > NAME_LIMIT) {
      throw new InvalidInput(field, "validation.tooLong", NAME_LIMIT);
    }
    return stripped;
  }

  private static String latin(String field, String given, String original) {
    String latin = name(field, given);
    return latin != null ? latin : Transliteration.toLatin(original);
  }

  /** Phones are stored in E.164 only; the front door turns what was typed into it. */
  private static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    if (!PhoneNumbers.isE164(phone)) {
      throw new InvalidInput("phone", "person.phone");
    }
    return phone;
  }

  private static IdentityDocument document(IdentityDocument document, LocalDate today) {
    String type = document.type() == null ? "" : document.type().strip().toUpperCase(Locale.ROOT);
    if (!DOCUMENT_TYPES.contains(type)) {
      throw new InvalidInput("documents", "person.documentType");
    }
    if (document.number() == null || document.number().isBlank()) {
      throw new InvalidInput("documents", "person.documentNumber");
    }
    if (document.number().strip().length() > 50) {
      throw new InvalidInput("documents", "validation.tooLong", 50);
    }
    String country =
        document.issuingCountry() == null || document.issuingCountry().isBlank()
            ? null
            : IsoCodes.country("documents", document.issuingCountry());
    if (document.validFrom() != null && document.validFrom().isAfter(today)) {
      throw new InvalidInput("documents", "validation.futureDate");
    }
    if (document.validFrom() != null
        && document.validUntil() != null
        && document.validUntil().isBefore(document.validFrom())) {
      throw new InvalidInput("documents", "person.documentValidity");
    }
    return new IdentityDocument(
        type, document.number().strip(), country, document.validFrom(), document.validUntil());
  }

  public PersonId personId() {
    return new PersonId(id);
  }

  public PersonReference reference() {
    return new PersonReference(reference);
  }

  public String givenNames() {
    return givenNames;
  }

  public String familyName() {
    return familyName;
  }

  public String givenNamesLatin() {
    return givenNamesLatin;
  }

  public String familyNameLatin() {
    return familyNameLatin;
  }

  /** The name as written, given names first. */
  public String displayName() {
    return join(givenNames, familyName);
  }

  /** The Latin form, given names first. */
  public String displayNameLatin() {
    return join(givenNamesLatin, familyNameLatin);
  }

  public List<Alias> aliases() {
    return List.copyOf(aliases);
  }

  public Gender gender() {
    return gender;
  }

  public Birth birth() {
    return new Birth(birthPrecision, birthDate, birthYear, birthEstimateBasis);
  }

  public List<String> citizenships() {
    return citizenships.stream().map(Citizenship::country).toList();
  }

  public List<String> languages() {
    return languages.stream().map(SpokenLanguage::language).toList();
  }

  public boolean interpreterNeeded() {
    return interpreterNeeded;
  }

  public String phone() {
    return phone;
  }

  public List<IdentityDocument> documents() {
    return List.copyOf(documents);
  }

  public OrganisationId registeredBy() {
    return new OrganisationId(registeredBy);
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  static String join(String first, String last) {
    if (first == null) {
      return last == null ? "" : last;
    }
    return last == null ? first : first + " " + last;
  }
}
