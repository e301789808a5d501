package org.haven.people.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Estimates a {@link MatchModel} from unlabelled data, the Fellegi–Sunter way:
 *
 * <ol>
 *   <li>u, the agreement rates of non-matches, from random record pairs (nearly all non-matches);
 *   <li>m, the agreement rates of matches, by expectation–maximisation over samples of blocked
 *       candidate pairs with u held fixed, in two sessions so that the fields that select a sample
 *       are not estimated from it: among pairs born on the same day with the same sex and first
 *       citizenship, m of the names (with the names' u from random pairs of that sex and
 *       citizenship, since names depend on each other through the culture); among candidates with
 *       the same names, m of the birth date, from a latent-class model of year, month and day
 *       agreement; m of sex and citizenship from pairs agreeing on both names and the date;
 *   <li>λ, the share of matches among all pairs, by EM over every candidate pair with m and u fixed
 *       (pairs that no block compares count as non-matches).
 * </ol>
 *
 * Deterministic for a seed.
 */
public final class Estimator {

  private Estimator() {}

  /**
   * The estimated model and how the EM sessions ended.
   *
   * @param learnt false when the records were too few to learn from and the model is {@link
   *     MatchModel#defaults}
   */
  public record Result(
      MatchModel model,
      int iterations,
      boolean converged,
      double expectedMatches,
      boolean learnt) {}

  /**
   * Distinct pairs of records a file must have for the weights to be learnt from it: an agreement
   * that one pair in ten thousand shares needs ten thousand pairs to be seen, and EM on a few dozen
   * records has next to nothing to separate (two records have one pair in all).
   */
  static final long PAIRS_TO_LEARN = 10_000;

  private static final int BASE = 9;

  /**
   * @param pairs candidate pairs as {@code (long) i << 32 | j}
   */
  public static Result estimate(
      List<PersonFeatures> records,
      long[] pairs,
      int pairCount,
      TermFrequencies frequencies,
      long seed,
      int samplePairs,
      int randomPairs) {
    int n = records.size();
    MatchModel start = MatchModel.defaults();
    if ((long) n * (n - 1) / 2 < PAIRS_TO_LEARN) {
      return new Result(start, 0, false, 0, false);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[][] uc = new long[Comparison.FIELDS][];
    for (int k = 0; k < Comparison.FIELDS; k++) {
      uc[k] = new long[Comparison.LEVELS[k]];
    }
    int[] levels = new int[Comparison.FIELDS + 1];
    long[] drawn = new long[randomPairs];
    int size = 0;
    for (int s = 0; s < randomPairs; s++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (i != j) {
        drawn[size++] = ((long) i << 32) | j;
      }
    }
    for (int key : encoded(records, drawn, size)) {
      decode(key, levels);
      for (int k = 0; k < Comparison.FIELDS; k++) {
        if (levels[k] >= 0) {
          uc[k][levels[k]]++;
        }
      }
    }
    double[][] u = new double[Comparison.FIELDS][];
    for (int k = 0; k < Comparison.FIELDS; k++) {
      long total = 0;
      for (long c : uc[k]) {
        total += c;
      }
      u[k] = new double[Comparison.LEVELS[k]];
      for (int l = 0; l < u[k].length; l++) {
        // A prior worth a few pairs keeps rare levels from an estimate of zero.
        u[k][l] = (uc[k][l] + 5 * start.u[k][l]) / (total + 5.0);
      }
    }

    // Sex follows the given name and citizenship the family name: agreeing on them says little
    // once the names agree, so for scoring their u comes from random pairs that share that name.
    // The EM session on same-date pairs (random as to names) keeps the plain random-pair u.
    double[][] randomU = copy(u);
    conditionalU(records, random, randomPairs, Comparison.SEX, true, u, start);
    conditionalU(records, random, randomPairs, Comparison.CITIZENSHIP, false, u, start);

    // Patterns (comparison vectors) of a sample of candidate pairs, counted.
    Map<Integer, long[]> sample = new HashMap<>();
    int take = Math.min(pairCount, samplePairs);
    long[] taken = new long[take];
    for (int s = 0; s < take; s++) {
      taken[s] = pairs[take == pairCount ? s : random.nextInt(pairCount)];
    }
    for (int key : encoded(records, taken, take)) {
      sample.computeIfAbsent(key, x -> new long[1])[0]++;
    }
    Patterns all = Patterns.of(sample);

    double[][] m = new double[Comparison.FIELDS][];
    for (int k = 0; k < Comparison.FIELDS; k++) {
      m[k] = start.m[k].clone();
    }
    // Session 1: pairs born on the same day, drawn from all records (not from the blocks, which
    // favour similar names); estimate the names, sex and citizenship.
    // Names depend on each other and on sex and citizenship through the culture: among random
    // pairs of one culture, agreeing on the family name makes agreeing on the given name likelier.
    // So the pairs are drawn within one sex and first citizenship, and the names' u for this
    // session comes from random pairs within the same strata.
    ToLongFunction<PersonFeatures> stratum =
        f -> f.sex == 0 || f.citizenships.length == 0 ? -1L : f.sex * 1024L + f.citizenships[0];
    double[][] sessionU = copy(randomU);
    {
      long[][] sc = new long[Comparison.FIELDS][];
      for (int k = 0; k < Comparison.FIELDS; k++) {
        sc[k] = new long[Comparison.LEVELS[k]];
      }
      long[] within = samplePairsWithin(records, stratum, randomPairs, random);
      for (int key : encoded(records, within, within.length)) {
        decode(key, levels);
        for (int k : new int[] {Comparison.GIVEN, Comparison.FAMILY}) {
          if (levels[k] >= 0) {
            sc[k][levels[k]]++;
          }
        }
      }
      for (int k : new int[] {Comparison.GIVEN, Comparison.FAMILY}) {
        long total = 0;
        for (long c : sc[k]) {
          total += c;
        }
        if (total >= 1000) {
          for (int l = 0; l < sc[k].length; l++) {
            sessionU[k][l] = (sc[k][l] + 5 * start.u[k][l]) / (total + 5.0);
          }
        }
      }
    }
    Map<Integer, long[]> dated = new HashMap<>();
    long[] datedPairs =
        samplePairsWithin(
            records,
            f -> {
              long s = stratum.applyAsLong(f);
              return !f.exactDate() || s < 0
                  ? -1L
                  : (f.year * 10000L + f.month * 100L + f.day) * 65536L + s;
            },
            samplePairs,
            random);
    for (int key : encoded(records, datedPairs, datedPairs.length)) {
      dated.computeIfAbsent(key, x -> new long[1])[0]++;
    }
    Patterns sameDate = Patterns.of(dated);
    double[][] m1 = copy(m);
    Session s1 = em(sameDate, m1, sessionU, new boolean[] {true, true, false, false, false}, 0.5);
    if (s1.pairs >= 20) {
      m[Comparison.GIVEN] = m1[Comparison.GIVEN];
      m[Comparison.FAMILY] = m1[Comparison.FAMILY];
    }
    // Session 2, birth. Birth alone cannot be estimated by EM (one field, two classes). Among
    // candidates with the
    // same names, year, month and day are three indicators that are independent in non-matches:
    // a latent-class EM on them gives each pair's posterior, which weighs its birth level.
    long[] sameNames =
        samplePairsWithin(
            records,
            f ->
                f.given == null || f.family == null
                    ? -1L
                    : ((long) f.given.primary << 32) | f.family.primary,
            samplePairs,
            random);
    BirthSession b =
        birthSession(records, sameNames, sameNames.length, sameNames.length, seed, randomPairs);
    if (b.pairs >= 20) {
      m[Comparison.BIRTH] = b.m;
    }
    // Sex and citizenship: their shares among pairs that agree exactly on both names and on the
    // full birth date, nearly all of which are the same person.
    {
      long[][] counts = {new long[2], new long[2]};
      for (long p : sameNames) {
        PersonFeatures a = records.get((int) (p >>> 32));
        PersonFeatures c = records.get((int) p);
        if (Comparison.birthLevel(a, c) != 0) {
          continue;
        }
        int sl = Comparison.sexLevel(a, c);
        int cl = Comparison.citizenshipLevel(a, c);
        if (sl >= 0) {
          counts[0][sl]++;
        }
        if (cl >= 0) {
          counts[1][cl]++;
        }
      }
      int[] fields = {Comparison.SEX, Comparison.CITIZENSHIP};
      for (int i = 0; i < 2; i++) {
        long total = counts[i][0] + counts[i][1];
        if (total >= 20) {
          for (int l = 0; l < 2; l++) {
            m[fields[i]][l] = (counts[i][l] + 0.5) / (total + 1.0);
          }
        }
      }
    }

    // λ among all pairs: every candidate pair's posterior, iterated to a fixed point.
    double totalPairs = n < 2 ? 1 : (double) n * (n - 1) / 2;
    double scale = pairCount / (double) Math.max(1, take);
    double[] ratio = new double[all.count.length];
    for (int p = 0; p < ratio.length; p++) {
      double r = 1;
      for (int k = 0; k < Comparison.FIELDS; k++) {
        int l = all.levels[p][k];
        if (l >= 0) {
          r *= m[k][l] / u[k][l];
        }
      }
      ratio[p] = r;
    }
    double lambda = Math.min(0.5, Math.max(1e-12, pairCount / totalPairs / 10));
    double expected = 0;
    for (int it = 0; it < 200; it++) {
      expected = 0;
      for (int p = 0; p < ratio.length; p++) {
        double odds = lambda / (1 - lambda) * ratio[p];
        expected += all.count[p] * scale * odds / (1 + odds);
      }
      double next = Math.min(0.5, Math.max(1e-12, expected / totalPairs));
      if (Math.abs(next - lambda) <= 1e-9 * lambda) {
        lambda = next;
        break;
      }
      lambda = next;
    }
    return new Result(
        new MatchModel(lambda, m, u, frequencies),
        s1.iterations + b.iterations,
        s1.converged && b.converged,
        expected,
        true);
  }

  /** u of a field from random pairs of records that share the primary given or family name. */
  private static void conditionalU(
      List<PersonFeatures> records,
      SplittableRandom random,
      int samples,
      int field,
      boolean byGiven,
      double[][] u,
      MatchModel start) {
    int n = records.size();
    long[] keyed = new long[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      NamePart p = byGiven ? records.get(i).given : records.get(i).family;
      if (p != null) {
        keyed[size++] = ((long) p.primary << 32) | i;
      }
    }
    if (size < 2) {
      return;
    }
    long[] sorted = Arrays.copyOf(keyed, size);
    Arrays.sort(sorted);
    long[] counts = new long[Comparison.LEVELS[field]];
    long total = 0;
    int[] levels = new int[Comparison.FIELDS + 1];
    // Where each record's group of the same name begins and ends in the sorted order.
    int[] groupFrom = new int[size];
    int[] groupTo = new int[size];
    for (int from = 0; from < size; ) {
      int key = (int) (sorted[from] >>> 32);
      int to = from;
      while (to + 1 < size && (int) (sorted[to + 1] >>> 32) == key) {
        to++;
      }
      for (int q = from; q <= to; q++) {
        groupFrom[q] = from;
        groupTo[q] = Math.min(to, q + 100_000);
      }
      from = to + 1;
    }
    for (int s = 0; s < samples; s++) {
      int a = random.nextInt(size);
      int from = groupFrom[a];
      int to = groupTo[a];
      if (to == from) {
        continue;
      }
      int b = from + random.nextInt(to - from + 1);
      if (b == a) {
        continue;
      }
      PersonFeatures x = records.get((int) sorted[a]);
      PersonFeatures y = records.get((int) sorted[b]);
      int level =
          field == Comparison.SEX ? Comparison.sexLevel(x, y) : Comparison.citizenshipLevel(x, y);
      if (level >= 0) {
        counts[level]++;
        total++;
      }
    }
    for (int l = 0; l < counts.length; l++) {
      u[field][l] = (counts[l] + 5 * start.u[field][l]) / (total + 5.0);
    }
  }

  /**
   * Random pairs of records that share a key (records whose key is negative take no part), each as
   * {@code (long) i << 32 | j}; independent of blocking.
   */
  static long[] samplePairsWithin(
      List<PersonFeatures> records,
      ToLongFunction<PersonFeatures> key,
      int samples,
      SplittableRandom random) {
    int n = records.size();
    long[] keys = new long[n];
    int[] order = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      long k = key.applyAsLong(records.get(i));
      if (k >= 0) {
        keys[size] = k;
        order[size++] = i;
      }
    }
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = i;
    }
    final long[] ks = keys;
    Integer[] idx = new Integer[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    Arrays.parallelSort(idx, (x, y) -> Long.compare(ks[x], ks[y]));
    int[] start = new int[size];
    int[] end = new int[size];
    int from = 0;
    for (int i = 1; i <= size; i++) {
      if (i == size || ks[idx[i]] != ks[idx[from]]) {
        for (int q = from; q < i; q++) {
          start[q] = from;
          end[q] = i;
        }
        from = i;
      }
    }
    // Only records in groups of two or more can be drawn.
    int[] eligible = new int[size];
    int e = 0;
    for (int i = 0; i < size; i++) {
      if (end[i] - start[i] >= 2) {
        eligible[e++] = i;
      }
    }
    if (e == 0) {
      return new long[0];
    }
    long[] out = new long[samples];
    for (int s = 0; s < samples; s++) {
      int a = eligible[random.nextInt(e)];
      int b = start[a] + random.nextInt(end[a] - start[a] - 1);
      if (b >= a) {
        b++;
      }
      int ra = order[idx[a]];
      int rb = order[idx[b]];
      out[s] = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
    }
    return out;
  }

  record BirthSession(long pairs, int iterations, boolean converged, double[] m) {}

  private static int[] birthParts(PersonFeatures a, PersonFeatures b) {
    if (a.year == 0 || b.year == 0) {
      return null;
    }
    int dy = Math.abs(a.year - b.year);
    int year = dy == 0 ? 0 : dy == 1 ? 1 : 2;
    boolean full = a.exactDate() && b.exactDate();
    int month = full ? (a.month == b.month ? 0 : 1) : -1;
    int day = full ? (a.day == b.day ? 0 : 1) : -1;
    return new int[] {year, month, day};
  }

  static BirthSession birthSession(
      List<PersonFeatures> records,
      long[] pairs,
      int pairCount,
      int take,
      long seed,
      int randomPairs) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = records.size();
    int[] sizes = {3, 2, 2};
    double[][] u = new double[3][];
    double[][] uc = {new double[3], new double[2], new double[2]};
    for (int s = 0; s < randomPairs && n >= 2; s++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (i == j) {
        continue;
      }
      int[] p = birthParts(records.get(i), records.get(j));
      if (p != null) {
        for (int k = 0; k < 3; k++) {
          if (p[k] >= 0) {
            uc[k][p[k]]++;
          }
        }
      }
    }
    double[][] uDefault = {{0.02, 0.04, 0.94}, {0.083, 0.917}, {0.033, 0.967}};
    for (int k = 0; k < 3; k++) {
      double t = 0;
      for (double c : uc[k]) {
        t += c;
      }
      u[k] = new double[sizes[k]];
      for (int l = 0; l < sizes[k]; l++) {
        u[k][l] = (uc[k][l] + 5 * uDefault[k][l]) / (t + 5);
      }
    }
    // Patterns: birth level and the three parts, encoded.
    Map<Integer, long[]> counted = new HashMap<>();
    int[] levels = new int[Comparison.FIELDS + 1];
    long[] taken = new long[take];
    for (int s = 0; s < take; s++) {
      taken[s] = pairs[take == pairCount ? s : random.nextInt(pairCount)];
    }
    int[] keys = encoded(records, taken, take);
    for (int s = 0; s < take; s++) {
      PersonFeatures a = records.get((int) (taken[s] >>> 32));
      PersonFeatures b = records.get((int) taken[s]);
      decode(keys[s], levels);
      if (levels[Comparison.GIVEN] != 0 || levels[Comparison.FAMILY] != 0) {
        continue;
      }
      int[] p = birthParts(a, b);
      if (p == null) {
        continue;
      }
      int key = ((levels[Comparison.BIRTH] * 4 + p[0] + 1) * 4 + p[1] + 1) * 4 + p[2] + 1;
      counted.computeIfAbsent(key, x -> new long[1])[0]++;
    }
    double[] m = MatchModel.defaults().m[Comparison.BIRTH].clone();
    if (counted.isEmpty()) {
      return new BirthSession(0, 0, true, m);
    }
    int q = counted.size();
    int[][] pat = new int[q][4];
    long[] cnt = new long[q];
    int i = 0;
    long total = 0;
    for (Map.Entry<Integer, long[]> e :
        counted.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      int key = e.getKey();
      pat[i][3] = key % 4 - 1;
      key /= 4;
      pat[i][2] = key % 4 - 1;
      key /= 4;
      pat[i][1] = key % 4 - 1;
      pat[i][0] = key / 4;
      cnt[i] = e.getValue()[0];
      total += cnt[i];
      i++;
    }
    double[][] mm = {{0.8, 0.1, 0.1}, {0.8, 0.2}, {0.8, 0.2}};
    double lambda = 0.5;
    double[] g = new double[q];
    int iteration = 0;
    boolean converged = false;
    while (iteration < 1000) {
      iteration++;
      double[][] acc = {new double[3], new double[2], new double[2]};
      double matches = 0;
      for (int p = 0; p < q; p++) {
        double pm = lambda;
        double pu = 1 - lambda;
        for (int k = 0; k < 3; k++) {
          int l = pat[p][k + 1];
          if (l >= 0) {
            pm *= mm[k][l];
            pu *= u[k][l];
          }
        }
        g[p] = pm / (pm + pu);
        matches += cnt[p] * g[p];
        for (int k = 0; k < 3; k++) {
          int l = pat[p][k + 1];
          if (l >= 0) {
            acc[k][l] += cnt[p] * g[p];
          }
        }
      }
      double next = Math.max(1e-6, Math.min(1 - 1e-6, matches / total));
      double change = Math.abs(next - lambda);
      lambda = next;
      for (int k = 0; k < 3; k++) {
        double t = 0;
        for (double c : acc[k]) {
          t += c;
        }
        for (int l = 0; l < sizes[k]; l++) {
          double v = (acc[k][l] + 0.01) / (t + 0.01 * sizes[k]);
          change = Math.max(change, Math.abs(v - mm[k][l]));
          mm[k][l] = v;
        }
      }
      if (change < 1e-6) {
        converged = true;
        break;
      }
    }
    double[] acc = new double[Comparison.LEVELS[Comparison.BIRTH]];
    double sum = 0;
    for (int p = 0; p < q; p++) {
      acc[pat[p][0]] += cnt[p] * g[p];
      sum += cnt[p] * g[p];
    }
    for (int l = 0; l < acc.length; l++) {
      m[l] = (acc[l] + 0.01) / (sum + 0.01 * acc.length);
    }
    return new BirthSession(total, iteration, converged, m);
  }

  /**
   * The comparison vectors of the first {@code count} pairs, encoded, in their order; computed in
   * parallel, so the result does not depend on the number of threads.
   */
  static int[] encoded(List<PersonFeatures> records, long[] pairs, int count) {
    int[] keys = new int[count];
    int chunk = 4096;
    IntStream.range(0, (count + chunk - 1) / chunk)
        .parallel()
        .forEach(
            c -> {
              int[] levels = new int[Comparison.FIELDS + 1];
              for (int s = c * chunk; s < Math.min(count, (c + 1) * chunk); s++) {
                Comparison.compare(
                    records.get((int) (pairs[s] >>> 32)), records.get((int) pairs[s]), levels);
                keys[s] = encode(levels);
              }
            });
    return keys;
  }

  static void decode(int key, int[] levels) {
    for (int k = 0; k < Comparison.FIELDS; k++) {
      levels[k] = key % BASE - 1;
      key /= BASE;
    }
  }

  private static int encode(int[] levels) {
    int key = 0;
    for (int k = Comparison.FIELDS - 1; k >= 0; k--) {
      key = key * BASE + levels[k] + 1;
    }
    return key;
  }

  /** Distinct comparison vectors and how often each occurs. */
  record Patterns(int[][] levels, long[] count) {

    static Patterns of(Map<Integer, long[]> counted) {
      int[][] pat = new int[counted.size()][Comparison.FIELDS];
      long[] cnt = new long[counted.size()];
      int q = 0;
      for (Map.Entry<Integer, long[]> e :
          counted.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        int key = e.getKey();
        for (int k = 0; k < Comparison.FIELDS; k++) {
          pat[q][k] = key % BASE - 1;
          key /= BASE;
        }
        cnt[q++] = e.getValue()[0];
      }
      return new Patterns(pat, cnt);
    }

    Patterns where(int field, int level) {
      int size = 0;
      for (int[] p : levels) {
        if (p[field] == level) {
          size++;
        }
      }
      int[][] pat = new int[size][];
      long[] cnt = new long[size];
      int q = 0;
      for (int i = 0; i < levels.length; i++) {
        if (levels[i][field] == level) {
          pat[q] = levels[i];
          cnt[q++] = count[i];
        }
      }
      return new Patterns(pat, cnt);
    }

    long total() {
      long t = 0;
      for (long c : count) {
        t += c;
      }
      return t;
    }
  }

  record Session(long pairs, int iterations, boolean converged) {}

  /** EM for λ and the m of the estimated fields, u fixed; updates m in place. */
  static Session em(Patterns data, double[][] m, double[][] u, boolean[] estimate, double lambda) {
    long pairs = data.total();
    if (pairs == 0) {
      return new Session(0, 0, true);
    }
    int iteration = 0;
    boolean converged = false;
    while (iteration < 1000) {
      iteration++;
      double[][] acc = new double[Comparison.FIELDS][];
      for (int k = 0; k < Comparison.FIELDS; k++) {
        acc[k] = new double[Comparison.LEVELS[k]];
      }
      double matches = 0;
      for (int p = 0; p < data.count.length; p++) {
        double pm = lambda;
        double pu = 1 - lambda;
        for (int k = 0; k < Comparison.FIELDS; k++) {
          int l = data.levels[p][k];
          if (l >= 0 && estimate[k]) {
            pm *= m[k][l];
            pu *= u[k][l];
          }
        }
        double g = pm / (pm + pu);
        matches += data.count[p] * g;
        for (int k = 0; k < Comparison.FIELDS; k++) {
          int l = data.levels[p][k];
          if (l >= 0) {
            acc[k][l] += data.count[p] * g;
          }
        }
      }
      double next = Math.max(1e-6, Math.min(1 - 1e-6, matches / pairs));
      double change = Math.abs(next - lambda);
      lambda = next;
      for (int k = 0; k < Comparison.FIELDS; k++) {
        if (!estimate[k]) {
          continue;
        }
        double total = 0;
        for (double c : acc[k]) {
          total += c;
        }
        for (int l = 0; l < acc[k].length; l++) {
          double v = (acc[k][l] + 0.01) / (total + 0.01 * acc[k].length);
          change = Math.max(change, Math.abs(v - m[k][l]));
          m[k][l] = v;
        }
      }
      if (change < 1e-6) {
        converged = true;
        break;
      }
    }
    return new Session(pairs, iteration, converged);
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
