package org.haven.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.FeatureExtractor;
import org.haven.people.matching.MatchKeys;
import org.haven.people.matching.MatchModel;
import org.haven.people.matching.PersonFeatures;
import org.haven.people.matching.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Is this person already known?": the known persons most likely to be the one described, each with
 * a score and which fields agreed or disagreed. Candidates come from blocking keys kept with every
 * record ({@link MatchKeys}: names in every romanisation, phonetic, nickname-aware, with the birth
 * year), and are scored by the Fellegi–Sunter model of {@code people.matching}.
 */
@Service
public class PersonMatching {

  private static final Logger log = LoggerFactory.getLogger(PersonMatching.class);

  /**
   * Candidates scored per question: those whose shared keys weigh most, a key weighing the log of
   * {@link #SCALE} over its postings (its information: sharing a key held by one person in a
   * million says more than sharing one held by three hundred), ties broken by the number of keys
   * shared and then by id, so the same question finds the same candidates.
   */
  static final int CANDIDATES = 100;

  /**
   * The scale of a key's weight: a fixed million rather than the number of persons known, so the
   * candidates of a question depend on the keys alone. The order barely depends on the scale: with
   * 10⁵ or 10⁷ instead, the questions of {@code bench/match.sh} found the same true records.
   */
  static final double SCALE = 1_000_000;

  /** Postings read per key: a very common name and year cannot make one question slow. */
  static final int PER_KEY = 300;

  /** One field's comparison: how it agreed and what it weighed (bits; negative: against). */
  public record Agreement(String field, String level, double weight, boolean agreed) {}

  /**
   * A known person who may be the one described.
   *
   * @param reference the known person's pseudonymous reference
   * @param score the probability (0–1) that the two records are the same person
   */
  public record Candidate(
      String reference, double score, boolean namesSwapped, List<Agreement> agreements) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final AuditTrail audit;

  /**
   * Name spellings whose comparison features are kept between questions. The features of a name are
   * costly to work out (every romanisation) and a question meets the same common names again and
   * again (36 µs to build, against a lookup). But every name ever asked about or loaded would stay
   * in memory, about 740 bytes each, so past this many (some 75 MB) the kept features are dropped
   * and built afresh. Results do not depend on what is kept.
   */
  static final int NAMES_KEPT = 100_000;

  /**
   * The kept name features; replaced by an empty one when it holds more than {@link #NAMES_KEPT}.
   */
  private volatile FeatureExtractor extractor = new FeatureExtractor();

  /** The model: the defaults, refined by the pairs the centre confirmed ({@link #learn}). */
  private volatile MatchModel model = MatchModel.defaults();

  /** How many pairs' worth of belief the default m probabilities carry against confirmed pairs. */
  static final double PRIOR_PAIRS = 50;

  private final TransactionTemplate transactions;

  private final BloomEncoder encoder;

  PersonMatching(
      JdbcClient jdbc,
      JdbcTemplate batches,
      AuditTrail audit,
      PlatformTransactionManager transactionManager,
      EncodingKey encodingKey) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.audit = audit;
    this.encoder = new BloomEncoder(encodingKey.bytes());
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * The {@code limit} best candidates for the person described, best first, down to a probability
   * of 0.05. Each candidate shown is an audited read. The centre only.
   */
  @Transactional
  public List<Candidate> match(PersonDetails query, int limit, Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Person records are for centre caseworkers");
    }
    PersonRecord wanted = record(null, query);
    List<Candidate> candidates = new ArrayList<>();
    for (Scored found : candidates(wanted, null, 0.05)) {
      candidates.add(candidate(found.known().reference(), found.why()));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Candidate> shown = candidates.subList(0, Math.min(limit, candidates.size()));
    for (Candidate c : shown) {
      audit.record(
          by.audit(),
          AuditAction.READ,
          People.RESOURCE,
          c.reference(),
          AuditOutcome.SUCCESS,
          "match");
    }
    return List.copyOf(shown);
  }

  /** A candidate as the API shows it: rounded, each field with its weight. */
  static Candidate candidate(String reference, MatchModel.Explanation why) {
    return new Candidate(
        reference,
        Math.round(why.probability() * 10_000) / 10_000.0,
        why.namesSwapped(),
        why.agreements().stream()
            .map(
                g ->
                    new Agreement(
                        g.field(), g.level(), Math.round(g.weight() * 100) / 100.0, g.weight() > 0))
            .toList());
  }

  /** A known record scored against a wanted one. */
  record Scored(Known known, MatchModel.Explanation why, int[] levels) {}

  /**
   * Known records (in force, not absorbed by a merge) sharing blocking keys with {@code wanted},
   * other than {@code excluding}, scored and kept from probability {@code from} up. Not a read:
   * callers audit what they show.
   */
  List<Scored> candidates(PersonRecord wanted, UUID excluding, double from) {
    Set<String> keys = MatchKeys.query(wanted);
    if (keys.isEmpty()) {
      return List.of();
    }
    // n: the postings read for the key; its weight as CANDIDATES describes
    List<UUID> ids =
        jdbc.sql(
                """
                SELECT x.person_id
                FROM unnest(?::text[]) k,
                     LATERAL (SELECT p.person_id, count(*) OVER () AS n
                              FROM (SELECT m.person_id FROM people.match_key m WHERE m.key = k LIMIT ?) p) x
                GROUP BY x.person_id
                ORDER BY sum(ln(? / x.n)) DESC, count(*) DESC, x.person_id
                LIMIT ?
                """)
            .params(keys.toArray(String[]::new), PER_KEY, SCALE, CANDIDATES)
            .query(UUID.class)
            .list();
    MatchModel current = model;
    FeatureExtractor names = extractor();
    PersonFeatures a = names.extract(wanted);
    List<Known> found = load(ids);
    Map<UUID, List<PersonRecord>> absorbed =
        absorbedInto(found.stream().filter(Known::survivor).map(Known::id).toList());
    List<Scored> scored = new ArrayList<>();
    for (Known known : found) {
      if (known.id().equals(excluding)) {
        continue;
      }
      // A survivor of merges is the person of every record merged into it (found by their keys
      // too): it is scored by the record most like the one wanted.
      MatchModel.Judged best = null;
      for (PersonRecord record : recordsOf(known, absorbed)) {
        MatchModel.Judged judged = current.judge(a, names.extract(record), from).orElse(null);
        if (judged != null
            && (best == null || judged.why().probability() > best.why().probability())) {
          best = judged;
        }
      }
      if (best != null) {
        scored.add(new Scored(known, best.why(), best.levels()));
      }
    }
    scored.sort(
        Comparator.comparingDouble((Scored x) -> x.why().probability())
            .reversed()
            .thenComparing(x -> x.known().reference()));
    return scored;
  }

  /**
   * The records merged into each of the given persons, directly or through earlier merges, by
   * survivor; erased records leave nothing to compare.
   */
  private Map<UUID, List<PersonRecord>> absorbedInto(List<UUID> survivors) {
    if (survivors.isEmpty()) {
      return Map.of();
    }
    List<UUID[]> links =
        jdbc.sql(
                """
            WITH RECURSIVE absorbed(id, survivor) AS (
              SELECT p.id, p.merged_into FROM people.person p
              WHERE p.merged_into = ANY (?) AND p.erased_at IS NULL
              UNION ALL
              SELECT p.id, a.survivor FROM people.person p JOIN absorbed a ON p.merged_into = a.id
              WHERE p.erased_at IS NULL)
            SELECT id, survivor FROM absorbed
            """)
            .param(survivors.toArray(UUID[]::new))
            .query(
                (rs, n) ->
                    new UUID[] {
                      rs.getObject("id", UUID.class), rs.getObject("survivor", UUID.class)
                    })
            .list();
    if (links.isEmpty()) {
      return Map.of();
    }
    Map<UUID, UUID> survivorOf = new HashMap<>();
    for (UUID[] link : links) {
      survivorOf.put(link[0], link[1]);
    }
    Map<UUID, List<PersonRecord>> records = new HashMap<>();
    for (Known known : load(List.copyOf(survivorOf.keySet()))) {
      records
          .computeIfAbsent(survivorOf.get(known.id()), k -> new ArrayList<>())
          .add(known.record());
    }
    // in a fixed order, so that of two equally alike records the same one explains the score
    records.values().forEach(list -> list.sort(Comparator.comparing(PersonRecord::id)));
    return records;
  }

  /**
   * The extractor for one question: both records of a pair must be read by the same one, as their
   * features are compared by the interned ids of one vocabulary.
   */
  private FeatureExtractor extractor() {
    FeatureExtractor current = extractor;
    if (current.names() > NAMES_KEPT) {
      log.info("Matching: the features of {} name spellings dropped", current.names());
      current = new FeatureExtractor();
      extractor = current;
    }
    return current;
  }

  /**
   * Two known persons as the matcher compares them, for a reviewer's side-by-side view: the records
   * compared are those most alike, each side's own or one merged into it.
   *
   * @param recordA the record compared for the first person: its own, or one merged into it
   * @param recordB the same for the second person
   */
  record Compared(MatchModel.Explanation why, int[] levels, UUID recordA, UUID recordB) {}

  /**
   * Compares two known persons as a question compares a survivor of merges: by the most alike of
   * each side's own record and those merged into it, so that the view shows the evidence that
   * proposed the pair. After one was merged into the other, each is read as itself: the survivor
   * without the merged one's records.
   */
  Compared compare(UUID first, UUID second) {
    List<Known> both = load(List.of(first, second));
    Known a = both.stream().filter(k -> k.id().equals(first)).findFirst().orElseThrow();
    Known b = both.stream().filter(k -> k.id().equals(second)).findFirst().orElseThrow();
    Map<UUID, List<PersonRecord>> absorbed =
        absorbedInto(Stream.of(a, b).filter(Known::survivor).map(Known::id).toList());
    List<PersonRecord> sideA = recordsOf(a, absorbed);
    List<PersonRecord> sideB = recordsOf(b, absorbed);
    // when one was merged into the other, the survivor's side is read without the other's records
    Set<String> idsA = idsOf(sideA);
    Set<String> idsB = idsOf(sideB);
    if (idsA.contains(b.id().toString())) {
      sideA = without(sideA, idsB);
    } else if (idsB.contains(a.id().toString())) {
      sideB = without(sideB, idsA);
    }
    FeatureExtractor names = extractor();
    List<PersonFeatures> featuresB = sideB.stream().map(names::extract).toList();
    Compared best = null;
    for (PersonRecord x : sideA) {
      PersonFeatures fx = names.extract(x);
      for (int k = 0; k < sideB.size(); k++) {
        MatchModel.Judged judged = model.judge(fx, featuresB.get(k), 0).orElseThrow();
        if (best == null || judged.why().probability() > best.why().probability()) {
          best =
              new Compared(
                  judged.why(),
                  judged.levels(),
                  UUID.fromString(x.id()),
                  UUID.fromString(sideB.get(k).id()));
        }
      }
    }
    return best;
  }

  /** A known person's own record first, then those merged into it (in a fixed order). */
  private static List<PersonRecord> recordsOf(Known known, Map<UUID, List<PersonRecord>> absorbed) {
    List<PersonRecord> records = new ArrayList<>();
    records.add(known.record());
    records.addAll(absorbed.getOrDefault(known.id(), List.of()));
    return records;
  }

  private static Set<String> idsOf(List<PersonRecord> records) {
    Set<String> ids = new HashSet<>();
    records.forEach(r -> ids.add(r.id()));
    return ids;
  }

  private static List<PersonRecord> without(List<PersonRecord> records, Set<String> ids) {
    return records.stream().filter(r -> !ids.contains(r.id())).toList();
  }

  /** A known person as the matcher reads it (with whether a merge absorbed it), if it exists. */
  Optional<Known> known(UUID person) {
    return load(List.of(person)).stream().findFirst();
  }

  /** Refines the model with the agreement levels of every pair the centre confirmed. */
  void learn(List<int[]> confirmed) {
    model = MatchModel.defaults().withConfirmedMatches(confirmed, PRIOR_PAIRS);
  }

  /**
   * Writes a survivor's blocking keys again: its own record's and those of every record merged into
   * it, so a later question by any of their names finds it.
   */
  void reindex(UUID person) {
    Set<String> keys =
        load(List.of(person)).stream().findFirst().map(this::keysWithAbsorbed).orElse(Set.of());
    jdbc.sql("DELETE FROM people.match_key WHERE person_id = ?").param(person).update();
    insertKeys(person, keys.isEmpty() ? Set.of("none") : keys);
  }

  /** The blocking keys of a record and, for a survivor, of every record merged into it. */
  private Set<String> keysWithAbsorbed(Known known) {
    Set<String> keys = new HashSet<>(MatchKeys.of(known.record()));
    if (known.survivor()) {
      for (PersonRecord absorbed :
          absorbedInto(List.of(known.id())).getOrDefault(known.id(), List.of())) {
        keys.addAll(MatchKeys.of(absorbed));
      }
    }
    return keys;
  }

  /**
   * Removes a record absorbed by a merge from the candidates (its keys live on with the survivor).
   */
  void unindex(UUID person) {
    jdbc.sql("DELETE FROM people.match_key WHERE person_id = ?").param(person).update();
  }

  /** Writes the blocking keys of a person record (after it was registered or changed). */
  void index(Person person) {
    jdbc.sql("DELETE FROM people.match_key WHERE person_id = ?")
        .param(person.personId().value())
        .update();
    PersonRecord r =
        new PersonRecord(
            person.personId().toString(),
            person.givenNames(),
            person.familyName(),
            person.aliases().stream().map(Alias::name).toList(),
            person.birth().date(),
            person.birth().year(),
            sex(person.gender()),
            person.citizenships());
    insertKeys(person.personId().value(), MatchKeys.of(r));
    encode(person.personId().value(), r);
    if (Boolean.TRUE.equals(
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM people.person WHERE merged_into = ?)")
            .param(person.personId().value())
            .query(Boolean.class)
            .single())) {
      reindex(person.personId().value());
    }
    jdbc.sql("INSERT INTO people.review_pending (person_id) VALUES (?) ON CONFLICT DO NOTHING")
        .param(person.personId().value())
        .update();
  }

  /**
   * Writes the blocking keys and encodings of newly registered records, in batches, and queues them
   * for the review scan.
   */
  void indexAll(List<Person> registered) {
    List<String> keys = new ArrayList<>();
    List<UUID> owners = new ArrayList<>();
    List<Object[]> encodings = new ArrayList<>(registered.size());
    for (Person person : registered) {
      UUID id = person.personId().value();
      PersonRecord r =
          new PersonRecord(
              id.toString(),
              person.givenNames(),
              person.familyName(),
              person.aliases().stream().map(Alias::name).toList(),
              person.birth().date(),
              person.birth().year(),
              sex(person.gender()),
              person.citizenships());
      for (String key : MatchKeys.of(r)) {
        keys.add(key);
        owners.add(id);
      }
      byte[] encoded = BloomEncoder.encodable(r) ? encoder.encode(r) : new byte[0];
      encodings.add(new Object[] {id, encoded});
    }
    if (!keys.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO people.match_key (key, person_id) SELECT * FROM unnest(?::text[], ?::uuid[])
              ON CONFLICT DO NOTHING
              """)
          .params(keys.toArray(String[]::new), owners.toArray(UUID[]::new))
          .update();
    }
    batches.batchUpdate(
        """
        INSERT INTO people.person_encoding (person_id, bits) VALUES (?, ?)
        ON CONFLICT (person_id) DO UPDATE SET bits = excluded.bits
        """,
        encodings);
    UUID[] ids = registered.stream().map(p -> p.personId().value()).toArray(UUID[]::new);
    jdbc.sql(
            "INSERT INTO people.review_pending (person_id) SELECT * FROM unnest(?::uuid[]) ON CONFLICT DO NOTHING")
        .param(ids)
        .update();
  }

  /** Writes the person's privacy-preserving encoding (ADR 0009). */
  private void encode(UUID person, PersonRecord r) {
    // a record without a name would resemble every sparse encoding: kept empty
    byte[] bits = BloomEncoder.encodable(r) ? encoder.encode(r) : new byte[0];
    jdbc.sql(
            """
            INSERT INTO people.person_encoding (person_id, bits) VALUES (?, ?)
            ON CONFLICT (person_id) DO UPDATE SET bits = excluded.bits
            """)
        .params(person, bits)
        .update();
  }

  private void insertKeys(UUID person, Set<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            INSERT INTO people.match_key (key, person_id) SELECT k, ? FROM unnest(?::text[]) k
            ON CONFLICT DO NOTHING
            """)
        .params(person, keys.toArray(String[]::new))
        .update();
  }

  /**
   * Persons recorded before matching keys existed get them once, at start-up, a committed batch of
   * 1,000 at a time.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void backfill() {
    try {
      writeMissingKeys();
    } catch (RuntimeException e) {
      // matching then finds fewer candidates; Haven itself keeps running
      log.warn("Matching keys could not be written for every person: {}", e.getClass().getName());
    }
  }

  private void writeMissingKeys() {
    int done = 0;
    while (true) {
      List<UUID> ids =
          jdbc.sql(
                  """
                  SELECT p.id FROM people.person p
                  WHERE p.erased_at IS NULL
                    AND ((p.merged_into IS NULL
                          AND NOT EXISTS (SELECT 1 FROM people.match_key k WHERE k.person_id = p.id))
                         OR NOT EXISTS (SELECT 1 FROM people.person_encoding e WHERE e.person_id = p.id))
                  LIMIT 1000
                  """)
              .query(UUID.class)
              .list();
      List<Known> batch = load(ids);
      transactions.executeWithoutResult(
          tx -> {
            // a record erased since it was read gets nothing derived from what it held
            Set<UUID> kept =
                new HashSet<>(
                    jdbc.sql(
                            """
                            SELECT id FROM people.person WHERE id = ANY (?) AND erased_at IS NULL
                            FOR SHARE
                            """)
                        .param(ids.toArray(UUID[]::new))
                        .query(UUID.class)
                        .list());
            for (Known known : batch) {
              if (!kept.contains(known.id())) {
                continue;
              }
              // A survivor of merges is found by the names of the records merged into it too; a
              // record without any name or birth gets a marker key, so it is not looked at again.
              if (!known.merged()) {
                Set<String> keys = keysWithAbsorbed(known);
                insertKeys(known.id(), keys.isEmpty() ? Set.of("none") : keys);
              }
              encode(known.id(), known.record());
            }
          });
      done += batch.size();
      if (ids.size() < 1000) {
        break;
      }
    }
    if (done > 0) {
      log.info("Matching keys written for {} person records", done);
    }
  }

  /**
   * @param merged whether a merge absorbed this record into another
   * @param survivor whether records were merged into this one
   */
  record Known(UUID id, String reference, PersonRecord record, boolean merged, boolean survivor) {}

  private List<Known> load(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT p.id, p.reference, p.given_names, p.family_name, p.gender, p.birth_date, p.birth_year,
                   p.merged_into IS NOT NULL AS merged,
                   EXISTS (SELECT 1 FROM people.person q WHERE q.merged_into = p.id) AS survivor,
                   array(SELECT a.name FROM people.person_alias a WHERE a.person_id = p.id ORDER BY a.position) AS aliases,
                   array(SELECT c.country FROM people.person_citizenship c WHERE c.person_id = p.id
                         ORDER BY c.position) AS citizenships
            FROM people.person p WHERE p.id = ANY(?)
            """)
        .param(ids.toArray(UUID[]::new))
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              LocalDate born = rs.getObject("birth_date", LocalDate.class);
              Integer year = (Integer) rs.getObject("birth_year");
              String gender = rs.getString("gender");
              return new Known(
                  id,
                  rs.getString("reference"),
                  new PersonRecord(
                      id.toString(),
                      rs.getString("given_names"),
                      rs.getString("family_name"),
                      Arrays.asList((String[]) rs.getArray("aliases").getArray()),
                      born,
                      year,
                      gender == null ? null : sex(Gender.valueOf(gender)),
                      Arrays.stream((String[]) rs.getArray("citizenships").getArray())
                          .map(String::strip)
                          .toList()),
                  rs.getBoolean("merged"),
                  rs.getBoolean("survivor"));
            })
        .list();
  }

  static PersonRecord record(String id, PersonDetails d) {
    Birth birth = d.birth() == null ? Birth.unknown() : d.birth();
    LocalDate date = birth.date();
    return new PersonRecord(
        id,
        d.givenNames(),
        d.familyName(),
        d.otherNames(),
        date,
        birth.year(),
        sex(d.gender()),
        d.citizenships().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList());
  }

  static String sex(Gender gender) {
    if (gender == null) {
      return null;
    }
    return switch (gender) {
      case Feminine -> "F";
      case Masculine -> "M";
      case TransgenderFeminine, TransgenderMasculine, NonConforming -> "X";
      case NonSpecifiedUnknown -> null;
    };
  }
}
