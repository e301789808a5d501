package org.haven.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.haven.people.matching.Comparison;
import org.haven.people.matching.Deduper;
import org.haven.people.matching.MatchModel;
import org.haven.people.matching.NameForms;
import org.haven.people.matching.PersonFeatures;
import org.haven.people.matching.PersonRecord;

/**
 * {@code dedupe --input persons.csv --output links.csv [--clusters clusters.csv] [--threshold T]
 * [--truth true-clusters.csv] [--seed S]}: batch deduplication without a server or database.
 *
 * <p>The threshold is a match probability between 0 and 1 (default 0.5: a match is more likely than
 * not). With {@code --truth} the run also reports the blocking's recall and the links' pairwise
 * precision, recall and F1; with {@code --ceiling} as well, the best F1 that a rule treating alike
 * the pairs of the same agreement levels and score (to a bit) could reach.
 */
public final class DedupeCommand {

  private DedupeCommand() {}

  static final String USAGE =
      "usage: dedupe --input persons.csv --output links.csv [--clusters clusters.csv]"
          + " [--threshold T (match probability 0..1, default 0.5)] [--truth true-clusters.csv]"
          + " [--seed N] [--max-block N] [--diagnostics pairs.csv (with --truth)]"
          + " [--ceiling (with --truth)]";

  public static int run(String[] args) {
    return run(args, System.err);
  }

  static int run(String[] args, PrintStream err) {
    Args a;
    Path input;
    Path output;
    double threshold;
    Deduper.Options options;
    try {
      a =
          new Args(
              args,
              Set.of(
                  "input",
                  "output",
                  "clusters",
                  "threshold",
                  "truth",
                  "seed",
                  "max-block",
                  "threads",
                  "diagnostics"),
              Set.of("ceiling"));
      input = Path.of(a.required("input"));
      if (a.get("truth") == null && (a.flag("ceiling") || a.get("diagnostics") != null)) {
        throw new Args.UsageException("--ceiling and --diagnostics need --truth");
      }
      output = Path.of(a.required("output"));
      threshold = a.number("threshold", Deduper.Options.defaults().threshold(), 0, 1);
      Deduper.Options d = Deduper.Options.defaults();
      options =
          new Deduper.Options(
              threshold,
              (int) a.number("max-block", d.maxBlock(), 2, 100_000),
              d.window(),
              (long) a.number("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE),
              (int) a.number("threads", d.threads(), 1, 256));
      if (!Files.isReadable(input)) {
        throw new Args.UsageException("cannot read --input " + input);
      }
    } catch (Args.UsageException e) {
      err.println("dedupe: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    long t0 = System.nanoTime();
    NameForms.warmUpInBackground();
    try {
      List<PersonRecord> records;
      int[] bad = new int[1];
      int[] kept = new int[1];
      Charset encoding = TextEncoding.of(input);
      if (!encoding.equals(StandardCharsets.UTF_8)) {
        err.println(
            "the file is not UTF-8: read as Windows-1252, as a spreadsheet on Windows saves CSV in"
                + " Western Europe");
      }
      try (BufferedReader r = Files.newBufferedReader(input, encoding)) {
        records =
            PersonsCsv.read(
                r,
                problem -> {
                  bad[0]++;
                  if (bad[0] <= 1000) {
                    err.println(problem);
                  }
                },
                note -> {
                  if (++kept[0] <= 1000) {
                    err.println(note);
                  }
                },
                err::println);
      } catch (PersonsCsv.FormatException e) {
        err.println("dedupe: " + e.getMessage());
        return 2;
      }
      if (bad[0] > 1000) {
        err.println("… " + (bad[0] - 1000) + " more bad rows not shown");
      }
      err.printf(
          "read %d records (%d bad rows skipped, %d kept with a value set aside)%n",
          records.size(), bad[0], kept[0]);
      Deduper.Outcome outcome = Deduper.run(records, options, err);
      writeLinks(output, records, outcome);
      String clusters = a.get("clusters");
      if (clusters != null) {
        writeClusters(Path.of(clusters), records, outcome);
      }
      err.printf(
          "done in %.1f s: %d links%n", (System.nanoTime() - t0) / 1e9, outcome.links().length);
      String truth = a.get("truth");
      if (truth != null) {
        Evaluation eval;
        try (BufferedReader r = Files.newBufferedReader(Path.of(truth), StandardCharsets.UTF_8)) {
          eval = Evaluation.readTruth(r);
        }
        long found = 0;
        long[] pairs = outcome.candidatePairs();
        for (int i = 0; i < outcome.blocking().count(); i++) {
          if (eval.same(
              records.get((int) (pairs[i] >>> 32)).id(), records.get((int) pairs[i]).id())) {
            found++;
          }
        }
        err.printf(
            "blocking recall: %.4f (%d of %d true pairs among %d candidates)%n",
            eval.truePairs() == 0 ? 1.0 : found / (double) eval.truePairs(),
            found,
            eval.truePairs(),
            outcome.blocking().count());
        try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
          err.println("links: " + eval.scoreLinks(r));
        }
        String diagnostics = a.get("diagnostics");
        if (diagnostics != null) {
          writeDiagnostics(Path.of(diagnostics), Path.of(truth), records, outcome, threshold);
        }
        if (a.flag("ceiling")) {
          err.println("ceiling: " + ceiling(outcome, eval));
        }
      }
      return 0;
    } catch (IOException e) {
      err.println("dedupe: " + e.getMessage());
      return 1;
    }
  }

  /**
   * How far a rule that treats alike all candidate pairs with the same agreement levels and the
   * same score to a bit could go: the candidate pairs are grouped by those, and the groups are
   * linked purest first for as long as F1 rises, their purity read from the truth. Chosen with the
   * answers, so an upper bound for such rules on these candidates; a rule on the exact score or on
   * what other records say (the clusters use the pairs a record's other links imply) may go beyond
   * it.
   */
  static String ceiling(Deduper.Outcome outcome, Evaluation eval) {
    long[] pairs = outcome.candidatePairs();
    int count = outcome.blocking().count();
    MatchModel model = outcome.estimate().model();
    List<PersonFeatures> features = outcome.records();
    int chunk = 1 << 16;
    Map<Long, long[]> groups =
        IntStream.range(0, (count + chunk - 1) / chunk)
            .parallel()
            .mapToObj(
                c -> {
                  Map<Long, long[]> part = new HashMap<>();
                  int[] levels = new int[Comparison.FIELDS + 1];
                  for (int k = c * chunk; k < Math.min(count, (c + 1) * chunk); k++) {
                    PersonFeatures x = features.get((int) (pairs[k] >>> 32));
                    PersonFeatures y = features.get((int) pairs[k]);
                    Comparison.compare(x, y, levels);
                    long key = Math.round(model.score(x, y)) + 1_000;
                    for (int level : levels) {
                      key = key << 5 | ((level + 1) & 31);
                    }
                    long[] n = part.computeIfAbsent(key, g -> new long[2]);
                    n[0]++;
                    if (eval.same(x.record().id(), y.record().id())) {
                      n[1]++;
                    }
                  }
                  return part;
                })
            .reduce(
                new HashMap<>(),
                (m1, m2) -> {
                  Map<Long, long[]> m = new HashMap<>(m1);
                  m2.forEach(
                      (k, v) -> m.merge(k, v, (u, w) -> new long[] {u[0] + w[0], u[1] + w[1]}));
                  return m;
                });
    List<Map.Entry<Long, long[]>> byPurity = new ArrayList<>(groups.entrySet());
    byPurity.sort(
        Comparator.comparingDouble(
                (Map.Entry<Long, long[]> e) -> -(double) e.getValue()[1] / e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    long found = 0;
    long correct = 0;
    double best = 0;
    long bestFound = 0;
    long bestCorrect = 0;
    for (Map.Entry<Long, long[]> e : byPurity) {
      found += e.getValue()[0];
      correct += e.getValue()[1];
      double f1 = 2.0 * correct / (found + eval.truePairs());
      if (f1 > best) {
        best = f1;
        bestFound = found;
        bestCorrect = correct;
      }
    }
    return String.format(
        Locale.ROOT,
        "precision=%.4f recall=%.4f f1=%.4f at best for a rule on levels and score (%d groups of"
            + " %d candidate pairs)",
        bestFound == 0 ? 0 : (double) bestCorrect / bestFound,
        eval.truePairs() == 0 ? 0 : (double) bestCorrect / eval.truePairs(),
        best,
        groups.size(),
        count);
  }

  /**
   * Every true pair that was not linked and every false link, with both records, the agreement
   * levels and the score: what to look at when recall or precision falls short.
   */
  private static void writeDiagnostics(
      Path path, Path truth, List<PersonRecord> records, Deduper.Outcome outcome, double threshold)
      throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      index.put(records.get(i).id(), i);
    }
    Map<String, List<Integer>> clusters = new HashMap<>();
    Map<Integer, String> clusterOf = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
      Csv csv = new Csv(r);
      Csv.Row row = csv.next();
      while ((row = csv.next()) != null) {
        Integer i = row.fields().size() >= 2 ? index.get(row.fields().get(0)) : null;
        if (i != null) {
          clusters.computeIfAbsent(row.fields().get(1), k -> new ArrayList<>()).add(i);
          clusterOf.put(i, row.fields().get(1));
        }
      }
    }
    long[] candidates = outcome.candidatePairs();
    MatchModel model = outcome.estimate().model();
    List<PersonFeatures> features = outcome.records();
    OutputFile.write(
        path,
        w -> {
          Csv.write(
              w,
              new String[] {
                "kind",
                "id_a",
                "given_a",
                "family_a",
                "other_a",
                "birth_a",
                "sex_a",
                "cit_a",
                "id_b",
                "given_b",
                "family_b",
                "other_b",
                "birth_b",
                "sex_b",
                "cit_b",
                "levels",
                "bits"
              });
          for (List<Integer> members : clusters.values()) {
            for (int x = 0; x < members.size(); x++) {
              for (int y = x + 1; y < members.size(); y++) {
                int i = Math.min(members.get(x), members.get(y));
                int j = Math.max(members.get(x), members.get(y));
                long pair = ((long) i << 32) | j;
                boolean blocked = Arrays.binarySearch(candidates, pair) >= 0;
                double bits = model.score(features.get(i), features.get(j));
                if (!blocked || MatchModel.probability(bits) < threshold) {
                  writePair(
                      w, blocked ? "missed" : "unblocked", features.get(i), features.get(j), model);
                }
              }
            }
          }
          for (long link : outcome.links()) {
            int i = (int) (link >>> 32);
            int j = (int) link;
            String ci = clusterOf.get(i);
            if (ci == null || !ci.equals(clusterOf.get(j))) {
              writePair(w, "false", features.get(i), features.get(j), model);
            }
          }
        });
  }

  private static void writePair(
      Writer w, String kind, PersonFeatures a, PersonFeatures b, MatchModel model)
      throws IOException {
    int[] levels = new int[Comparison.FIELDS + 1];
    Comparison.compare(a, b, levels);
    StringBuilder l = new StringBuilder();
    for (int v : levels) {
      l.append(l.length() == 0 ? "" : " ").append(v);
    }
    List<String> row = new ArrayList<>();
    row.add(kind);
    for (PersonFeatures f : List.of(a, b)) {
      PersonRecord r = f.record();
      row.add(r.id());
      row.add(r.givenName() == null ? "" : r.givenName());
      row.add(r.familyName() == null ? "" : r.familyName());
      row.add(String.join(";", r.otherNames()));
      row.add(
          r.birthDate() != null
              ? r.birthDate().toString()
              : r.birthYear() == null ? "" : String.valueOf(r.birthYear()));
      row.add(r.sex() == null ? "" : r.sex());
      row.add(String.join(";", r.citizenships()));
    }
    row.add(l.toString());
    row.add(String.format(Locale.ROOT, "%.2f", model.score(a, b)));
    Csv.write(w, row.toArray(new String[0]));
  }

  private static void writeLinks(Path output, List<PersonRecord> records, Deduper.Outcome outcome)
      throws IOException {
    long[] links = outcome.links();
    float[] probs = outcome.probabilities();
    List<String[]> rows = new ArrayList<>(links.length);
    for (int i = 0; i < links.length; i++) {
      String a = records.get((int) (links[i] >>> 32)).id();
      String b = records.get((int) links[i]).id();
      if (a.compareTo(b) > 0) {
        String t = a;
        a = b;
        b = t;
      }
      rows.add(new String[] {a, b, String.format(Locale.ROOT, "%.4f", probs[i])});
    }
    rows.sort((x, y) -> x[0].equals(y[0]) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
    OutputFile.write(
        output,
        w -> {
          Csv.write(w, new String[] {"id_a", "id_b", "score"});
          for (String[] row : rows) {
            Csv.write(w, row);
          }
        });
  }

  private static void writeClusters(Path path, List<PersonRecord> records, Deduper.Outcome outcome)
      throws IOException {
    int[] cluster = outcome.cluster();
    Map<Integer, String> smallest = new HashMap<>();
    for (int i = 0; i < cluster.length; i++) {
      String id = records.get(i).id();
      smallest.merge(cluster[i], id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    OutputFile.write(
        path,
        w -> {
          Csv.write(w, new String[] {"id", "cluster_id"});
          for (int i = 0; i < cluster.length; i++) {
            Csv.write(w, new String[] {records.get(i).id(), smallest.get(cluster[i])});
          }
        });
  }
}
