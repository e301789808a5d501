package org.haven.people.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Privacy-preserving encodings of a person (cryptographic long-term keys, CLK style): the bigrams
 * of every romanisation of the names and tokens of the birth date are hashed into one 1,024-bit
 * Bloom filter with HMAC-SHA256 under a secret key, salted per field; the filter is then balanced
 * (joined with its complement, so every encoding has exactly 1,024 ones of 2,048 bits and its
 * weight says nothing of the name's length) and its bits permuted by a keyed permutation. Without
 * the key neither a q-gram nor a name can be tested against an encoding; with it, two encodings are
 * compared by their Dice coefficient.
 */
public final class BloomEncoder {

  /** Bits of the Bloom filter before balancing. */
  public static final int BITS = 1024;

  /** Bits of an encoding: the filter and its complement. */
  public static final int ENCODED_BITS = 2 * BITS;

  static final int NAME_HASHES = 15;
  static final int BIRTH_HASHES = 10;

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
      set(filter, "name|" + gram, NAME_HASHES);
    }
    for (String token : birthTokens(person)) {
      set(filter, "birth|" + token, BIRTH_HASHES);
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

  /** The birth year, and day and month as an unordered pair (a swap still meets). */
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
      tokens.add("d" + date.getDayOfMonth());
      tokens.add("m" + date.getMonthValue());
    }
    return tokens;
  }

  private void set(BitSet filter, String token, int hashes) {
    byte[] h = hmac(token);
    ByteBuffer buffer = ByteBuffer.wrap(h);
    long h1 = buffer.getLong();
    long h2 = buffer.getLong() | 1;
    for (int i = 0; i < hashes; i++) {
      filter.set((int) Math.floorMod(h1 + i * h2, (long) BITS));
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
