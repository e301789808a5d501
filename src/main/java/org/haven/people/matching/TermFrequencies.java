package org.haven.people.matching;

import java.util.List;

/**
 * How often each name occurs among the records, for term-frequency adjustment: agreeing on a rare
 * name is stronger evidence than agreeing on a common one. Counts are by primary romanisation over
 * given and family names together.
 */
public final class TermFrequencies {

  private final int[] counts;
  private final long total;

  /** Fewer records than this with one name pair leave it uncorrected. */
  static final int MIN_PAIR_COUNT = 20;

  /** Records by unordered pair of primary given and family name: open addressing, keys 0 free. */
  private final long[] pairKeys;

  private final int[] pairCounts;
  private final long pairTotal;

  private TermFrequencies(
      int[] counts, long total, long[] pairKeys, int[] pairCounts, long pairTotal) {
    this.counts = counts;
    this.total = total;
    this.pairKeys = pairKeys;
    this.pairCounts = pairCounts;
    this.pairTotal = pairTotal;
  }

  /** No frequencies known: no adjustment. */
  public static TermFrequencies none() {
    return new TermFrequencies(new int[0], 0, new long[0], new int[0], 0);
  }

  private static long pairKey(NamePart given, NamePart family) {
    int x = Math.min(given.primary, family.primary);
    int y = Math.max(given.primary, family.primary);
    return (((long) x << 32) | y) + 1;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  public static TermFrequencies count(List<PersonFeatures> records, int vocabularySize) {
    int[] counts = new int[vocabularySize];
    long total = 0;
    for (PersonFeatures r : records) {
      if (r.given != null) {
        counts[r.given.primary]++;
        total++;
      }
      if (r.family != null) {
        counts[r.family.primary]++;
        total++;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(16, records.size() * 2)) << 1;
    long[] keys = new long[capacity];
    int[] pairCounts = new int[capacity];
    long pairTotal = 0;
    for (PersonFeatures r : records) {
      if (r.given != null && r.family != null) {
        long key = pairKey(r.given, r.family);
        int i = slot(key, capacity - 1);
        while (keys[i] != 0 && keys[i] != key) {
          i = (i + 1) & (capacity - 1);
        }
        keys[i] = key;
        pairCounts[i]++;
        pairTotal++;
      }
    }
    return new TermFrequencies(counts, total, keys, pairCounts, pairTotal);
  }

  /**
   * log2 of how much more often a record's given and family name occur together than they would if
   * they were independent: names of one culture go together, so agreeing on both is less evidence
   * than the two agreements add up to. 0 when unknown; at most 0 for the pairs that are more common
   * together, and a little above 0 for names that rarely go together.
   */
  double jointCorrection(PersonFeatures r) {
    if (r.given == null || r.family == null || pairTotal == 0 || total == 0) {
      return 0;
    }
    long key = pairKey(r.given, r.family);
    int mask = pairKeys.length - 1;
    int i = slot(key, mask);
    while (pairKeys[i] != 0 && pairKeys[i] != key) {
      i = (i + 1) & mask;
    }
    if (pairKeys[i] == 0) {
      return 0;
    }
    // Observed records with this name pair against those expected if the names were independent.
    // A pair that few records share says more about one person's duplicates than about the
    // population, so it is not corrected; the counts are smoothed.
    double observed = pairCounts[i];
    if (observed < MIN_PAIR_COUNT) {
      return 0;
    }
    double expected = 2 * frequency(r.given) * 2 * frequency(r.family) * pairTotal;
    return Math.max(-12, Math.min(0, Math.log((expected + 5) / (observed + 5)) / Math.log(2)));
  }

  /** The frequency of a name, 0 if unknown. */
  double frequency(NamePart part) {
    if (part == null || total == 0 || part.primary >= counts.length) {
      return 0;
    }
    return counts[part.primary] / (double) total;
  }

  /**
   * log2 of how much rarer the agreed name is than an agreement between two random records on that
   * field ({@code agreeing}, the field's u of exact agreement): in Fellegi–Sunter terms, the
   * difference between the weight of agreeing on this name and on any name. Positive for rare
   * names, negative for common ones, 0 when unknown.
   */
  double adjustment(NamePart a, NamePart b, double agreeing) {
    // Counts are over both name fields: a name's share of one field is about twice its share.
    double f = 2 * Math.max(frequency(a), frequency(b));
    if (agreeing <= 0 || f <= 0) {
      return 0;
    }
    double adj = Math.log(agreeing / f) / Math.log(2);
    return Math.max(-6, Math.min(6, adj));
  }
}
