package org.haven.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code evaluate --truth clusters.csv --links links.csv [--clusters found-clusters.csv]}: pairwise
 * precision, recall and F1 of links ({@code id_a,id_b[,score]}) against true clusters ({@code
 * id,cluster_id}), on stdout; with {@code --clusters}, a second line with the same figures for the
 * pairs the found clusters imply.
 */
public final class EvaluateCommand {

  private EvaluateCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path truth;
    Path links;
    Path clusters;
    try {
      Args a = new Args(args, Set.of("truth", "links", "clusters"), Set.of());
      truth = Path.of(a.required("truth"));
      links = Path.of(a.required("links"));
      clusters = a.get("clusters") == null ? null : Path.of(a.get("clusters"));
    } catch (Args.UsageException e) {
      err.println("evaluate: " + e.getMessage());
      err.println("usage: evaluate --truth clusters.csv --links links.csv [--clusters found.csv]");
      return 2;
    }
    try (BufferedReader t = Files.newBufferedReader(truth, StandardCharsets.UTF_8);
        BufferedReader l = Files.newBufferedReader(links, StandardCharsets.UTF_8)) {
      Evaluation evaluation = Evaluation.readTruth(t);
      out.println(evaluation.scoreLinks(l));
      if (clusters != null) {
        try (BufferedReader c = Files.newBufferedReader(clusters, StandardCharsets.UTF_8)) {
          out.println("clusters: " + evaluation.scoreClusters(c));
        }
      }
      return 0;
    } catch (IOException e) {
      err.println("evaluate: " + e.getMessage());
      return 1;
    }
  }
}
