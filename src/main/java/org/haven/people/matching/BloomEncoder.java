package org.haven.people.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Privacy-preserving encodings of a person (cryptographic long-term keys, CLK style): the bigrams
 * of every romanisation of the names are hashed into the first 768 bits of a 1,024-bit Bloom
 * filter, and tokens of the birth date into its last 256 bits, with HMAC-SHA256 under a secret key,
 * salted per field; the filter is then balanced (joined with its complement, so every encoding has
 * exactly 1,024 ones of 2,048 bits and its weight says nothing of the name's length) and its bits
 * permuted by a keyed permutation. Without the key neither a q-gram nor a name can be tested
 * against an encoding. With it, the holder recovers the two field filters ({@link #filter}) and
 * compares names and birth dates apart: in one filter the many bits of a name would drown the few
 * of a birth date, so that at a million persons almost anyone would meet someone of the same name.
 */
public final class BloomEncoder {

  /** Bits of the Bloom filter before balancing. */
  public static final int BITS = 1024;

  /** Bits of an encoding: the filter and its complement. */
  public static final int ENCODED_BITS = 2 * BITS;

  /** The filter's first bits hold the names, the rest the birth date. */
  public static final int NAME_BITS = 768;

  /** 64-bit words of a filter; the first {@link #NAME_WORDS} hold the names. */
  public static final int FILTER_WORDS = BITS / 64;

  public static final int NAME_WORDS = NAME_BITS / 64;

  static final int NAME_HASHES = 12;
  static final int YEAR_HASHES = 20;
  static final int DAY_MONTH_HASHES = 20;

  private final byte[] key;
  private final int[] permutation;

  /** An encoder under {@code key} (at least 32 bytes, shared only by those who may encode). */
  public BloomEncoder(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("The encoding key must have at least 32 bytes");
    }
    this.key = key.clone();
    this.permutation = permutation();
  }

  /** The encoding of a person: 2,048 bits, 256 bytes. */
  public byte[] encode(PersonRecord person) {
    BitSet filter = new BitSet(BITS);
    for (String gram : nameGrams(person)) {
      set(filter, "name|" + gram, NAME_HASHES, 0, NAME_BITS);
    }
    for (String token : birthTokens(person)) {
      set(
          filter,
          "birth|" + token,
          token.startsWith("y") ? YEAR_HASHES : DAY_MONTH_HASHES,
          NAME_BITS,
          BITS - NAME_BITS);
    }
    BitSet balanced = new BitSet(ENCODED_BITS);
    for (int i = 0; i < BITS; i++) {
      boolean bit = filter.get(i);
      if (bit) {
        balanced.set(permutation[i]);
      } else {
        balanced.set(permutation[BITS + i]);
      }
    }
    byte[] bytes = new byte[ENCODED_BITS / 8];
    byte[] raw = balanced.toByteArray();
    System.arraycopy(raw, 0, bytes, 0, raw.length);
    return bytes;
  }

  /**
   * The Bloom filter inside an encoding made under this encoder's key: {@link #FILTER_WORDS} words,
   * names in the first {@link #NAME_WORDS}, the birth date in the rest. Empty when the encoding is
   * not one of this key's (wrong length, or a position and its complement both set or both clear,
   * which an encoding under another key shows at once).
   */
  public Optional<long[]> filter(byte[] encoding) {
    if (encoding.length != ENCODED_BITS / 8) {
      return Optional.empty();
    }
    long[] words = new long[FILTER_WORDS];
    for (int i = 0; i < BITS; i++) {
      boolean one = bit(encoding, permutation[i]);
      if (one == bit(encoding, permutation[BITS + i])) {
        return Optional.empty();
      }
      if (one) {
        words[i >>> 6] |= 1L << (i & 63);
      }
    }
    return Optional.of(words);
  }

  /** The Dice coefficient of two filters' names (NaN when both are empty). */
  public static double nameDice(long[] a, long[] b) {
    return dice(a, b, 0, NAME_WORDS);
  }

  /** The Dice coefficient of two filters' birth dates, NaN when either has none. */
  public static double birthDice(long[] a, long[] b) {
    return isEmpty(a, NAME_WORDS, FILTER_WORDS) || isEmpty(b, NAME_WORDS, FILTER_WORDS)
        ? Double.NaN
        : dice(a, b, NAME_WORDS, FILTER_WORDS);
  }

  private static double dice(long[] a, long[] b, int from, int to) {
    int common = 0;
    int ones = 0;
    for (int w = from; w < to; w++) {
      common += Long.bitCount(a[w] & b[w]);
      ones += Long.bitCount(a[w]) + Long.bitCount(b[w]);
    }
    return ones == 0 ? Double.NaN : 2.0 * common / ones;
  }

  private static boolean isEmpty(long[] words, int from, int to) {
    for (int w = from; w < to; w++) {
      if (words[w] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean bit(byte[] bytes, int position) {
    return (bytes[position >>> 3] & (1 << (position & 7))) != 0;
  }

  /**
   * Whether a record holds enough to encode: a name with letters (a birth date alone would resemble
   * every sparse encoding).
   */
  public static boolean encodable(PersonRecord person) {
    return !nameGrams(person).isEmpty();
  }

  /** The Dice coefficient of two encodings: 1 for equal ones, about 0.5 for unrelated ones. */
  public static double dice(byte[] a, byte[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Encodings of different lengths");
    }
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    int common = 0;
    int ones = 0;
    while (x.remaining() >= 8) {
      long p = x.getLong();
      long q = y.getLong();
      common += Long.bitCount(p & q);
      ones += Long.bitCount(p) + Long.bitCount(q);
    }
    return ones == 0 ? 0 : 2.0 * common / ones;
  }

  /** Padded bigrams of every romanisation of every name, nickname-canonical words included. */
  static Set<String> nameGrams(PersonRecord person) {
    List<String> names = new ArrayList<>();
    names.add(person.givenName());
    names.add(person.familyName());
    names.addAll(person.otherNames());
    Set<String> grams = new LinkedHashSet<>();
    for (String name : names) {
      for (String romanised : NameForms.romanisations(name)) {
        for (String word : romanised.split(" ")) {
          if (word.isEmpty()) {
            continue;
          }
          bigrams("_" + word + "_", grams);
          String canonical = NameForms.canonical(word);
          if (!canonical.equals(word)) {
            bigrams("_" + canonical + "_", grams);
          }
        }
      }
    }
    return grams;
  }

  private static void bigrams(String padded, Set<String> into) {
    for (int i = 0; i + 2 <= padded.length(); i++) {
      into.add(padded.substring(i, i + 2));
    }
  }

  /**
   * The birth year, and day and month as an unordered pair (a swap still meets), with equal weight:
   * a year off or another day then halves the agreement, and a year alone meets a full date of that
   * year half way.
   */
  static Set<String> birthTokens(PersonRecord person) {
    Set<String> tokens = new LinkedHashSet<>();
    if (person.birthYear() != null) {
      tokens.add("y" + person.birthYear());
    }
    LocalDate date = person.birthDate();
    if (date != null) {
      int a = Math.min(date.getDayOfMonth(), date.getMonthValue());
      int b = Math.max(date.getDayOfMonth(), date.getMonthValue());
      tokens.add("dm" + a + "-" + b);
    }
    return tokens;
  }

  /** Sets a token's {@code hashes} positions within {@code size} bits from {@code from}. */
  private void set(BitSet filter, String token, int hashes, int from, int size) {
    byte[] h = hmac(token);
    ByteBuffer buffer = ByteBuffer.wrap(h);
    long h1 = buffer.getLong();
    long h2 = buffer.getLong() | 1;
    for (int i = 0; i < hashes; i++) {
      filter.set(from + (int) Math.floorMod(h1 + i * h2, (long) size));
    }
  }

  private byte[] hmac(String token) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(token.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No HMAC-SHA256 in this JVM", e);
    }
  }

  /** A keyed permutation of the 2,048 positions (Fisher–Yates driven by the HMAC). */
  private int[] permutation() {
    int[] p = new int[ENCODED_BITS];
    for (int i = 0; i < p.length; i++) {
      p[i] = i;
    }
    for (int i = p.length - 1; i > 0; i--) {
      ByteBuffer r = ByteBuffer.wrap(hmac("permutation|" + i));
      int j = (int) Math.floorMod(r.getLong(), (long) (i + 1));
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
