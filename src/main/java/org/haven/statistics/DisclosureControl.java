package org.haven.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published view's rule, applied to one report's figures:
 *
 * <ol>
 *   <li>with noise configured, every count gets its noise first (and the rest works on noisy
 *       counts);
 *   <li>primary suppression: a count below the threshold k (zero included) is withheld;
 *   <li>secondary suppression: in every sum that ties figures together (a table and its total, a
 *       row of a cross table and its margin), a withheld figure never stands alone, and the
 *       withheld figures of a sum add up to at least k, so neither a single count nor a small group
 *       can be recovered by subtraction. The smallest shown figure is withheld next, until every
 *       sum satisfies this; a withheld total is never recoverable from shown parts either;
 *   <li>the audit: an attacker's interval reasoning over every shown figure and every sum (chained
 *       subtractions to a fixed point) must leave every withheld count with more than one possible
 *       value; where it pins one, a neighbouring figure is withheld too, and the audit runs again;
 *   <li>the smallest and largest age are individual values and are never published; the mean age
 *       only over at least k persons of known age.
 * </ol>
 */
final class DisclosureControl {

  private final int threshold;

  DisclosureControl(int threshold) {
    this.threshold = threshold;
  }

  /** The withheld paths, in the figures' order; the figures are changed in place. */
  List<String> apply(Figures figures, Optional<Noise> noise, String scope) {
    noise.ifPresent(
        n -> {
          for (String path : figures.counts()) {
            figures.set(path, n.apply(scope, path, figures.get(path).longValue()));
          }
        });
    Set<String> withheld = new LinkedHashSet<>();
    for (String path : figures.counts()) {
      if (figures.get(path).longValue() < threshold) {
        withheld.add(path);
      }
    }
    boolean repaired = true;
    while (repaired) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Figures.Sum sum : figures.sums()) {
          changed |= protect(sum, figures, withheld);
        }
      }
      repaired = repair(figures, withheld);
    }
    for (String individual : List.of("victims.age.min", "victims.age.max")) {
      if (figures.has(individual)) {
        withheld.add(individual);
      }
    }
    if (figures.has("victims.age.mean")
        && (!figures.has("victims.age.known")
            || figures.get("victims.age.known").longValue() < threshold)) {
      withheld.add("victims.age.mean");
    }
    List<String> ordered = new ArrayList<>();
    for (String path : figures.all().keySet()) {
      if (withheld.contains(path)) {
        ordered.add(path);
        figures.set(path, null);
      }
    }
    return ordered;
  }

  /**
   * The audit: what an attacker who knows every shown figure and every sum can narrow each withheld
   * count to, by subtraction chained to a fixed point (interval reasoning). A withheld count pinned
   * to one value gets a neighbour withheld too: the smallest shown part of a sum it is in. True if
   * anything more was withheld.
   */
  private boolean repair(Figures figures, Set<String> withheld) {
    Map<String, long[]> bounds = bounds(figures, withheld);
    boolean added = false;
    for (String path : withheld) {
      long[] b = bounds.get(path);
      if (b == null || b[0] < b[1]) {
        continue;
      }
      for (Figures.Sum sum : figures.sums()) {
        if (!sum.parts().contains(path) && !sum.total().equals(path)) {
          continue;
        }
        Optional<String> next =
            sum.parts().stream()
                .filter(figures::has)
                .filter(p -> !withheld.contains(p))
                .min(Comparator.comparingLong(p -> figures.get(p).longValue()));
        if (next.isPresent()) {
          withheld.add(next.get());
          return true;
        }
        if (!withheld.contains(sum.total()) && figures.has(sum.total())) {
          withheld.add(sum.total());
          return true;
        }
      }
    }
    return added;
  }

  /**
   * Each count's interval as the attacker sees it: shown counts exact, withheld ones anything from
   * zero up.
   */
  static Map<String, long[]> bounds(Figures figures, Set<String> withheld) {
    long infinity = Long.MAX_VALUE / 4;
    Map<String, long[]> bounds = new HashMap<>();
    for (String path : figures.counts()) {
      long v = figures.get(path).longValue();
      bounds.put(path, withheld.contains(path) ? new long[] {0, infinity} : new long[] {v, v});
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Figures.Sum sum : figures.sums()) {
        long[] total = bounds.get(sum.total());
        if (total == null) {
          continue;
        }
        List<long[]> parts = new ArrayList<>();
        for (String p : sum.parts()) {
          if (bounds.containsKey(p)) {
            parts.add(bounds.get(p));
          }
        }
        long lo = 0;
        long hi = 0;
        for (long[] p : parts) {
          lo += p[0];
          hi = Math.min(infinity, hi + p[1]);
        }
        changed |= narrow(total, lo, hi, infinity);
        for (long[] p : parts) {
          long othersLo = lo - p[0];
          long othersHi = hi >= infinity || p[1] >= infinity ? infinity : hi - p[1];
          long newLo = othersHi >= infinity ? p[0] : total[0] - othersHi;
          long newHi = total[1] >= infinity ? p[1] : total[1] - othersLo;
          changed |= narrow(p, newLo, newHi, infinity);
        }
      }
    }
    return bounds;
  }

  private static boolean narrow(long[] interval, long lo, long hi, long infinity) {
    boolean changed = false;
    if (lo > interval[0]) {
      interval[0] = lo;
      changed = true;
    }
    if (hi < interval[1] && hi < infinity) {
      interval[1] = hi;
      changed = true;
    }
    return changed;
  }

  /** Withholds one more figure of {@code sum} when it needs it; true if it did. */
  private boolean protect(Figures.Sum sum, Figures figures, Set<String> withheld) {
    List<String> parts = sum.parts().stream().filter(figures::has).toList();
    List<String> hidden = parts.stream().filter(withheld::contains).toList();
    boolean totalHidden = withheld.contains(sum.total());
    long hiddenSum = hidden.stream().mapToLong(p -> figures.get(p).longValue()).sum();
    boolean safe = hidden.isEmpty() ? !totalHidden : hidden.size() >= 2 && hiddenSum >= threshold;
    if (hidden.isEmpty() && totalHidden && parts.isEmpty()) {
      safe = true;
    }
    if (safe) {
      return false;
    }
    Optional<String> next =
        parts.stream()
            .filter(p -> !withheld.contains(p))
            .min(Comparator.comparingLong(p -> figures.get(p).longValue()));
    if (next.isPresent()) {
      withheld.add(next.get());
      return true;
    }
    if (!totalHidden) {
      withheld.add(sum.total());
      return true;
    }
    return false;
  }
}
