package org.haven.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.reads.RoundTrip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for person records. Every read and change is audited in the same transaction; only
 * centre caseworkers work with person records directly (other organisations see what referrals and
 * cases share with them). The safe address is read only through {@link #revealSafeAddress}, with a
 * stated purpose.
 */
@Service
public class People {

  static final String RESOURCE = "Person";
  static final String SAFE_ADDRESS = "SafeAddress";
  static final int ADDRESS_LIMIT = 500;

  private final PersonRepository persons;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PersonMatching matching;

  private final PhoneNumbers phones;

  People(
      PersonRepository persons,
      JdbcClient jdbc,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      PersonMatching matching,
      PhoneNumbers phones) {
    this.phones = phones;
    this.persons = persons;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.matching = matching;
  }

  /** Registers a person under a new pseudonymous reference. */
  @Transactional
  public Person register(PersonDetails details, Actor by) {
    requireCentre(by);
    PersonReference reference = PersonReference.random();
    while (persons.referenceTaken(reference.value())) {
      reference = PersonReference.random();
    }
    Person person =
        Person.register(reference, phoneIn(details), by.organisation(), clock.instant(), today());
    Person saved = persons.save(person);
    matching.index(saved);
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, saved.reference().value());
    events.publishEvent(new PersonRegistered(saved.personId()));
    return saved;
  }

  /**
   * Registers many persons at once (an import): the same checks and audit as {@link #register},
   * written in batches. Any refused record refuses them all (the caller then registers them one by
   * one to learn which).
   */
  @Transactional
  public List<Person> registerAll(List<PersonDetails> details, Actor by) {
    requireCentre(by);
    if (details.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    LocalDate today = today();
    List<PersonReference> references = freshReferences(details.size());
    List<Person> created = new ArrayList<>(details.size());
    for (int i = 0; i < details.size(); i++) {
      created.add(
          Person.register(
              references.get(i), phoneIn(details.get(i)), by.organisation(), now, today));
    }
    List<Person> saved = persons.saveAll(created);
    matching.indexAll(saved);
    for (Person person : saved) {
      audit.record(by.audit(), AuditAction.CREATE, RESOURCE, person.reference().value());
      events.publishEvent(new PersonRegistered(person.personId()));
    }
    return saved;
  }

  /** {@code n} distinct references no person holds yet. */
  private List<PersonReference> freshReferences(int n) {
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < n) {
      Set<String> asked = new LinkedHashSet<>();
      while (asked.size() < n - chosen.size()) {
        String candidate = PersonReference.random().value();
        if (!chosen.contains(candidate)) {
          asked.add(candidate);
        }
      }
      Set<String> taken =
          new HashSet<>(
              jdbc.sql("SELECT reference FROM people.person WHERE reference = ANY (?)")
                  .param(asked.toArray(String[]::new))
                  .query(String.class)
                  .list());
      asked.removeAll(taken);
      chosen.addAll(asked);
    }
    return chosen.stream().map(PersonReference::new).toList();
  }

  /** The person with this reference; the read is audited. */
  @Transactional
  public Optional<Person> find(PersonReference reference, Actor by) {
    requireCentre(by);
    Optional<Person> person = persons.findByReference(reference.value());
    person.ifPresent(
        p -> audit.record(by.audit(), AuditAction.READ, RESOURCE, p.reference().value()));
    return person;
  }

  /**
   * The person's name as written, given names first, for a page that shows it beside the reference:
   * a read of the person like {@link #find}, audited the same way, without loading the rest of the
   * record.
   */
  @Transactional
  public Optional<String> displayName(PersonReference reference, Actor by) {
    requireCentre(by);
    return named(
        jdbc.sql(DISPLAY_NAME).param(reference.value()).query(People::displayName).optional(),
        reference,
        by);
  }

  /**
   * As {@link #displayName(PersonReference, Actor)}, read in the caller's round trip with the rest
   * of its page; audited when first asked for, after the trip has run.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<Optional<String>> displayName(
      PersonReference reference, Actor by, RoundTrip reads) {
    requireCentre(by);
    return RoundTrip.then(
        reads.add(DISPLAY_NAME, People::displayName, reference.value()),
        found -> named(found.stream().findFirst(), reference, by));
  }

  private static final String DISPLAY_NAME =
      "SELECT given_names, family_name FROM people.person WHERE reference = ?";

  private static String displayName(ResultSet rs, int row) throws SQLException {
    return Person.join(rs.getString("given_names"), rs.getString("family_name"));
  }

  private Optional<String> named(Optional<String> name, PersonReference reference, Actor by) {
    name.ifPresent(n -> audit.record(by.audit(), AuditAction.READ, RESOURCE, reference.value()));
    return name;
  }

  /**
   * Persons who may be the one described (names in Latin form without accents, same or swapped;
   * birth year ±1; citizenship) and the probabilistic matcher's likely candidates ({@link
   * PersonMatching}, first, best first), for the choice between linking and registering. Each
   * candidate shown is an audited read.
   */
  @Transactional
  public List<Person> similar(PersonDetails details, Actor by) {
    requireCentre(by);
    String family = Transliteration.key(Transliteration.toLatin(details.familyName()));
    String given = Transliteration.key(Transliteration.toLatin(details.givenNames()));
    if (family == null && given == null) {
      return List.of();
    }
    List<Person> candidates =
        persons.similar(
            family == null ? given : family,
            given == null ? family : given,
            details.birth().year(),
            details.citizenships().isEmpty()
                ? null
                : details.citizenships().get(0).toUpperCase(Locale.ROOT));
    candidates.forEach(
        p ->
            audit.record(
                by.audit(),
                AuditAction.READ,
                RESOURCE,
                p.reference().value(),
                AuditOutcome.SUCCESS,
                "duplicate check"));
    // the probabilistic matcher's likely candidates first (any script, nicknames, swapped names)
    List<Person> ranked = new ArrayList<>();
    for (PersonMatching.Candidate c : matching.match(details, 10, by)) {
      if (c.score() >= 0.5) {
        persons.findByReference(c.reference()).ifPresent(ranked::add);
      }
    }
    for (Person p : candidates) {
      if (ranked.stream().noneMatch(r -> r.personId().equals(p.personId()))) {
        ranked.add(p);
      }
    }
    return ranked;
  }

  /** The details with the phone as typed turned into E.164. */
  private PersonDetails phoneIn(PersonDetails details) {
    return details.withPhone(phones.e164("phone", details.phone()));
  }

  /** Changes a person record the caller read at {@code expectedVersion}. */
  @Transactional
  public Person change(
      PersonReference reference, long expectedVersion, PersonDetails details, Actor by) {
    return change(reference, expectedVersion, current -> details, by);
  }

  /**
   * Changes a person record the caller read at {@code expectedVersion} to what {@code change} makes
   * of it (a form that edits some of the details keeps the others): one act, audited once.
   */
  @Transactional
  public Person change(
      PersonReference reference,
      long expectedVersion,
      Function<Person, PersonDetails> change,
      Actor by) {
    requireCentre(by);
    Person person =
        persons.findByReference(reference.value()).orElseThrow(() -> new NotFound(RESOURCE));
    if (person.version() != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    if (survivorOf(person.personId()).isPresent()) {
      throw new InvalidInput("reference", "merge.absorbedReadOnly");
    }
    if (erased(person.personId())) {
      throw new InvalidInput("reference", "person.erased");
    }
    person.change(phoneIn(change.apply(person)), today());
    try {
      Person saved = persons.save(person);
      matching.index(saved);
      audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, saved.reference().value());
      events.publishEvent(new PersonChanged(saved.personId()));
      return saved;
    } catch (OptimisticLockingFailureException e) {
      throw new StaleVersion(RESOURCE);
    }
  }

  /**
   * Records (or replaces) the person's safe address. It never appears in lists, events or exports.
   */
  @Transactional
  public void recordSafeAddress(PersonReference reference, String address, Actor by) {
    requireCentre(by);
    Person person =
        persons.findByReference(reference.value()).orElseThrow(() -> new NotFound(RESOURCE));
    if (address == null || address.isBlank()) {
      throw new InvalidInput("safeAddress", "validation.required");
    }
    if (address.strip().length() > ADDRESS_LIMIT) {
      throw new InvalidInput("safeAddress", "validation.tooLong", ADDRESS_LIMIT);
    }
    jdbc.sql(
            """
            INSERT INTO people.safe_address (person_id, address, recorded_by, recorded_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET address = EXCLUDED.address, recorded_by = EXCLUDED.recorded_by,
                                                  recorded_at = EXCLUDED.recorded_at
            """)
        .params(
            person.personId().value(),
            address.strip(),
            by.organisation().value(),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(by.audit(), AuditAction.UPDATE, SAFE_ADDRESS, person.reference().value());
  }

  /** The safe address, for a stated purpose; the reading is audited with that purpose. */
  @Transactional
  public Optional<String> revealSafeAddress(PersonReference reference, String purpose, Actor by) {
    requireCentre(by);
    if (purpose == null || purpose.isBlank()) {
      throw new InvalidInput("purpose", "person.purposeRequired");
    }
    Person person =
        persons.findByReference(reference.value()).orElseThrow(() -> new NotFound(RESOURCE));
    Optional<String> address =
        jdbc.sql("SELECT address FROM people.safe_address WHERE person_id = ?")
            .param(person.personId().value())
            .query(String.class)
            .optional();
    audit.record(
        by.audit(),
        AuditAction.READ,
        SAFE_ADDRESS,
        person.reference().value(),
        AuditOutcome.SUCCESS,
        purpose.strip().length() > 200 ? purpose.strip().substring(0, 200) : purpose.strip());
    return address;
  }

  /**
   * The pseudonymous reference of a person, to show instead of the id (not a read of the record).
   */
  @Transactional(readOnly = true)
  public Optional<PersonReference> referenceOf(PersonId person) {
    return jdbc.sql("SELECT reference FROM people.person WHERE id = ?")
        .param(person.value())
        .query(String.class)
        .optional()
        .map(PersonReference::new);
  }

  /** The references of several persons at once, for lists (not a read of the records). */
  @Transactional(readOnly = true)
  public Map<PersonId, PersonReference> referencesOf(Collection<PersonId> persons) {
    if (persons.isEmpty()) {
      return Map.of();
    }
    Map<PersonId, PersonReference> references = new HashMap<>();
    jdbc.sql("SELECT id, reference FROM people.person WHERE id = ANY (?)")
        .param(persons.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
        .query(
            (rs, row) ->
                references.put(
                    new PersonId(rs.getObject("id", UUID.class)),
                    new PersonReference(rs.getString("reference"))))
        .list();
    return references;
  }

  /**
   * The person a typed reference names (not a read of the record), refused as input for {@code
   * field} when it is malformed or names nobody.
   */
  @Transactional(readOnly = true)
  public PersonId require(String typed, String field) {
    if (typed == null || !PersonReference.isValid(typed)) {
      throw new InvalidInput(field, "person.unknown");
    }
    return idOf(PersonReference.parse(typed))
        .orElseThrow(() -> new InvalidInput(field, "person.unknown"));
  }

  /** The person a reference names, if any (not a read of the record). */
  @Transactional(readOnly = true)
  public Optional<PersonId> idOf(PersonReference reference) {
    return jdbc.sql("SELECT id FROM people.person WHERE reference = ?")
        .param(reference.value())
        .query(UUID.class)
        .optional()
        .map(PersonId::new);
  }

  /**
   * The record in force that a merged record was absorbed into (following later merges), if this
   * one was absorbed (ids only: not a read).
   */
  @Transactional(readOnly = true)
  public Optional<PersonReference> survivorOf(PersonId person) {
    PersonId current = inForce(person);
    return current.equals(person) ? Optional.empty() : referenceOf(current);
  }

  /**
   * The record in force for a person: itself, or the survivor it was merged into (following later
   * merges). New records are linked to it (ids only: not a read).
   */
  @Transactional(readOnly = true)
  public PersonId inForce(PersonId person) {
    return jdbc.sql(
            """
            WITH RECURSIVE chain(id, merged_into, depth) AS (
              SELECT id, merged_into, 0 FROM people.person WHERE id = ?
              UNION ALL
              SELECT p.id, p.merged_into, c.depth + 1 FROM people.person p JOIN chain c ON p.id = c.merged_into
              WHERE c.depth < 100)
            SELECT id FROM chain WHERE merged_into IS NULL
            """)
        .param(person.value())
        .query(UUID.class)
        .optional()
        .map(PersonId::new)
        .orElse(person);
  }

  /**
   * Erases the personal data of {@code persons} and of the records merged into them: names, birth,
   * phone, aliases, identity documents, the safe address, encodings, match keys and the words of
   * merges go; the pseudonymous reference, gender, citizenships and languages stay, and every
   * module removes its own part in this transaction ({@link PersonsErased}). Who may erase, and
   * when, is decided by the caller (privacy's retention schedule, or an erasure approved by two
   * people); each record erased is audited under {@code by} with {@code purpose}. Answers the
   * records erased (those erased before are left alone).
   */
  @Transactional
  public List<PersonId> erase(Collection<PersonId> persons, AuditActor by, String purpose) {
    if (persons.isEmpty()) {
      return List.of();
    }
    UUID[] asked = persons.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
    List<Erased> erased =
        jdbc
            .sql(
                """
                WITH RECURSIVE tree(id, depth) AS (
                  SELECT id, 0 FROM people.person WHERE id = ANY (?)
                  UNION ALL
                  SELECT p.id, t.depth + 1 FROM people.person p JOIN tree t ON p.merged_into = t.id
                  WHERE t.depth < 100)
                UPDATE people.person SET given_names = NULL, family_name = NULL, given_names_latin = NULL,
                       family_name_latin = NULL, given_names_key = NULL, family_name_key = NULL,
                       birth_precision = 'UNKNOWN', birth_date = NULL, birth_year = NULL,
                       birth_estimate_basis = NULL, phone = NULL, erased_at = ?, version = version + 1
                WHERE id IN (SELECT id FROM tree) AND erased_at IS NULL
                RETURNING id, reference
                """)
            .params(asked, Timestamp.from(clock.instant()))
            .query(
                (rs, row) ->
                    new Erased(
                        new PersonId(rs.getObject("id", UUID.class)), rs.getString("reference")))
            .list()
            .stream()
            .sorted(Comparator.comparing(Erased::reference))
            .toList();
    if (erased.isEmpty()) {
      return List.of();
    }
    UUID[] ids = erased.stream().map(e -> e.person().value()).toArray(UUID[]::new);
    for (String table :
        List.of(
            "person_alias",
            "identity_document",
            "safe_address",
            "match_key",
            "person_encoding",
            "known_token",
            "review_pending")) {
      jdbc.sql("DELETE FROM people." + table + " WHERE person_id = ANY (?)").param(ids).update();
    }
    // why two records were judged one person is written in words about them
    jdbc.sql(
            "UPDATE people.person_merge SET reason = NULL"
                + " WHERE survivor_id = ANY (?) OR absorbed_id = ANY (?)")
        .params(ids, ids)
        .update();
    jdbc.sql(
            """
            UPDATE people.match_review SET status = 'SUPERSEDED', decided_at = ?
            WHERE status = 'OPEN' AND (person_a = ANY (?) OR person_b = ANY (?))
            """)
        .params(Timestamp.from(clock.instant()), ids, ids)
        .update();
    List<PersonId> done = erased.stream().map(Erased::person).toList();
    events.publishEvent(new PersonsErased(done));
    for (Erased e : erased) {
      audit.record(by, AuditAction.DELETE, RESOURCE, e.reference(), AuditOutcome.SUCCESS, purpose);
    }
    return done;
  }

  /** Whether the person's data was erased. */
  @Transactional(readOnly = true)
  public boolean erased(PersonId person) {
    return jdbc.sql("SELECT erased_at IS NOT NULL FROM people.person WHERE id = ?")
        .param(person.value())
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private record Erased(PersonId person, String reference) {}

  /** Whether a safe address is recorded, without reading it. */
  @Transactional(readOnly = true)
  public boolean hasSafeAddress(PersonReference reference) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM people.safe_address a JOIN people.person p ON p.id = a.person_id
                           WHERE p.reference = ?)
            """)
        .param(reference.value())
        .query(Boolean.class)
        .single();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Whether {@code actor} may read persons' names and details: the centre's caseworkers. Pages ask
   * before showing a name beside a reference, so others see the reference alone.
   */
  public static boolean mayRead(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER);
  }

  private static void requireCentre(Actor actor) {
    if (!mayRead(actor)) {
      throw new AccessDeniedException("Person records are for centre caseworkers");
    }
  }

  /**
   * The statistical profiles of {@code persons} (a system read for projections: codes and birth
   * only). Persons not found are absent from the answer.
   */
  @Transactional(readOnly = true)
  public Map<PersonId, PersonProfile> profiles(Collection<PersonId> persons) {
    if (persons.isEmpty()) {
      return Map.of();
    }
    UUID[] ids = persons.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
    Map<PersonId, PersonProfile> profiles = new HashMap<>();
    jdbc.sql(
            """
            SELECT p.id, p.gender, p.birth_precision, p.birth_date, p.birth_year,
                   array(SELECT c.country FROM people.person_citizenship c
                         WHERE c.person_id = p.id ORDER BY c.position) AS citizenships
            FROM people.person p WHERE p.id = ANY(?)
            """)
        .param(ids)
        .query(
            rs -> {
              PersonId id = new PersonId(rs.getObject("id", UUID.class));
              String gender = rs.getString("gender");
              String precision = rs.getString("birth_precision");
              Integer year = (Integer) rs.getObject("birth_year");
              Birth birth =
                  new Birth(
                      precision == null
                          ? BirthPrecision.UNKNOWN
                          : BirthPrecision.valueOf(precision),
                      rs.getObject("birth_date", LocalDate.class),
                      year,
                      null);
              String[] countries = (String[]) rs.getArray("citizenships").getArray();
              profiles.put(
                  id,
                  new PersonProfile(
                      id,
                      gender == null ? null : Gender.valueOf(gender),
                      birth,
                      Arrays.stream(countries).map(String::strip).toList()));
            });
    return profiles;
  }

  /**
   * The person records for an export by the centre, in one audited EXPORT (how many, never who in
   * the log line; each reference in the trail).
   */
  @Transactional
  public Map<PersonId, Person> forExport(Collection<PersonId> ids, Actor by) {
    requireCentre(by);
    Map<PersonId, Person> found = new HashMap<>();
    for (Person person : persons.findAllById(ids.stream().map(PersonId::value).toList())) {
      found.put(person.personId(), person);
      audit.record(
          by.audit(),
          AuditAction.EXPORT,
          RESOURCE,
          person.reference().value(),
          AuditOutcome.SUCCESS,
          "HTCDS export");
    }
    return found;
  }
}
