package org.haven.people.matching;

import java.io.PrintStream;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Batch deduplication without a database: prepares every record once, blocks, estimates the model
 * on the data, scores every candidate pair in parallel and links pairs whose match probability
 * reaches the threshold; clusters are built from the links strongest first without ever joining
 * records that are clearly different people ({@link Clustering}), and every two records of a
 * cluster are reported as a link. Deterministic: the same input gives the same links, scores and
 * clusters on any number of threads.
 */
public final class Deduper {

  private Deduper() {}

  /**
   * @param threshold match probability (0..1) from which a pair is linked
   * @param maxBlock blocks larger than this are compared by sorted neighbourhood only
   * @param window neighbours compared in an oversized block
   */
  public record Options(double threshold, int maxBlock, int window, long seed, int threads) {

    public static Options defaults() {
      return new Options(0.5, 40, 10, 42, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Options withThreshold(double t) {
      return new Options(t, maxBlock, window, seed, threads);
    }

    public Options withThreads(int t) {
      return new Options(threshold, maxBlock, window, seed, t);
    }
  }

  /** What a run found: links as pairs of record indexes with their probabilities, and clusters. */
  public record Outcome(
      List<PersonFeatures> records,
      Blocking.Result blocking,
      Estimator.Result estimate,
      long[] links,
      float[] probabilities,
      int[] cluster,
      int[] comparisonOrder) {

    /**
     * The candidate pairs by the input's indexes ({@code (long) i << 32 | j}, i < j, sorted): the
     * blocking's pairs are by the order records were compared in.
     */
    public long[] candidatePairs() {
      long[] out = new long[blocking.count()];
      long[] pairs = blocking.pairs();
      IntStream.range(0, out.length)
          .parallel()
          .forEach(
              k -> {
                int a = comparisonOrder[(int) (pairs[k] >>> 32)];
                int b = comparisonOrder[(int) pairs[k]];
                out[k] = a < b ? (long) a << 32 | b : (long) b << 32 | a;
              });
      Arrays.parallelSort(out);
      return out;
    }
  }

  public static Outcome run(List<PersonRecord> input, Options options, PrintStream log) {
    long t0 = System.nanoTime();
    int n = input.size();
    Set<MonthDay> placeholders = FeatureExtractor.placeholdersIn(input);
    log.printf(
        "placeholder birth days (read as a year only): %s%n",
        placeholders.isEmpty() ? "none" : placeholders);
    FeatureExtractor extractor = new FeatureExtractor(placeholders);
    extractor.prepare(input);
    // The records are compared in the order of their names, and made in that order, so that the
    // records and names a block brings together lie near each other in memory: scoring is bound
    // by memory, not by arithmetic. Results are reported by the input's order.
    int[] order = byNames(input, extractor);
    PersonFeatures[] prepared = new PersonFeatures[n];
    int slice = 1 << 14;
    IntStream.range(0, (n + slice - 1) / slice)
        .parallel()
        .forEach(
            c -> {
              for (int k = c * slice; k < Math.min(n, (c + 1) * slice); k++) {
                prepared[k] = extractor.extract(input.get(order[k]));
              }
            });
    PersonFeatures[] inOrder = new PersonFeatures[n];
    for (int k = 0; k < n; k++) {
      inOrder[order[k]] = prepared[k];
    }
    List<PersonFeatures> records = Arrays.asList(inOrder);
    log.printf("prepared %d records in %.1f s%n", n, seconds(t0));
    long otherScripts =
        input.stream()
            .filter(
                r ->
                    otherScript(r.givenName())
                        || otherScript(r.familyName())
                        || r.otherNames().stream().anyMatch(Deduper::otherScript))
            .count();
    if (otherScripts > 0) {
      log.printf(
          "names in a script without rules of their own, read by ICU Any-Latin: %d records%n",
          otherScripts);
    }

    long t1 = System.nanoTime();
    Blocking.Result blocking =
        Blocking.candidates(Arrays.asList(prepared), options.maxBlock(), options.window());
    log.printf(
        "blocking: %d keys, %d blocks (%d over %d, compared by sorted neighbourhood), %d candidate"
            + " pairs (%.4f%% of all pairs) in %.1f s%n",
        blocking.keys(),
        blocking.blocks(),
        blocking.oversizedBlocks(),
        options.maxBlock(),
        blocking.count(),
        n < 2 ? 0.0 : 100.0 * blocking.count() / ((double) n * (n - 1) / 2),
        seconds(t1));

    long t2 = System.nanoTime();
    TermFrequencies tf = TermFrequencies.count(records, extractor.vocabulary().size());
    Estimator.Result estimate =
        Estimator.estimate(
            Arrays.asList(prepared),
            blocking.pairs(),
            blocking.count(),
            tf,
            options.seed(),
            samples(n, 10, 500_000),
            samples(n, 20, 1_000_000));
    if (estimate.learnt()) {
      log.printf(
          "model: EM %s after %d iterations, %.0f expected matches among candidates, in %.1f s%n%s",
          estimate.converged() ? "converged" : "stopped",
          estimate.iterations(),
          estimate.expectedMatches(),
          seconds(t2),
          estimate.model());
    } else {
      log.printf(
          "too few records to learn the weights from (%d pairs; %d needed): the built-in weights"
              + " are used%n",
          (long) n * (n - 1) / 2, Estimator.PAIRS_TO_LEARN);
    }

    long t3 = System.nanoTime();
    MatchModel model = estimate.model();
    long[] pairs = blocking.pairs();
    int count = blocking.count();
    int chunk = 1 << 18;
    int chunks = (count + chunk - 1) / chunk;
    AtomicLong done = new AtomicLong();
    long[][] linkParts = new long[chunks][];
    float[][] probParts = new float[chunks][];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
    ThreadLocal<NameLevelCache> caches = ThreadLocal.withInitial(() -> new NameLevelCache(20));
    try {
      List<Future<?>> futures = new ArrayList<>();
      long step = Math.max(chunk, count / 10L);
      for (int c = 0; c < chunks; c++) {
        int from = c * chunk;
        int to = (int) Math.min(count, (long) from + chunk);
        int index = c;
        futures.add(
            pool.submit(
                () -> {
                  int[] levels = new int[Comparison.FIELDS + 1];
                  NameLevelCache cache = caches.get();
                  Blocking.LongList links = new Blocking.LongList(1024);
                  float[] probs = new float[1024];
                  for (int p = from; p < to; p++) {
                    long pair = pairs[p];
                    PersonFeatures a = prepared[(int) (pair >>> 32)];
                    PersonFeatures b = prepared[(int) pair];
                    Comparison.compare(a, b, levels, cache);
                    double prob = MatchModel.probability(model.score(a, b, levels));
                    if (prob >= options.threshold()) {
                      if (links.size == probs.length) {
                        probs = Arrays.copyOf(probs, probs.length * 2);
                      }
                      probs[links.size] = (float) prob;
                      links.add(pair);
                    }
                  }
                  linkParts[index] = links.toArray();
                  probParts[index] = Arrays.copyOf(probs, links.size);
                  long before = done.getAndAdd(to - from);
                  if ((before + (to - from)) / step != before / step) {
                    log.printf(
                        "scored %d of %d pairs (%.0f%%)%n",
                        before + (to - from), count, 100.0 * (before + to - from) / count);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("scoring failed", e);
    } finally {
      pool.shutdown();
    }
    int total = 0;
    for (long[] l : linkParts) {
      total += l.length;
    }
    long[] links = new long[total];
    float[] probs = new float[total];
    int at = 0;
    for (int c = 0; c < chunks; c++) {
      System.arraycopy(linkParts[c], 0, links, at, linkParts[c].length);
      System.arraycopy(probParts[c], 0, probs, at, probParts[c].length);
      at += linkParts[c].length;
    }
    log.printf("scored %d pairs in %.1f s: %d links%n", count, seconds(t3), total);

    long t4 = System.nanoTime();
    boolean[] dropped = conflicts(prepared, model, links, probs, options.threshold());
    int kept = 0;
    for (int i = 0; i < links.length; i++) {
      if (!dropped[i]) {
        links[kept] = links[i];
        probs[kept++] = probs[i];
      }
    }
    log.printf(
        "ambiguous links dropped: %d (a record linked to two that are clearly different people)"
            + " in %.1f s%n",
        links.length - kept, seconds(t4));
    links = Arrays.copyOf(links, kept);
    probs = Arrays.copyOf(probs, kept);

    long t5 = System.nanoTime();
    Clustering.Result clusters = Clustering.cluster(prepared, model, links, probs);
    // Each record's cluster by the input's order: the smallest input index among its members.
    int[] smallest = new int[n];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    int[] byName = clusters.cluster();
    for (int k = 0; k < n; k++) {
      smallest[byName[k]] = Math.min(smallest[byName[k]], order[k]);
    }
    int[] parent = new int[n];
    for (int k = 0; k < n; k++) {
      parent[order[k]] = smallest[byName[k]];
    }
    int left = 0;
    for (boolean k : clusters.kept()) {
      left += k ? 0 : 1;
    }
    // Every two records of one cluster are judged the same person, linked directly or not.
    long[] implied = Clustering.pairs(parent);
    float[] impliedProbs = new float[implied.length];
    IntStream.range(0, implied.length)
        .parallel()
        .forEach(
            k ->
                impliedProbs[k] =
                    (float)
                        model.probability(
                            inOrder[(int) (implied[k] >>> 32)], inOrder[(int) implied[k]]));
    log.printf(
        "clusters: %d links left out (they would join records that are clearly different people),"
            + " %d pairs within clusters, in %.1f s%n",
        left, implied.length, seconds(t5));
    links = implied;
    probs = impliedProbs;
    return new Outcome(records, blocking, estimate, links, probs, parent, order);
  }

  /**
   * The input's indexes sorted by family name, then given name (their primary romanisations), then
   * index: the order records are compared in.
   */
  private static int[] byNames(List<PersonRecord> input, FeatureExtractor extractor) {
    int n = input.size();
    HashMap<String, Integer> rank = new HashMap<>();
    String[] family = new String[n];
    String[] given = new String[n];
    for (int i = 0; i < n; i++) {
      family[i] = primary(extractor.part(input.get(i).familyName()));
      given[i] = primary(extractor.part(input.get(i).givenName()));
      rank.putIfAbsent(family[i], 0);
      rank.putIfAbsent(given[i], 0);
    }
    String[] spellings = rank.keySet().toArray(new String[0]);
    Arrays.parallelSort(spellings);
    for (int k = 0; k < spellings.length; k++) {
      rank.put(spellings[k], k);
    }
    int nameBits = Blocking.Ranks.bits(spellings.length);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) rank.get(family[i]) << nameBits | rank.get(given[i]);
    }
    int[] place = Blocking.Ranks.rankOf(keys, 2 * nameBits);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[place[i]] = i;
    }
    return order;
  }

  private static String primary(NamePart p) {
    return p == null ? "" : p.compact[0];
  }

  /**
   * How many pairs the estimation draws: {@code perRecord} per record, at least a fifth of the most
   * and at most the most, so that small files are not drowned in samples and large ones are sampled
   * as finely as before.
   */
  static int samples(int records, int perRecord, int most) {
    return (int) Math.max(most / 5, Math.min(most, (long) records * perRecord));
  }

  private static boolean otherScript(String name) {
    return name != null && NameForms.script(name) == NameForms.Script.OTHER;
  }

  /** Below this score (in bits) two records are taken to be clearly different people. */
  static final double CONFLICT_BITS = -10;

  /**
   * Links that make a record ambiguous. A record linked to two records that are clearly different
   * people (a record without a birth date linked to two namesakes born on different days) can be at
   * most one of them. Its links are taken strongest first; a link is kept when it is consistent
   * with those kept before it and when it still passes the threshold once its rivals are counted:
   * if the pairs' odds are o for this link and r₁, r₂… for the links to records clearly different
   * from its partner, the chance that the record is this partner rather than a rival or nobody is o
   * / (1 + o + r₁ + r₂ + …), which passes a threshold of odds T when o ≥ T · (1 + r₁ + r₂ + …).
   * Without rivals that is the threshold itself.
   *
   * @param threshold the match probability a link needs
   */
  static boolean[] conflicts(
      PersonFeatures[] records, MatchModel model, long[] links, float[] probs, double threshold) {
    // As a float, as the links' probabilities are: a link at the threshold passes it here too.
    double t = Math.min((float) threshold, 1 - 1e-9);
    double thresholdOdds = t / (1 - t);
    int n = records.length;
    int[] degree = new int[n + 1];
    for (long l : links) {
      degree[(int) (l >>> 32) + 1]++;
      degree[(int) l + 1]++;
    }
    for (int i = 0; i < n; i++) {
      degree[i + 1] += degree[i];
    }
    int[] at = Arrays.copyOf(degree, n);
    int[] incident = new int[links.length * 2];
    for (int k = 0; k < links.length; k++) {
      incident[at[(int) (links[k] >>> 32)]++] = k;
      incident[at[(int) links[k]]++] = k;
    }
    boolean[] dropped = new boolean[links.length];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int from = degree[i];
              int to = degree[i + 1];
              if (to - from < 2) {
                return;
              }
              long[] byProb = new long[to - from];
              for (int q = from; q < to; q++) {
                int k = incident[q];
                byProb[q - from] =
                    ((long) Float.floatToIntBits(1 - probs[k]) << 32) | (k & 0xFFFFFFFFL);
              }
              Arrays.sort(byProb);
              int d = byProb.length;
              int[] partner = new int[d];
              double[] odds = new double[d];
              for (int q = 0; q < d; q++) {
                int k = (int) byProb[q];
                partner[q] =
                    (int) (links[k] >>> 32) == i ? (int) links[k] : (int) (links[k] >>> 32);
                odds[q] = probs[k] / Math.max(1e-9, 1.0 - probs[k]);
              }
              // Each link's rivals are found afresh (every pair twice), so that a record with very
              // many links needs no square table of them.
              int[] levels = new int[Comparison.FIELDS + 1];
              boolean[] accepted = new boolean[d];
              for (int q = 0; q < d; q++) {
                boolean clash = false;
                double rivals = 0;
                for (int y = 0; y < d; y++) {
                  if (y == q) {
                    continue;
                  }
                  // In the records' order, so that q and y are each other's rivals or neither is.
                  PersonFeatures a = records[Math.min(partner[q], partner[y])];
                  PersonFeatures b = records[Math.max(partner[q], partner[y])];
                  Comparison.compare(a, b, levels);
                  boolean rival =
                      Clustering.clearlyDifferent(a, b, levels, model.score(a, b, levels));
                  clash |= accepted[y] && rival;
                  rivals += rival ? odds[y] : 0;
                }
                if (clash || odds[q] < thresholdOdds * (1 + rivals)) {
                  dropped[(int) byProb[q]] = true;
                } else {
                  accepted[q] = true;
                }
              }
            });
    return dropped;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
