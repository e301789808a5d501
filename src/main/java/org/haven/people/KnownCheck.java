package org.haven.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.matching.BloomEncoder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Is this person already known to the centre?" asked with an encoding only (ADR 0009): the answer
 * is a category and, when the person may be known, an opaque token the centre resolves only if the
 * person is later referred with consent.
 *
 * <p>With the installation's key the centre recovers an encoding's two field filters and compares
 * names and birth dates apart ({@link #answer}). The encodings of known persons are held in memory
 * grouped by their birth filter (persons born the same day share one), so a question compares its
 * birth date with some tens of thousands of distinct birth filters and its names only with the
 * persons whose birth date may agree, and with those without one. The comparison is exact: no
 * person who meets the thresholds is missed. Every instance brings its index up to date at each
 * question from the encodings' commit-order stamps (ADR 0019), and the questions per hour are
 * counted in the database, so several instances answer alike.
 */
@Service
public class KnownCheck {

  /** What the centre says. */
  public enum Answer {
    known,
    possiblyKnown,
    notKnown
  }

  /** The answer and, unless not known, the token. */
  public record Result(Answer answer, String token) {}

  /**
   * An organisation asked more questions this hour than {@code haven.matching.known-per-hour}
   * allows: many questions in a row look like a dictionary attack on the encodings (ADR 0009).
   */
  public static final class TooManyQuestions extends RuntimeException {
    private final long retryAfterSeconds;

    TooManyQuestions(long retryAfterSeconds) {
      super("Too many questions this hour");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /** Names agree (Dice of the name filters) well enough for "known" with an agreeing birth date. */
  static final double NAME_KNOWN = 0.80;

  /** Names agree well enough for "possibly known" when the birth dates agree. */
  static final double NAME_POSSIBLY = 0.65;

  /** Birth dates agree: the same day (Dice of the birth filters). */
  static final double BIRTH_KNOWN = 0.80;

  /** Birth dates may agree: day and month swapped, a year off, or a year alone. */
  static final double BIRTH_POSSIBLY = 0.50;

  private final BloomEncoder encoder;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private volatile Index index;

  private final int perHour;

  KnownCheck(
      EncodingKey key,
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      @Value("${haven.matching.known-per-hour:1000}") int perHour) {
    this.encoder = new BloomEncoder(key.bytes());
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.perHour = perHour;
  }

  /**
   * Answers one question; audited with the answer (never the encoding). Refused past the
   * organisation's questions per hour, the refusal audited.
   */
  @Transactional(noRollbackFor = TooManyQuestions.class)
  public Result ask(String encoding, Actor by) {
    if (!by.has(Role.NGO_WORKER) && !by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("For NGOs and the centre");
    }
    long[] query = filter(encoding);
    Index current = index();
    Best found = current.best(query);
    // Counted after the search, which reads only this instance's memory: the organisation's counter
    // row stays locked until the question commits, and its questions asked at once would otherwise
    // wait for each other's searches too. A refused question's answer is never given or audited.
    admit(by);
    Answer answer = found.answer();
    int bestAt = found.at();
    String token = null;
    if (answer != Answer.notKnown) {
      UUID t = UUID.randomUUID();
      jdbc.sql(
              "INSERT INTO people.known_token (token, person_id, organisation, created_at) VALUES (?, ?, ?, ?)")
          .params(t, current.id(bestAt), by.organisation().value(), Timestamp.from(clock.instant()))
          .update();
      token = t.toString();
    }
    audit.record(
        by.audit(), AuditAction.READ, "KnownCheck", token, AuditOutcome.SUCCESS, answer.name());
    return new Result(answer, token);
  }

  /**
   * Counts the question against the organisation's hour, in the database so that the limit holds
   * across instances; refused (and audited) past the limit.
   */
  private void admit(Actor by) {
    long now = clock.millis();
    long hour = now / 3_600_000L;
    UUID organisation = by.organisation().value();
    int asked =
        jdbc.sql(
                """
                INSERT INTO people.known_check_window (organisation, hour, asked) VALUES (?, ?, 1)
                ON CONFLICT (organisation, hour) DO UPDATE SET asked = known_check_window.asked + 1
                RETURNING asked
                """)
            .params(organisation, hour)
            .query(Integer.class)
            .single();
    if (asked == 1) {
      // the organisation's first question of the hour: its windows of earlier days go
      jdbc.sql("DELETE FROM people.known_check_window WHERE organisation = ? AND hour < ?")
          .params(organisation, hour - 24)
          .update();
    }
    if (asked > perHour) {
      // kept: the question's transaction commits the refusal (noRollbackFor)
      audit.record(
          by.audit(), AuditAction.READ, "KnownCheck", null, AuditOutcome.FAILURE, "rate limit");
      throw new TooManyQuestions((hour + 1) * 3_600 - now / 1000);
    }
  }

  /**
   * The person a token stands for (the record in force, when it was merged since): the centre only,
   * audited.
   */
  @Transactional
  public Optional<PersonReference> resolve(UUID token, Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Tokens are resolved by the centre");
    }
    Optional<String> reference =
        jdbc.sql(
                """
                WITH RECURSIVE chain(id, merged_into, depth) AS (
                  SELECT p.id, p.merged_into, 0 FROM people.known_token t JOIN people.person p ON p.id = t.person_id
                  WHERE t.token = ? AND t.created_at > now() - interval '90 days'
                  UNION ALL
                  SELECT p.id, p.merged_into, c.depth + 1 FROM people.person p JOIN chain c ON p.id = c.merged_into
                  WHERE c.depth < 100)
                SELECT p.reference FROM chain c JOIN people.person p ON p.id = c.id WHERE c.merged_into IS NULL
                """)
            .param(token)
            .query(String.class)
            .optional();
    reference.ifPresent(
        r ->
            audit.record(
                by.audit(),
                AuditAction.READ,
                People.RESOURCE,
                r,
                AuditOutcome.SUCCESS,
                "known token"));
    return reference.map(PersonReference::new);
  }

  /** Where the index stands: the last stamp it read and the deletions it knows of. */
  private volatile long indexedUpTo;

  private volatile long indexedRemovals = -1;

  /**
   * The encodings as this instance knows them, brought up to date with what any instance wrote: the
   * encodings stamped (in commit order, people {@code V10}) after the last one read are added;
   * after a deletion everything is read again. A registration rolled back is never seen, so it is
   * never answered "known" nor a token made for it. One small query per question; questions wait
   * for each other only while something new is read.
   */
  private Index index() {
    long[] version =
        jdbc.sql("SELECT written, removals FROM people.encoding_version WHERE id = 1")
            .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    Index current = index;
    if (current != null && version[1] == indexedRemovals && version[0] <= indexedUpTo) {
      return current;
    }
    synchronized (this) {
      if (index == null || version[1] != indexedRemovals) {
        index = load(version);
      } else if (version[0] > indexedUpTo) {
        readSince(index, version[0]);
      }
      return index;
    }
  }

  /** Adds the encodings stamped after the index's last to it. */
  private void readSince(Index current, long written) {
    long[] upTo = {written};
    jdbc.sql(
            "SELECT person_id, bits, written FROM people.person_encoding WHERE written > ? ORDER BY written")
        .param(indexedUpTo)
        .query(
            (RowCallbackHandler)
                rs -> {
                  UUID person = rs.getObject("person_id", UUID.class);
                  upTo[0] = Math.max(upTo[0], rs.getLong("written"));
                  byte[] bits = rs.getBytes("bits");
                  if (bits.length > 0) {
                    encoder.filter(bits).ifPresent(filter -> current.add(person, filter));
                  }
                });
    indexedUpTo = upTo[0];
  }

  /** Every encoding, read afresh. */
  private Index load(long[] version) {
    record Loaded(UUID person, long[] filter) {}
    List<Loaded> loaded = new ArrayList<>();
    long[] upTo = {version[0]};
    jdbc.sql("SELECT person_id, bits, written FROM people.person_encoding WHERE length(bits) > 0")
        .query(
            (RowCallbackHandler)
                rs -> {
                  UUID person = rs.getObject("person_id", UUID.class);
                  upTo[0] = Math.max(upTo[0], rs.getLong("written"));
                  encoder
                      .filter(rs.getBytes("bits"))
                      .ifPresent(f -> loaded.add(new Loaded(person, f)));
                });
    // persons born the same day lie side by side, so a question reads their names in one run
    loaded.sort(
        Comparator.comparing(
            Loaded::filter,
            (x, y) ->
                Arrays.compare(
                    x, BloomEncoder.NAME_WORDS, x.length, y, BloomEncoder.NAME_WORDS, y.length)));
    Index fresh = new Index();
    for (Loaded l : loaded) {
      fresh.add(l.person(), l.filter());
    }
    indexedUpTo = upTo[0];
    indexedRemovals = version[1];
    return fresh;
  }

  /**
   * The field filters of an encoding in base64, made under this installation's key; refused as the
   * field {@code encoding} otherwise.
   */
  long[] filter(String encoding) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoding == null ? "" : encoding.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("encoding", "known.encoding");
    }
    return encoder.filter(bytes).orElseThrow(() -> new InvalidInput("encoding", "known.encoding"));
  }

  /**
   * The field filters of a stored encoding; empty when another key made it (stored before the key
   * was rotated: it meets nothing under the new key).
   */
  Optional<long[]> filter(byte[] encoding) {
    return encoder.filter(encoding);
  }

  /**
   * What the centre's encodings say about field filters, from the index as it stands now (brought
   * up to date once, however many are asked).
   */
  Function<long[], Answer> answering() {
    Index current = index();
    return filter -> current.best(filter).answer();
  }

  /**
   * What the names' and birth dates' agreement says: "known" when the names agree and the birth
   * date is the same day; "possibly known" when the names agree and the birth dates may (or one of
   * them has none), or the birth date is the same and the names are near.
   *
   * @param birth the birth filters' Dice, NaN when either has no birth date
   */
  static Answer answer(double name, double birth) {
    if (name >= NAME_KNOWN && birth >= BIRTH_KNOWN) {
      return Answer.known;
    }
    if (name >= NAME_KNOWN && (Double.isNaN(birth) || birth >= BIRTH_POSSIBLY)
        || name >= NAME_POSSIBLY && birth >= BIRTH_KNOWN) {
      return Answer.possiblyKnown;
    }
    return Answer.notKnown;
  }

  /** The best match among the encodings: its position (-1 for none) and the answer. */
  record Best(int at, Answer answer) {}

  /**
   * The least agreement of the names that can make an answer other than "not known", given the
   * birth filters' Dice ({@code NaN} when either has no birth date), as {@link #answer} decides.
   */
  static double nameNeeded(double birth) {
    return birth >= BIRTH_KNOWN ? NAME_POSSIBLY : NAME_KNOWN;
  }

  /**
   * Encodings as field filters: names in two flat arrays, the first {@link #HEAD} words of each
   * name filter in one and the rest in the other; birth filters held once per distinct value, each
   * with the positions of the encodings that carry it. Additions and questions may interleave (a
   * read-write lock).
   *
   * <p>A question reads the head of each name filter it meets and the rest only when the names
   * could still agree well enough: the bits the two filters share in the rest are at most the fewer
   * either has there, so that bound, added to what the heads share, decides exactly which names
   * need reading in full. The keyed hashing spreads a name's bits evenly over the filter, so the
   * head is a fair sample of it: of the persons a question without a birth date meets (every
   * encoding), the head alone rules out 99.4 % on 1,000,000 generated persons, and such a question
   * reads less than half the memory it would read with whole filters.
   */
  static final class Index {
    private static final int NAME = BloomEncoder.NAME_WORDS;
    private static final int BIRTH = BloomEncoder.FILTER_WORDS - BloomEncoder.NAME_WORDS;

    /** The words of a name filter read first (of {@link #NAME}). */
    static final int HEAD = 5;

    private static final int TAIL = NAME - HEAD;

    /** The most parts a question without a birth date is read in at once. */
    static final int PARTS = 4;

    /** Fewer encodings than this are read in one part. */
    static final int SHARED_FROM = 100_000;

    private final int parts;
    private final int sharedFrom;

    private final List<UUID> ids = new ArrayList<>();
    private final Map<UUID, Integer> positions = new HashMap<>();
    private long[] heads = new long[HEAD * 1024];
    private long[] tails = new long[TAIL * 1024];

    /** Each name filter's ones, in the upper half, and its rest's ones, in the lower. */
    private int[] nameOnes = new int[1024];

    private boolean[] replaced = new boolean[1024];
    private long[] births = new long[BIRTH * 64];
    private int[] birthOnes = new int[64];
    private int[][] postings = new int[64][];
    private int[] postingSizes = new int[64];
    private int distinctBirths;
    private final Map<BirthKey, Integer> birthIds = new HashMap<>();
    private int[] withoutBirth = new int[64];
    private int withoutBirthSize;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private record BirthKey(long a, long b, long c, long d) {}

    /** An index that reads in as many parts as there are processors, up to {@link #PARTS}. */
    Index() {
      this(Math.min(PARTS, Runtime.getRuntime().availableProcessors()), SHARED_FROM);
    }

    /** An index that reads {@code parts} parts at once from {@code sharedFrom} encodings. */
    Index(int parts, int sharedFrom) {
      this.parts = parts;
      this.sharedFrom = sharedFrom;
    }

    /** Adds an encoding; one added before under the same id is no longer met (it was changed). */
    void add(UUID id, long[] filter) {
      lock.writeLock().lock();
      try {
        int n = ids.size();
        if (n == nameOnes.length) {
          heads = Arrays.copyOf(heads, heads.length * 2);
          tails = Arrays.copyOf(tails, tails.length * 2);
          nameOnes = Arrays.copyOf(nameOnes, nameOnes.length * 2);
          replaced = Arrays.copyOf(replaced, replaced.length * 2);
        }
        Integer earlier = positions.put(id, n);
        if (earlier != null) {
          replaced[earlier] = true;
        }
        System.arraycopy(filter, 0, heads, n * HEAD, HEAD);
        System.arraycopy(filter, HEAD, tails, n * TAIL, TAIL);
        nameOnes[n] = ones(filter, 0, NAME) << 16 | ones(filter, HEAD, TAIL);
        ids.add(id);
        if (ones(filter, NAME, BIRTH) == 0) {
          withoutBirth = append(withoutBirth, withoutBirthSize++, n);
          return;
        }
        BirthKey key =
            new BirthKey(filter[NAME], filter[NAME + 1], filter[NAME + 2], filter[NAME + 3]);
        int b = birthIds.computeIfAbsent(key, k -> newBirth(filter));
        postings[b] = append(postings[b], postingSizes[b]++, n);
      } finally {
        lock.writeLock().unlock();
      }
    }

    private int newBirth(long[] filter) {
      int b = distinctBirths++;
      if (b * BIRTH + BIRTH > births.length) {
        births = Arrays.copyOf(births, births.length * 2);
        birthOnes = Arrays.copyOf(birthOnes, birthOnes.length * 2);
        postings = Arrays.copyOf(postings, postings.length * 2);
        postingSizes = Arrays.copyOf(postingSizes, postingSizes.length * 2);
      }
      System.arraycopy(filter, NAME, births, b * BIRTH, BIRTH);
      birthOnes[b] = ones(filter, NAME, BIRTH);
      postings[b] = new int[4];
      return b;
    }

    private static int[] append(int[] list, int at, int value) {
      int[] into = at < list.length ? list : Arrays.copyOf(list, list.length * 2);
      into[at] = value;
      return into;
    }

    int size() {
      lock.readLock().lock();
      try {
        return ids.size();
      } finally {
        lock.readLock().unlock();
      }
    }

    UUID id(int at) {
      lock.readLock().lock();
      try {
        return ids.get(at);
      } finally {
        lock.readLock().unlock();
      }
    }

    /**
     * The best match of a query's field filters. A question without a birth date reads every name
     * filter; over many encodings it reads them in parts, which this thread and helpers of the
     * common pool claim one at a time, so the question never waits for a helper that has not
     * started (it reads that part itself). Of equal matches the one first in memory is taken, so
     * the answer and the person are those of reading the parts one after the other. A question with
     * a birth date: {@link #searchDated}.
     */
    Best best(long[] query) {
      lock.readLock().lock();
      try {
        int size = ids.size();
        int queryName = queryOnes(query);
        if (ones(query, NAME, BIRTH) > 0) {
          Found found = new Found();
          searchDated(query, queryName, found, () -> found.answer == Answer.known);
          return found.best();
        }
        if (parts == 1 || size < sharedFrom) {
          return compareAll(query, queryName, 0, size, new Found()).best();
        }
        Found[] found = new Found[parts];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch read = new CountDownLatch(parts);
        Runnable reading =
            () -> {
              for (int p = next.getAndIncrement(); p < parts; p = next.getAndIncrement()) {
                int from = (int) ((long) size * p / parts);
                int to = (int) ((long) size * (p + 1) / parts);
                try {
                  found[p] = compareAll(query, queryName, from, to, new Found());
                } finally {
                  read.countDown();
                }
              }
            };
        for (int helper = 1; helper < parts; helper++) {
          ForkJoinPool.commonPool().execute(reading);
        }
        try {
          reading.run();
        } finally {
          // parts no one claimed (only if this thread failed) are given up, and those a helper
          // claimed are awaited: the read lock is held until they are read
          for (int p = next.getAndIncrement(); p < parts; p = next.getAndIncrement()) {
            read.countDown();
          }
          awaitUninterruptibly(read);
        }
        Found best = new Found();
        for (Found part : found) {
          if (part == null) {
            throw new IllegalStateException("A part of the encodings was not read");
          }
          best.take(part);
        }
        return best.best();
      } finally {
        lock.readLock().unlock();
      }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
      boolean interrupted = false;
      while (true) {
        try {
          latch.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /** Visits every encoding the query meets at least as "possibly known". */
    void visit(long[] query, Visitor visitor) {
      lock.readLock().lock();
      try {
        search(query, visitor);
      } finally {
        lock.readLock().unlock();
      }
    }

    /** {@link #visit}, the read lock held. */
    private void search(long[] query, Visitor visitor) {
      int queryName = queryOnes(query);
      if (ones(query, NAME, BIRTH) == 0) {
        // no birth date to narrow by: every name, in the order they lie in memory
        compareAll(query, queryName, 0, ids.size(), visitor);
      } else {
        searchDated(query, queryName, visitor, () -> false);
      }
    }

    /**
     * Compares a question with a birth date, the read lock held: the persons born the same day
     * first, then, unless {@code enough} says so, those born another day whose birth date may agree
     * and those without one. Only the same day makes "known", so the best match stops there when
     * one of them is.
     */
    private void searchDated(long[] query, int queryName, Visitor visitor, BooleanSupplier enough) {
      int queryBirth = ones(query, NAME, BIRTH);
      int[] near = new int[64];
      double[] nearBirth = new double[64];
      int nearSize = 0;
      for (int b = 0; b < distinctBirths; b++) {
        double birth = birthDice(query, queryBirth, b);
        if (birth >= BIRTH_KNOWN) {
          compareBorn(query, queryName, b, birth, visitor);
        } else if (birth >= BIRTH_POSSIBLY) {
          if (nearSize == near.length) {
            nearBirth = Arrays.copyOf(nearBirth, nearSize * 2);
          }
          near = append(near, nearSize, b);
          nearBirth[nearSize++] = birth;
        }
      }
      if (enough.getAsBoolean()) {
        return;
      }
      for (int k = 0; k < withoutBirthSize; k++) {
        compare(query, queryName, withoutBirth[k], Double.NaN, visitor);
      }
      for (int k = 0; k < nearSize; k++) {
        compareBorn(query, queryName, near[k], nearBirth[k], visitor);
      }
    }

    /** The Dice coefficient of a question's birth filter ({@code queryBirth} ones) and the b-th. */
    private double birthDice(long[] query, int queryBirth, int b) {
      int at = b * BIRTH;
      int common = 0;
      for (int w = 0; w < BIRTH; w++) {
        common += Long.bitCount(query[NAME + w] & births[at + w]);
      }
      return 2.0 * common / (queryBirth + birthOnes[b]);
    }

    /** Compares the names of the persons with the b-th birth filter. */
    private void compareBorn(long[] query, int queryName, int b, double birth, Visitor visitor) {
      int[] members = postings[b];
      for (int k = 0; k < postingSizes[b]; k++) {
        compare(query, queryName, members[k], birth, visitor);
      }
    }

    /** Compares the names of the encodings from {@code from} to {@code to} (exclusive). */
    private <V extends Visitor> V compareAll(
        long[] query, int queryName, int from, int to, V visitor) {
      for (int i = from; i < to; i++) {
        compare(query, queryName, i, Double.NaN, visitor);
      }
      return visitor;
    }

    /** A question's ones and its rest's ones, as {@link #nameOnes} holds them. */
    private static int queryOnes(long[] query) {
      return ones(query, 0, NAME) << 16 | ones(query, HEAD, TAIL);
    }

    /**
     * Compares the names of a question ({@code queryName}: its ones and its rest's ones, as {@link
     * #nameOnes} holds them) with the encoding at {@code i}.
     */
    private void compare(long[] query, int queryName, int i, double birth, Visitor visitor) {
      if (replaced[i]) {
        return;
      }
      int ones = (queryName >>> 16) + (nameOnes[i] >>> 16);
      int at = i * HEAD;
      int common = 0;
      for (int w = 0; w < HEAD; w++) {
        common += Long.bitCount(query[w] & heads[at + w]);
      }
      int most = common + Math.min(queryName & 0xFFFF, nameOnes[i] & 0xFFFF);
      if (2.0 * most / ones < nameNeeded(birth)) {
        return;
      }
      at = i * TAIL;
      for (int w = 0; w < TAIL; w++) {
        common += Long.bitCount(query[HEAD + w] & tails[at + w]);
      }
      double name = 2.0 * common / ones;
      Answer answer = answer(name, birth);
      if (answer != Answer.notKnown) {
        visitor.met(i, answer, name + (Double.isNaN(birth) ? 0.5 : birth));
      }
    }

    private static int ones(long[] words, int from, int count) {
      int ones = 0;
      for (int w = from; w < from + count; w++) {
        ones += Long.bitCount(words[w]);
      }
      return ones;
    }
  }

  /** Receives the encodings a question meets. */
  interface Visitor {
    void met(int at, Answer answer, double score);
  }

  /**
   * The best encoding met so far: a better answer, or the same answer with a higher score; of
   * equals, the one first in memory, whatever the order they were met in.
   */
  private static final class Found implements Visitor {
    private int at = -1;
    private Answer answer = Answer.notKnown;
    private double score = -1;

    @Override
    public void met(int at, Answer answer, double score) {
      if (answer.ordinal() < this.answer.ordinal()
          || answer == this.answer && (score > this.score || score == this.score && at < this.at)) {
        this.at = at;
        this.answer = answer;
        this.score = score;
      }
    }

    /** Takes the best of those another has met. */
    void take(Found other) {
      if (other.at >= 0) {
        met(other.at, other.answer, other.score);
      }
    }

    Best best() {
      return new Best(at, answer);
    }
  }
}
