package org.haven.people.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Fellegi–Sunter model: for each field and agreement level the probability m of seeing it in a
 * true match and u in a non-match, the prior share λ of matches among compared pairs, and
 * term-frequency adjustment of exact and near name agreements. Scores are in bits (log2 of the
 * likelihood ratio plus the prior log-odds); {@link #probability} turns them into a match
 * probability. Immutable and thread-safe.
 */
public final class MatchModel {

  final double lambda;
  final double[][] m;
  final double[][] u;
  private final double[][] weight;
  private final double prior;
  private final TermFrequencies frequencies;

  MatchModel(double lambda, double[][] m, double[][] u, TermFrequencies frequencies) {
    this.lambda = lambda;
    this.m = deepCopy(m);
    this.u = deepCopy(u);
    this.frequencies = frequencies;
    this.prior = log2(lambda / (1 - lambda));
    this.weight = new double[Comparison.FIELDS][];
    for (int k = 0; k < Comparison.FIELDS; k++) {
      int n = Comparison.LEVELS[k];
      double[] w = new double[n];
      for (int l = 0; l < n; l++) {
        w[l] = log2(Math.max(m[k][l], floor(k, l)) / Math.max(u[k][l], 1e-6));
      }
      // Levels are ordered from most to least agreement: a better level never weighs less, the
      // best never counts against a pair and the worst never for it (missing counts 0).
      for (int l = 1; l < n; l++) {
        w[l] = Math.min(w[l], w[l - 1]);
      }
      w[0] = Math.max(w[0], 0);
      w[n - 1] = Math.min(w[n - 1], 0);
      weight[k] = w;
    }
  }

  /**
   * The least m of a level. Recorded sex and citizenship are not infallible: a clerical error in
   * the sex (about one record in a hundred in registers) or a second or changed citizenship (one in
   * twenty) must lower a pair's score, not veto it, however rarely the data's obvious matches show
   * them.
   */
  static double floor(int field, int level) {
    if (field == Comparison.SEX && level == 1) {
      return 0.01;
    }
    if (field == Comparison.CITIZENSHIP && level == 1) {
      return 0.05;
    }
    // A slip in one part of a date (a keyed digit, a swapped day and month) happens in about one
    // record in a hundred, whether or not a data set shows it among its obvious matches.
    if (field == Comparison.BIRTH && (level == 1 || level == 3)) {
      return 0.01;
    }
    return 1e-6;
  }

  /** Reasonable starting values before estimation. */
  public static MatchModel defaults() {
    double[][] m = {
      {0.80, 0.10, 0.05, 0.03, 0.02},
      {0.80, 0.10, 0.05, 0.03, 0.02},
      {0.70, 0.08, 0.08, 0.04, 0.06, 0.02, 0.01, 0.01},
      {0.97, 0.03},
      {0.90, 0.10}
    };
    double[][] u = {
      {0.01, 0.01, 0.02, 0.06, 0.90},
      {0.005, 0.005, 0.01, 0.05, 0.93},
      {0.0001, 0.0002, 0.01, 0.0008, 0.03, 0.005, 0.02, 0.9339},
      {0.5, 0.5},
      {0.2, 0.8}
    };
    return new MatchModel(0.01, m, u, TermFrequencies.none());
  }

  MatchModel withFrequencies(TermFrequencies f) {
    return new MatchModel(lambda, m, u, f);
  }

  /** The weight in bits of a field at a level; 0 for a missing field. */
  public double weight(int field, int level) {
    return level < 0 ? 0 : weight[field][level];
  }

  public double prior() {
    return prior;
  }

  /** The score in bits: prior log-odds plus the weights of all fields. Symmetric in a and b. */
  public double score(PersonFeatures a, PersonFeatures b) {
    int[] levels = new int[Comparison.FIELDS + 1];
    Comparison.compare(a, b, levels);
    return score(a, b, levels);
  }

  double score(PersonFeatures a, PersonFeatures b, int[] levels) {
    double s = prior;
    for (int k = 0; k < Comparison.FIELDS; k++) {
      s += weight(k, levels[k]);
    }
    if (Comparison.resplit(levels)) {
      // One whole name split otherwise: as common as the more common of the two ways it was
      // written, each judged as if the other record had written it so too.
      return s + Math.min(exactAdjustment(a, levels), exactAdjustment(b, levels));
    }
    // The names as compared: a whole name in one field may have been read split.
    PersonFeatures x = Comparison.reading(a, levels, true);
    PersonFeatures y = Comparison.reading(b, levels, false);
    s +=
        tfAdjustment(x, y, levels, Comparison.GIVEN)
            + tfAdjustment(x, y, levels, Comparison.FAMILY)
            + jointAdjustment(x, y, levels);
    return s;
  }

  /** The adjustments of a record's names agreeing exactly with themselves (levels 0, straight). */
  private double exactAdjustment(PersonFeatures r, int[] levels) {
    return tfAdjustment(r, r, levels, Comparison.GIVEN)
        + tfAdjustment(r, r, levels, Comparison.FAMILY)
        + jointAdjustment(r, r, levels);
  }

  /**
   * When both names agree exactly, the term-frequency adjustments assume the two names are
   * independent; for the more common of the two records' name pairs this corrects them to the
   * frequency of the pair itself. Both names agreeing exactly never count less than both agreeing
   * phonetically.
   */
  private double jointAdjustment(PersonFeatures a, PersonFeatures b, int[] levels) {
    if (levels[Comparison.GIVEN] != 0 || levels[Comparison.FAMILY] != 0) {
      return 0;
    }
    double c = Math.min(frequencies.jointCorrection(a), frequencies.jointCorrection(b));
    if (c >= 0) {
      return 0;
    }
    double exact =
        weight[Comparison.GIVEN][0]
            + weight[Comparison.FAMILY][0]
            + tfAdjustment(a, b, levels, Comparison.GIVEN)
            + tfAdjustment(a, b, levels, Comparison.FAMILY);
    double phonetic =
        Math.max(0, weight[Comparison.GIVEN][1]) + Math.max(0, weight[Comparison.FAMILY][1]);
    return Math.max(c, Math.min(0, phonetic - exact));
  }

  private double tfAdjustment(PersonFeatures a, PersonFeatures b, int[] levels, int field) {
    int level = levels[field];
    if (level < 0 || level > 2) {
      return 0;
    }
    int alignment = Comparison.alignment(levels);
    boolean given = field == Comparison.GIVEN;
    NamePart pa;
    NamePart pb;
    if (alignment == 0) {
      pa = given ? a.given : a.family;
      pb = given ? b.given : b.family;
    } else if ((alignment == 1) == given) {
      pa = a.given;
      pb = b.family;
    } else {
      pa = a.family;
      pb = b.given;
    }
    // A near agreement (phonetic, nickname, a typo) of two single-word names is adjusted by the
    // more common of the two spellings too: a misspelt rare name is still a rare name. Names of
    // several words may agree on one common word only, and short names agree phonetically by
    // chance, so those are not.
    if (level > 0 && !(singleWord(pa) && singleWord(pb))) {
      return 0;
    }
    double adj = frequencies.adjustment(pa, pb, u[field][0]);
    // An agreement, however common the name, never counts less than the next weaker level.
    double floor = Math.max(0, weight[field][level + 1]) - weight[field][level];
    return Math.max(adj, floor);
  }

  private static boolean singleWord(NamePart p) {
    return p != null && !p.multiWord && p.primaryLength >= 4;
  }

  public double probability(PersonFeatures a, PersonFeatures b) {
    return probability(score(a, b));
  }

  public static double probability(double bits) {
    return 1.0 / (1.0 + Math.pow(2, -bits));
  }

  /**
   * The agreement level of each field (0 the strongest, -1 missing on one side), as the model
   * compares the two records: what a reviewed pair teaches ({@link #withConfirmedMatches}).
   */
  public int[] levels(PersonFeatures a, PersonFeatures b) {
    int[] levels = new int[Comparison.FIELDS + 1];
    Comparison.compare(a, b, levels);
    return Arrays.copyOf(levels, Comparison.FIELDS);
  }

  /**
   * This model with its m probabilities refined by pairs a person confirmed to be the same: each
   * field's level shares among the confirmed pairs, weighed against the current m as if it had been
   * seen in {@code priorPairs} pairs. The u probabilities (from random pairs) stay: pairs brought
   * to review are look-alikes, not a sample of non-matches.
   */
  public MatchModel withConfirmedMatches(List<int[]> confirmed, double priorPairs) {
    if (confirmed.isEmpty()) {
      return this;
    }
    double[][] refined = new double[Comparison.FIELDS][];
    for (int k = 0; k < Comparison.FIELDS; k++) {
      int n = Comparison.LEVELS[k];
      double[] counts = new double[n];
      int seen = 0;
      for (int[] levels : confirmed) {
        if (levels.length > k && levels[k] >= 0 && levels[k] < n) {
          counts[levels[k]]++;
          seen++;
        }
      }
      refined[k] = new double[n];
      for (int l = 0; l < n; l++) {
        refined[k][l] = (m[k][l] * priorPairs + counts[l]) / (priorPairs + seen);
      }
    }
    return new MatchModel(lambda, refined, u, frequencies);
  }

  /** Why two records score as they do: one line per field. */
  public Explanation explain(PersonFeatures a, PersonFeatures b) {
    int[] levels = new int[Comparison.FIELDS + 1];
    Comparison.compare(a, b, levels);
    return explain(a, b, levels);
  }

  /**
   * A pair whose probability reached a floor: why it scores as it does, and its agreement levels as
   * {@link #levels} gives them.
   */
  public record Judged(Explanation why, int[] levels) {}

  /**
   * The pair's explanation and levels when its probability is at least {@code from}, else empty.
   * Compares the two records once, and explains only the pairs kept.
   */
  public Optional<Judged> judge(PersonFeatures a, PersonFeatures b, double from) {
    int[] levels = new int[Comparison.FIELDS + 1];
    Comparison.compare(a, b, levels);
    if (probability(score(a, b, levels)) < from) {
      return Optional.empty();
    }
    return Optional.of(new Judged(explain(a, b, levels), Arrays.copyOf(levels, Comparison.FIELDS)));
  }

  private Explanation explain(PersonFeatures a, PersonFeatures b, int[] levels) {
    List<Explanation.Agreement> agreements = new ArrayList<>();
    boolean resplit = Comparison.resplit(levels);
    // One whole name split otherwise is adjusted as the more common way it was written (see score).
    PersonFeatures r = resplit && exactAdjustment(b, levels) < exactAdjustment(a, levels) ? b : a;
    for (int k = 0; k < Comparison.FIELDS; k++) {
      int l = levels[k];
      double w = weight(k, l);
      if (k == Comparison.GIVEN || k == Comparison.FAMILY) {
        w += resplit ? tfAdjustment(r, r, levels, k) : tfAdjustment(a, b, levels, k);
      }
      if (k == Comparison.FAMILY) {
        w += resplit ? jointAdjustment(r, r, levels) : jointAdjustment(a, b, levels);
      }
      agreements.add(
          new Explanation.Agreement(
              Comparison.FIELD_NAMES[k], l < 0 ? "missing" : Comparison.LEVEL_NAMES[k][l], w));
    }
    double s = score(a, b, levels);
    return new Explanation(
        s, probability(s), Comparison.alignment(levels) != 0 || resplit, agreements);
  }

  /** A score with one weighed agreement per field. */
  public record Explanation(
      double score, double probability, boolean namesSwapped, List<Agreement> agreements) {

    public record Agreement(String field, String level, double weight) {}

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              "score %.2f bits, p=%.4f%s%n",
              score, probability, namesSwapped ? " (given/family swapped)" : ""));
      for (Agreement a : agreements) {
        b.append(String.format("  %-12s %-40s %+.2f%n", a.field(), a.level(), a.weight()));
      }
      return b.toString();
    }
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format("λ=%.5f prior=%.2f bits%n", lambda, prior));
    for (int k = 0; k < Comparison.FIELDS; k++) {
      b.append(String.format("  %-12s", Comparison.FIELD_NAMES[k]));
      for (int l = 0; l < Comparison.LEVELS[k]; l++) {
        b.append(String.format(" [m=%.3f u=%.4f w=%+.2f]", m[k][l], u[k][l], weight[k][l]));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
