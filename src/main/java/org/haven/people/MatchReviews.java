package org.haven.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The centre's review queue of records that may be one person. A background scan looks for likely
 * duplicates of every record registered or changed (the online matcher, from probability {@code
 * haven.matching.review-threshold} up) and proposes each pair once. A caseworker sees the two
 * records side by side with the fields that agreed and disagreed, and says: the same person (the
 * records are merged, see {@link Merges}), not the same, or unsure (kept for a second look).
 * Decisions are remembered: a decided pair is never proposed again, and pairs judged the same
 * refine the matching model's m probabilities.
 */
@Service
public class MatchReviews {

  private static final Logger log = LoggerFactory.getLogger(MatchReviews.class);

  static final int SCAN_BATCH = 50;

  /** The longest one scan runs before it lets the next one continue. */
  static final Duration TURN = Duration.ofSeconds(2);

  /** What a reviewer says about a pair. */
  public enum Verdict {
    SAME,
    NOT_SAME,
    UNSURE
  }

  /** Where a pair stands; SUPERSEDED: one record was merged with a third, so it was asked anew. */
  public enum Status {
    OPEN,
    UNSURE,
    SAME,
    NOT_SAME,
    SUPERSEDED
  }

  /**
   * A proposed pair with the evidence: both records and each field's agreement, scored now.
   *
   * @param score the probability (0–1) that the two records are one person
   * @param comparedA the record the evidence reads for {@code a}: {@code a} itself, or, when
   *     records were merged into {@code a}, the one of them most like {@code b}
   * @param comparedB the same for {@code b}
   */
  public record Pair(
      UUID id,
      Status status,
      double score,
      Instant foundAt,
      Person a,
      Person b,
      Person comparedA,
      Person comparedB,
      boolean namesSwapped,
      List<PersonMatching.Agreement> agreements,
      UUID merge) {}

  /** One page of pairs. */
  public record Page(List<Pair> items, int page, int size, long total) {}

  private final JdbcClient jdbc;
  private final PersonRepository persons;
  private final PersonMatching matching;
  private final Merges merges;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final double threshold;
  private final boolean scanning;
  private final AtomicBoolean busy = new AtomicBoolean();

  MatchReviews(
      JdbcClient jdbc,
      PersonRepository persons,
      PersonMatching matching,
      Merges merges,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactionManager,
      @Value("${haven.matching.review-threshold:0.5}") double threshold,
      @Value("${haven.matching.review-scan:true}") boolean scanning) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.matching = matching;
    this.merges = merges;
    this.audit = audit;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.threshold = threshold;
    this.scanning = scanning;
  }

  /**
   * The pairs in a status (open by default), likeliest first, all or those of one record; each
   * record shown is audited.
   */
  @Transactional
  public Page queue(Status status, PersonReference of, int page, int size, Actor by) {
    requireCentre(by);
    Status wanted = status == null ? Status.OPEN : status;
    int limit = Math.max(1, Math.min(size, 50));
    UUID person = null;
    if (of != null) {
      person =
          jdbc.sql("SELECT id FROM people.person WHERE reference = ?")
              .param(of.value())
              .query(UUID.class)
              .optional()
              .orElse(null);
      if (person == null) {
        return new Page(List.of(), Math.max(0, page), limit, 0);
      }
    }
    String where =
        " WHERE status = ?" + (person == null ? "" : " AND (person_a = ? OR person_b = ?)");
    List<Object> params = new ArrayList<>();
    params.add(wanted.name());
    if (person != null) {
      params.add(person);
      params.add(person);
    }
    long total =
        jdbc.sql("SELECT count(*) FROM people.match_review" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.add(limit);
    params.add((long) Math.max(0, page) * limit);
    List<UUID> ids =
        jdbc.sql(
                "SELECT id FROM people.match_review"
                    + where
                    + " ORDER BY score DESC, found_at, id LIMIT ? OFFSET ?")
            .params(params)
            .query(UUID.class)
            .list();
    List<Pair> items = new ArrayList<>();
    for (UUID id : ids) {
      items.add(pair(id, by));
    }
    return new Page(items, Math.max(0, page), limit, total);
  }

  /** One pair with its evidence; both records shown are audited. */
  @Transactional
  public Pair show(UUID id, Actor by) {
    requireCentre(by);
    return pair(id, by);
  }

  /**
   * Records a reviewer's verdict on an open or unsure pair. The same person: the records are
   * merged, the older one (or {@code survivor}, one of the two) surviving.
   */
  @Transactional
  public Pair decide(UUID id, Verdict verdict, PersonReference survivor, Actor by) {
    requireCentre(by);
    if (verdict == null) {
      throw new InvalidInput("verdict", "validation.required");
    }
    Stored stored = stored(id, true).orElseThrow(() -> new NotFound("MatchReview"));
    if (stored.status() != Status.OPEN && stored.status() != Status.UNSURE) {
      throw new InvalidInput("verdict", "review.alreadyDecided");
    }
    Person a = persons.findById(stored.a()).orElseThrow();
    Person b = persons.findById(stored.b()).orElseThrow();
    Instant now = clock.instant();
    if (verdict == Verdict.SAME) {
      Person kept;
      if (survivor == null) {
        kept = a.registeredAt().isAfter(b.registeredAt()) ? b : a;
      } else if (survivor.equals(a.reference()) || survivor.equals(b.reference())) {
        kept = survivor.equals(a.reference()) ? a : b;
      } else {
        throw new InvalidInput("survivor", "review.survivorOfPair");
      }
      Person gone = kept == a ? b : a;
      // keeps this pair's levels: the merge marks the pair SAME with its merge
      merges.merge(kept.reference(), gone.reference(), "match review", by);
      learn();
    } else {
      jdbc.sql(
              "UPDATE people.match_review SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
          .params(verdict.name(), by.user().value(), Timestamp.from(now), id)
          .update();
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          "MatchReview",
          id.toString(),
          AuditOutcome.SUCCESS,
          verdict.name());
    }
    return pair(id, by);
  }

  /**
   * Looks for likely duplicates of the records registered or changed since the last look, a batch
   * at a time; each pair found is proposed once. Not a read by anyone: nothing is shown.
   */
  @Scheduled(
      fixedDelayString = "${haven.matching.review-scan-every:PT5S}",
      initialDelayString = "${haven.matching.review-scan-every:PT5S}")
  @SchedulerLock(name = "people.match-review-scan", lockAtLeastFor = "PT0S")
  public void scan() {
    if (!scanning || !busy.compareAndSet(false, true)) {
      return;
    }
    try {
      int found = 0;
      // a bounded turn, so a large backlog (after an import) never holds up other scheduled work
      long until = System.nanoTime() + TURN.toNanos();
      while (System.nanoTime() < until) {
        Integer batch = transactions.execute(tx -> scanBatch());
        if (batch == null || batch < 0) {
          break;
        }
        found += batch;
      }
      if (found > 0) {
        log.info("Match review: {} pairs proposed", found);
      }
    } catch (RuntimeException e) {
      log.warn("Match review scan stopped: {}", e.getClass().getName());
    } finally {
      busy.set(false);
    }
  }

  /** Pairs proposed in one batch, or -1 when nothing was waiting. */
  private int scanBatch() {
    List<UUID> waiting =
        jdbc.sql(
                "SELECT person_id FROM people.review_pending ORDER BY person_id LIMIT ? FOR UPDATE SKIP LOCKED")
            .param(SCAN_BATCH)
            .query(UUID.class)
            .list();
    if (waiting.isEmpty()) {
      return -1;
    }
    int proposed = 0;
    Instant now = clock.instant();
    for (UUID person : waiting) {
      Optional<PersonMatching.Known> known = matching.known(person);
      if (known.isEmpty() || known.get().merged()) {
        continue; // gone, or absorbed by a merge: its survivor is looked at instead
      }
      for (PersonMatching.Scored found :
          matching.candidates(known.get().record(), person, threshold)) {
        proposed +=
            jdbc.sql(
                    """
                    INSERT INTO people.match_review (id, person_a, person_b, score, levels, status, found_at)
                    VALUES (?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, ?, 'OPEN', ?)
                    ON CONFLICT (person_a, person_b) DO NOTHING
                    """)
                .params(
                    UUID.randomUUID(),
                    person,
                    found.known().id(),
                    person,
                    found.known().id(),
                    found.why().probability(),
                    Arrays.stream(found.levels()).boxed().toArray(Integer[]::new),
                    Timestamp.from(now))
                .update();
      }
    }
    jdbc.sql("DELETE FROM people.review_pending WHERE person_id = ANY(?)")
        .param(waiting.toArray(UUID[]::new))
        .update();
    return proposed;
  }

  /** The model learns from every pair judged the same (at start-up and after each such verdict). */
  @EventListener(ApplicationReadyEvent.class)
  public void learn() {
    List<int[]> confirmed =
        jdbc.sql(
                "SELECT levels FROM people.match_review WHERE status = 'SAME' AND cardinality(levels) > 0")
            .query(
                (rs, n) ->
                    Arrays.stream((Integer[]) rs.getArray(1).getArray())
                        .mapToInt(Integer::intValue)
                        .toArray())
            .list();
    matching.learn(confirmed);
  }

  private record Stored(
      UUID id, UUID a, UUID b, Status status, double score, Instant foundAt, UUID merge) {}

  private Optional<Stored> stored(UUID id, boolean lock) {
    return jdbc.sql("SELECT * FROM people.match_review WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
        .param(id)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getObject("id", UUID.class),
                    rs.getObject("person_a", UUID.class),
                    rs.getObject("person_b", UUID.class),
                    Status.valueOf(rs.getString("status")),
                    rs.getDouble("score"),
                    rs.getTimestamp("found_at").toInstant(),
                    rs.getObject("merge_id", UUID.class)))
        .optional();
  }

  private Pair pair(UUID id, Actor by) {
    Stored stored = stored(id, false).orElseThrow(() -> new NotFound("MatchReview"));
    PersonMatching.Compared now = matching.compare(stored.a(), stored.b());
    // the pair's records, then those the evidence reads if records were merged into them
    Set<UUID> shownIds =
        new LinkedHashSet<>(List.of(stored.a(), stored.b(), now.recordA(), now.recordB()));
    Map<UUID, Person> read = new HashMap<>();
    persons.findAllById(shownIds).forEach(p -> read.put(p.personId().value(), p));
    Person a = read.get(stored.a());
    Person b = read.get(stored.b());
    PersonMatching.Candidate shown = PersonMatching.candidate(b.reference().value(), now.why());
    // every record shown is a read, merged ones too
    for (UUID shownId : shownIds) {
      Person p = read.get(shownId);
      audit.record(
          by.audit(),
          AuditAction.READ,
          People.RESOURCE,
          p.reference().value(),
          AuditOutcome.SUCCESS,
          "match review");
    }
    return new Pair(
        stored.id(),
        stored.status(),
        shown.score(),
        stored.foundAt(),
        a,
        b,
        read.get(now.recordA()),
        read.get(now.recordB()),
        shown.namesSwapped(),
        shown.agreements(),
        stored.merge());
  }

  private static void requireCentre(Actor actor) {
    if (!actor.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("The review queue is the centre's");
    }
  }
}
