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

  /** Mean frequency of the name two randomly agreeing records share (Σf³ / Σf²). */
  private final double meanAgreeing;

  private TermFrequencies(int[] counts, long total, double meanAgreeing) {
    this.counts = counts;
    this.total = total;
    this.meanAgreeing = meanAgreeing;
  }

  /** No frequencies known: no adjustment. */
  public static TermFrequencies none() {
    return new TermFrequencies(new int[0], 0, 0);
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
    double s2 = 0;
    double s3 = 0;
    for (int c : counts) {
      if (c > 0) {
        double f = c / (double) total;
        s2 += f * f;
        s3 += f * f * f;
      }
    }
    return new TermFrequencies(counts, total, s2 == 0 ? 0 : s3 / s2);
  }

  /** The frequency of a name, 0 if unknown. */
  double frequency(NamePart part) {
    if (part == null || total == 0 || part.primary >= counts.length) {
      return 0;
    }
    return counts[part.primary] / (double) total;
  }

  /**
   * log2 of how much rarer the agreed name is than an average agreeing name; positive for rare
   * names, negative for common ones, 0 when unknown.
   */
  double adjustment(NamePart a, NamePart b) {
    double mean = meanAgreeing;
    double f = Math.max(frequency(a), frequency(b));
    if (mean <= 0 || f <= 0) {
      return 0;
    }
    double adj = Math.log(mean / f) / Math.log(2);
    return Math.max(-6, Math.min(6, adj));
  }
}
