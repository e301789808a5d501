package org.haven.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code generate-persons --count N --seed S --mode multicultural|febrl|registers --output
 * persons.csv --truth clusters.csv}: seeded benchmark data in the dedupe input format plus the true
 * clusters.
 */
public final class GenerateCommand {

  private GenerateCommand() {}

  static final String USAGE =
      "usage: generate-persons --count N [--seed S] [--mode multicultural|febrl|registers] --output persons.csv"
          + " [--truth clusters.csv]";

  public static int run(String[] args) {
    return run(args, System.err);
  }

  static int run(String[] args, PrintStream err) {
    int count;
    long seed;
    PersonGenerator.Mode mode;
    Path output;
    String truth;
    try {
      Args a = new Args(args, Set.of("count", "seed", "mode", "output", "truth"), Set.of());
      count = (int) a.number("count", -1, 1, 50_000_000);
      if (count < 1) {
        throw new Args.UsageException("missing --count");
      }
      seed = (long) a.number("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
      String m = a.get("mode") == null ? "multicultural" : a.get("mode");
      try {
        mode = PersonGenerator.Mode.valueOf(m.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Args.UsageException("--mode must be multicultural, febrl or registers, not " + m);
      }
      output = Path.of(a.required("output"));
      truth = a.get("truth");
    } catch (Args.UsageException e) {
      err.println("generate-persons: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    List<PersonGenerator.Generated> data = new PersonGenerator(seed, mode).generate(count);
    try {
      OutputFile.write(
          output,
          w -> {
            PersonsCsv.writeHeader(w);
            for (PersonGenerator.Generated g : data) {
              PersonsCsv.write(w, g.record());
            }
          });
      if (truth != null) {
        OutputFile.write(
            Path.of(truth),
            w -> {
              Csv.write(w, new String[] {"id", "cluster_id"});
              for (PersonGenerator.Generated g : data) {
                Csv.write(w, new String[] {g.record().id(), g.cluster()});
              }
            });
      }
    } catch (IOException e) {
      err.println("generate-persons: " + e.getMessage());
      return 1;
    }
    err.printf(
        "wrote %d records (%s, seed %d)%n",
        data.size(), mode.name().toLowerCase(Locale.ROOT), seed);
    return 0;
  }
}
