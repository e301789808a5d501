package org.haven.tools;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Pairwise precision, recall and F1 of found links against true clusters. */
public final class Evaluation {

  /** Counts of true positives, false positives and false negatives. */
  public record Score(long truePairs, long foundPairs, long correct) {

    public double precision() {
      return foundPairs == 0 ? 1.0 : correct / (double) foundPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1.0 : correct / (double) truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "precision=%.4f recall=%.4f f1=%.4f true_pairs=%d found_pairs=%d correct=%d",
          precision(), recall(), f1(), truePairs, foundPairs, correct);
    }
  }

  private final Map<String, String> clusterOf;
  private final long truePairs;

  private Evaluation(Map<String, String> clusterOf) {
    this.clusterOf = clusterOf;
    Map<String, Integer> sizes = new HashMap<>();
    for (String c : clusterOf.values()) {
      sizes.merge(c, 1, Integer::sum);
    }
    long pairs = 0;
    for (int s : sizes.values()) {
      pairs += (long) s * (s - 1) / 2;
    }
    this.truePairs = pairs;
  }

  /** Reads a truth file with header {@code id,cluster_id}. */
  public static Evaluation readTruth(Reader reader) throws IOException {
    Csv csv = new Csv(reader);
    Csv.Row row = csv.next();
    Map<String, String> map = new HashMap<>();
    while ((row = csv.next()) != null) {
      if (row.fields().size() >= 2) {
        map.put(row.fields().get(0), row.fields().get(1));
      }
    }
    return new Evaluation(map);
  }

  public long truePairs() {
    return truePairs;
  }

  public boolean same(String a, String b) {
    String ca = clusterOf.get(a);
    return ca != null && ca.equals(clusterOf.get(b));
  }

  /**
   * Scores clusters read from a file with header {@code id,cluster_id}: the pairs the clusters
   * imply (every two records in one cluster) against the true pairs.
   */
  public Score scoreClusters(Reader reader) throws IOException {
    Csv csv = new Csv(reader);
    Csv.Row row = csv.next();
    Map<String, Map<String, Integer>> found = new HashMap<>();
    Set<String> seen = new HashSet<>();
    while ((row = csv.next()) != null) {
      if (row.fields().size() < 2 || !seen.add(row.fields().get(0))) {
        continue;
      }
      String truth = clusterOf.get(row.fields().get(0));
      found
          .computeIfAbsent(row.fields().get(1), k -> new HashMap<>())
          .merge(truth == null ? "\u0000" + row.fields().get(0) : truth, 1, Integer::sum);
    }
    long pairs = 0;
    long correct = 0;
    for (Map<String, Integer> byTruth : found.values()) {
      long size = 0;
      for (int c : byTruth.values()) {
        size += c;
        correct += (long) c * (c - 1) / 2;
      }
      pairs += size * (size - 1) / 2;
    }
    return new Score(truePairs, pairs, correct);
  }

  /** Scores links read from a file with header {@code id_a,id_b,score}. */
  public Score scoreLinks(Reader reader) throws IOException {
    Csv csv = new Csv(reader);
    Csv.Row row = csv.next();
    long found = 0;
    long correct = 0;
    Set<String> seen = new HashSet<>();
    while ((row = csv.next()) != null) {
      if (row.fields().size() < 2) {
        continue;
      }
      String a = row.fields().get(0);
      String b = row.fields().get(1);
      if (a.equals(b) || !seen.add(a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a)) {
        continue;
      }
      found++;
      if (same(a, b)) {
        correct++;
      }
    }
    return new Score(truePairs, found, correct);
  }
}
