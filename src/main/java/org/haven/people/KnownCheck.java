package org.haven.people;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.matching.BloomEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Is this person already known to the centre?" asked with an encoding only (ADR 0009): the answer
 * is a category and, when the person may be known, an opaque token the centre resolves only if the
 * person is later referred with consent. Encodings of known persons are held in memory with a
 * banded index (24 bands of 16 bits), so a question compares a few thousand encodings instead of
 * all.
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

  /** Questions an organisation asked in the current hour. */
  private record Window(long hour, int asked) {}

  private final java.util.concurrent.ConcurrentHashMap<UUID, Window> windows =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final double KNOWN = 0.86;
  static final double POSSIBLY = 0.76;
  static final int WORDS = BloomEncoder.ENCODED_BITS / 64;
  static final int BANDS = 24;
  static final int BAND_BITS = 16;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private Index index;

  private final int perHour;

  KnownCheck(
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value("${haven.matching.known-per-hour:1000}")
          int perHour) {
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
    long[] query = decode(encoding);
    admit(by);
    Index current = index();
    long[] found = current.best(query);
    double best = Double.longBitsToDouble(found[1]);
    int bestAt = (int) found[0];
    Answer answer =
        best >= KNOWN ? Answer.known : best >= POSSIBLY ? Answer.possiblyKnown : Answer.notKnown;
    String token = null;
    if (answer != Answer.notKnown) {
      UUID t = UUID.randomUUID();
      jdbc.sql(
              "INSERT INTO people.known_token (token, person_id, organisation, created_at) VALUES (?, ?, ?, ?)")
          .params(
              t,
              current.ids.get(bestAt),
              by.organisation().value(),
              Timestamp.from(clock.instant()))
          .update();
      token = t.toString();
    }
    audit.record(
        by.audit(), AuditAction.READ, "KnownCheck", token, AuditOutcome.SUCCESS, answer.name());
    return new Result(answer, token);
  }

  /** Counts the question against the organisation's hour; refused (and audited) past the limit. */
  private void admit(Actor by) {
    long now = clock.millis();
    long hour = now / 3_600_000L;
    Window after =
        windows.compute(
            by.organisation().value(),
            (org, w) ->
                w == null || w.hour() != hour
                    ? new Window(hour, 1)
                    : new Window(hour, w.asked() + 1));
    if (after.asked() > perHour) {
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

  /** A person's encoding was written: questions from now on see it. */
  synchronized void added(UUID person, byte[] bits) {
    if (index != null && bits.length == BloomEncoder.ENCODED_BITS / 8) {
      index.add(person, words(bits));
    }
  }

  private synchronized Index index() {
    if (index == null || index.recent() > 20_000) {
      Index fresh = new Index();
      jdbc.sql("SELECT person_id, bits FROM people.person_encoding WHERE length(bits) > 0")
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs ->
                      fresh.add(rs.getObject("person_id", UUID.class), words(rs.getBytes("bits"))));
      fresh.build();
      index = fresh;
    }
    return index;
  }

  static long[] decode(String encoding) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoding == null ? "" : encoding.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("encoding", "known.encoding");
    }
    if (bytes.length != BloomEncoder.ENCODED_BITS / 8) {
      throw new InvalidInput("encoding", "known.encoding");
    }
    long[] words = words(bytes);
    int ones = 0;
    for (long w : words) {
      ones += Long.bitCount(w);
    }
    if (ones != BloomEncoder.BITS) {
      throw new InvalidInput("encoding", "known.encoding");
    }
    return words;
  }

  static byte[] bytes(long[] words) {
    ByteBuffer buffer = ByteBuffer.allocate(words.length * 8);
    for (long w : words) {
      buffer.putLong(w);
    }
    return buffer.array();
  }

  /** The best Dice coefficient of an encoding against the encodings of every known person. */
  double bestDice(long[] query) {
    return Double.longBitsToDouble(index().best(query)[1]);
  }

  static long[] words(byte[] bits) {
    ByteBuffer buffer = ByteBuffer.wrap(bits);
    long[] words = new long[WORDS];
    for (int i = 0; i < WORDS; i++) {
      words[i] = buffer.getLong();
    }
    return words;
  }

  /** Encodings in one flat array, with a banded index over the first 384 bits, and recent ones. */
  static final class Index {
    final List<UUID> ids = new ArrayList<>();
    private long[] bits = new long[WORDS * 1024];
    private int[][] offsets;
    private int[][] members;
    private int built;

    void add(UUID id, long[] words) {
      int n = ids.size();
      if ((n + 1) * WORDS > bits.length) {
        bits = Arrays.copyOf(bits, bits.length * 2);
      }
      System.arraycopy(words, 0, bits, n * WORDS, WORDS);
      ids.add(id);
    }

    int recent() {
      return ids.size() - built;
    }

    void build() {
      int n = ids.size();
      int buckets = 1 << BAND_BITS;
      offsets = new int[BANDS][buckets + 1];
      members = new int[BANDS][n];
      for (int b = 0; b < BANDS; b++) {
        int[] count = offsets[b];
        for (int i = 0; i < n; i++) {
          count[band(bits, i * WORDS, b) + 1]++;
        }
        for (int k = 0; k < buckets; k++) {
          count[k + 1] += count[k];
        }
        int[] fill = Arrays.copyOf(count, buckets);
        for (int i = 0; i < n; i++) {
          members[b][fill[band(bits, i * WORDS, b)]++] = i;
        }
      }
      built = n;
    }

    /** Every encoding sharing a band with the query, and every one added since the build. */
    int[] candidates(long[] query) {
      int size = 0;
      for (int b = 0; b < BANDS; b++) {
        int v = band(query, 0, b);
        size += offsets[b][v + 1] - offsets[b][v];
      }
      int[] found = new int[size + ids.size() - built];
      int n = 0;
      for (int b = 0; b < BANDS; b++) {
        int v = band(query, 0, b);
        for (int k = offsets[b][v]; k < offsets[b][v + 1]; k++) {
          found[n++] = members[b][k];
        }
      }
      for (int i = built; i < ids.size(); i++) {
        found[n++] = i;
      }
      // sorted and without repeats (an encoding may share several bands with the query)
      Arrays.sort(found, 0, n);
      int unique = 0;
      for (int i = 0; i < n; i++) {
        if (unique == 0 || found[unique - 1] != found[i]) {
          found[unique++] = found[i];
        }
      }
      return Arrays.copyOf(found, unique);
    }

    /** The best match of a query among the candidates: {index or -1, Double bits of its Dice}. */
    long[] best(long[] query) {
      double best = 0;
      int bestAt = -1;
      for (int i : candidates(query)) {
        double dice = dice(query, i);
        if (dice > best) {
          best = dice;
          bestAt = i;
        }
      }
      return new long[] {bestAt, Double.doubleToLongBits(best)};
    }

    /** The words of the i-th encoding. */
    long[] words(int i) {
      return Arrays.copyOfRange(bits, i * WORDS, (i + 1) * WORDS);
    }

    double dice(long[] query, int i) {
      int common = 0;
      int at = i * WORDS;
      for (int w = 0; w < WORDS; w++) {
        common += Long.bitCount(query[w] & bits[at + w]);
      }
      return common / (double) BloomEncoder.BITS;
    }

    /** Band b: 16 consecutive bits from bit 16·b (the encodings are already key-permuted). */
    private static int band(long[] words, int at, int b) {
      int start = b * BAND_BITS;
      int word = start / 64;
      int shift = start % 64;
      long value = words[at + word] >>> shift;
      if (shift + BAND_BITS > 64) {
        value |= words[at + word + 1] << (64 - shift);
      }
      return (int) (value & ((1 << BAND_BITS) - 1));
    }
  }
}
