package org.haven.people.matching;

import java.util.Arrays;

/**
 * Clusters of records that are one person, built from scored links without chaining different
 * people together. The transitive closure of links joins two namesakes through a record that agrees
 * with both (one without a birth date, say); here links are taken strongest first and two clusters
 * are merged only when every record of one is coherent with every record of the other ({@link
 * #coherent}) and the pairs across them weigh, in sum, for the same person. A greedy, best-first
 * approximation of correlation clustering with hard cannot-link constraints. Deterministic: ties in
 * probability are broken by the pair's record indexes.
 */
public final class Clustering {

  private Clustering() {}

  /** Scores are clamped to this many bits when pairs across two clusters are summed. */
  static final double CLAMP_BITS = 20;

  /** Two clusters whose product of sizes exceeds this are not merged: no register holds them. */
  static final int MAX_CROSS_PAIRS = 2_500;

  /** What clustering found: each record's cluster (its smallest member index) and kept links. */
  public record Result(int[] cluster, boolean[] kept) {}

  /**
   * @param links linked pairs as {@code (long) i << 32 | j}
   * @param probabilities each link's match probability
   */
  public static Result cluster(
      PersonFeatures[] records, MatchModel model, long[] links, float[] probabilities) {
    int n = records.length;
    Integer[] order = new Integer[links.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Float.compare(probabilities[y], probabilities[x]);
          return c != 0 ? c : Long.compare(links[x], links[y]);
        });
    int[] parent = new int[n];
    int[][] members = new int[n][];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    boolean[] kept = new boolean[links.length];
    int[] levels = new int[Comparison.FIELDS + 1];
    for (int k : order) {
      int a = find(parent, (int) (links[k] >>> 32));
      int b = find(parent, (int) links[k]);
      if (a == b) {
        kept[k] = true;
        continue;
      }
      int[] ma = members[a] == null ? new int[] {a} : members[a];
      int[] mb = members[b] == null ? new int[] {b} : members[b];
      if ((long) ma.length * mb.length > MAX_CROSS_PAIRS) {
        continue;
      }
      double sum = 0;
      boolean clash = false;
      for (int x = 0; x < ma.length && !clash; x++) {
        for (int y = 0; y < mb.length && !clash; y++) {
          PersonFeatures rx = records[ma[x]];
          PersonFeatures ry = records[mb[y]];
          Comparison.compare(rx, ry, levels);
          double s = model.score(rx, ry, levels);
          clash = clearlyDifferent(rx, ry, levels, s);
          sum += Math.max(-CLAMP_BITS, Math.min(CLAMP_BITS, s));
        }
      }
      if (clash || sum <= 0) {
        continue;
      }
      kept[k] = true;
      int root = Math.min(a, b);
      int other = Math.max(a, b);
      parent[other] = root;
      int[] joined = Arrays.copyOf(ma, ma.length + mb.length);
      System.arraycopy(mb, 0, joined, ma.length, mb.length);
      members[root] = joined;
      members[other] = null;
    }
    int[] cluster = new int[n];
    for (int i = 0; i < n; i++) {
      cluster[i] = find(parent, i);
    }
    return new Result(cluster, kept);
  }

  /** Every pair of records in one cluster, as {@code (long) i << 32 | j} with i < j, sorted. */
  public static long[] pairs(int[] cluster) {
    int n = cluster.length;
    long[] byCluster = new long[n];
    for (int i = 0; i < n; i++) {
      byCluster[i] = ((long) cluster[i] << 32) | i;
    }
    Arrays.sort(byCluster);
    Blocking.LongList out = new Blocking.LongList(n);
    for (int from = 0; from < n; ) {
      int to = from;
      while (to < n && (byCluster[to] >>> 32) == (byCluster[from] >>> 32)) {
        to++;
      }
      for (int a = from; a < to; a++) {
        for (int b = a + 1; b < to; b++) {
          out.add(((long) (int) byCluster[a] << 32) | (int) byCluster[b]);
        }
      }
      from = to;
    }
    long[] pairs = out.toArray();
    Arrays.sort(pairs);
    return pairs;
  }

  /**
   * Whether two records are clearly different people: they are not {@link #coherent} or their score
   * is below {@link Deduper#CONFLICT_BITS}.
   *
   * @param levels the pair's agreement levels as {@link Comparison#compare} gives them
   * @param score the pair's score in bits
   */
  static boolean clearlyDifferent(PersonFeatures a, PersonFeatures b, int[] levels, double score) {
    return !coherent(a, b, levels) || score < Deduper.CONFLICT_BITS;
  }

  /**
   * Birth years further apart than this are two people, however they were written, unless a slip.
   */
  static final int YEARS_APART = 10;

  /**
   * Whether two records may be one person whatever else links them: not when both carry an exact
   * birth date (not a placeholder such as 1 January) and the dates differ in both day and month or
   * by more than a year beyond a slip, nor when their birth years (alone, estimated or in dates)
   * differ by more than {@link #YEARS_APART} (an assessed age is rarely off by five years, and the
   * Ethiopian calendar's year runs seven to eight behind), nor when their sexes differ and their
   * given names are not alike either.
   *
   * @param levels the pair's agreement levels as {@link Comparison#compare} gives them
   */
  static boolean coherent(PersonFeatures a, PersonFeatures b, int[] levels) {
    int birth = levels[Comparison.BIRTH];
    if (birth >= Comparison.BIRTH_DATES_DIFFER && a.exactDate() && b.exactDate()) {
      return false;
    }
    // Years alone, or estimated ones, further apart than any estimate of an age is off.
    if (birth == Comparison.LEVELS[Comparison.BIRTH] - 1
        && Math.abs(a.year - b.year) > YEARS_APART) {
      return false;
    }
    return !(levels[Comparison.SEX] == 1 && levels[Comparison.GIVEN] >= 3);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
