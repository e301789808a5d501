package org.haven.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published view's rule, applied once to every figure of a year together — the report's tables,
 * the Eurostat and CTDC cross tables and the sums that tie them all (the linked tables):
 *
 * <ol>
 *   <li><b>Primary cells</b>: a count from 1 to k−1 is sensitive and withheld. A zero is not: it
 *       says nobody is in the cell, which tells nothing about any person. (The one zero that can
 *       reveal is a table whose every other cell is zero, so that the one non-zero cell holds
 *       everybody; that cell is then the table's total and is protected as a count of its own if it
 *       is small.)
 *   <li><b>Protection by interval</b>: an attacker who knows every published figure of the year and
 *       every sum between them (an exact linear programme, {@link LinearBounds}, over all the
 *       linked tables) must not be able to narrow a withheld primary count to an interval that
 *       leaves out 0 or k: as far as anything published tells, it could be nobody, and it could be
 *       k persons or more. That is the protection range: lower protection down to zero, upper
 *       protection up to k.
 *   <li><b>Secondary cells by the smallest loss</b>: while a primary count is not protected, the
 *       shown count of smallest value (then first in the report's order) among those tied to it by
 *       a sum whose withholding protects it is withheld too; when no single one does, the smallest
 *       tied count is withheld and the search goes on.
 *   <li><b>Noise</b>, when configured, goes on the shown counts afterwards (a zero stays zero, and
 *       a shown count never falls below k), the same figure always with the same noise.
 *   <li>The smallest and largest age are individual values and are never published; the mean age
 *       only over at least k persons of known age.
 * </ol>
 */
final class DisclosureControl {

  /** How many dearer candidates are tried for one that protects at once, after one that helps. */
  private static final int LOOKAHEAD = 6;

  /**
   * How many candidates are tried before the cheapest is withheld although none alone brought the
   * interval closer (two or more together may: a rectangle of a cross table).
   */
  private static final int SEARCH = 12;

  /** How many sums away from a count chained subtraction looks (a cube's far corner is three). */
  private static final int NEARBY = 3;

  /**
   * Counts never withheld for another's sake: the year's total, which the trend, last year's total
   * and the cumulative total of other reports show, so it is withheld only when it is small itself.
   */
  static final Set<String> NEVER_SECONDARY = Set.of("victims.total");

  private final int threshold;

  DisclosureControl(int threshold) {
    this.threshold = threshold;
  }

  /** The withheld paths, in the figures' order; the figures are changed in place. */
  List<String> apply(Figures figures, Optional<Noise> noise, String scope) {
    Set<String> withheld = new LinkedHashSet<>();
    List<String> primaries = new ArrayList<>();
    for (String path : figures.counts()) {
      long value = figures.get(path).longValue();
      if (value > 0 && value < threshold) {
        withheld.add(path);
        primaries.add(path);
      }
    }
    protect(figures, primaries, withheld);
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
    noise.ifPresent(n -> addNoise(figures, n, scope));
    return ordered;
  }

  /** Whether an attacker's interval for a withheld count meets the protection range [0, k]. */
  boolean protectedBy(long[] interval) {
    return interval[0] == 0 && interval[1] >= threshold;
  }

  private void protect(Figures figures, List<String> primaries, Set<String> withheld) {
    Attacker attacker = new Attacker(figures);
    // chained subtraction first (cheap and nearly always as strong), then the exact programme
    // checks every primary count and withholds more where it finds one narrowed
    for (String primary : primaries) {
      protect(primary, withheld, attacker, attacker::propagated);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String primary : primaries) {
        changed |= protect(primary, withheld, attacker, attacker::interval);
      }
    }
  }

  /** The attacker's interval for a count, with the given counts withheld. */
  private interface Interval {
    long[] of(String path, Set<String> withheld);
  }

  /**
   * Withholds tied counts until {@code primary} is protected against {@code interval}; true if it
   * withheld any.
   */
  private boolean protect(
      String primary, Set<String> withheld, Attacker attacker, Interval interval) {
    boolean added = false;
    while (!protectedBy(interval.of(primary, withheld))) {
      List<String> tied = attacker.tiedShownCounts(primary, withheld);
      if (tied.isEmpty()) {
        break; // nothing left to withhold around it: it stands in no sum
      }
      long[] now = interval.of(primary, withheld);
      String chosen = null;
      String progressing = null;
      int looked = 0;
      for (String candidate : tied) {
        withheld.add(candidate);
        long[] after = interval.of(primary, withheld);
        withheld.remove(candidate);
        if (protectedBy(after)) {
          chosen = candidate;
          break;
        }
        if (progressing == null && score(after) > score(now)) {
          progressing = candidate; // the cheapest that gets the interval closer to [0, k]
        }
        // a few dearer ones may protect at once; beyond that, take the step and look again
        if (++looked > (progressing == null ? SEARCH : LOOKAHEAD)) {
          break;
        }
      }
      withheld.add(
          chosen != null
              ? chosen
              : progressing != null ? progressing : attacker.firstNonZero(tied));
      added = true;
    }
    return added;
  }

  /** How close an interval is to the protection range: 0 and k inside it. */
  private long score(long[] interval) {
    return (interval[0] == 0 ? threshold : threshold - Math.min(threshold, interval[0]))
        + Math.min(interval[1], threshold);
  }

  private void addNoise(Figures figures, Noise noise, String scope) {
    for (String path : figures.counts()) {
      Number shown = figures.get(path);
      if (shown == null || shown.longValue() == 0) {
        continue;
      }
      figures.set(path, Math.max(threshold, noise.apply(scope, path, shown.longValue())));
    }
  }

  /**
   * What an attacker who knows every shown figure and every sum learns about the others: exact
   * bounds from the linear programme of the sums in which they stand (one programme per group of
   * counts tied together by sums through unknown counts).
   */
  static final class Attacker {

    private final Figures figures;
    private final Map<String, List<Figures.Sum>> sumsOf = new HashMap<>();

    Attacker(Figures figures) {
      this.figures = figures;
      for (Figures.Sum sum : figures.sums()) {
        sumsOf.computeIfAbsent(sum.total(), p -> new ArrayList<>()).add(sum);
        for (String part : sum.parts()) {
          sumsOf.computeIfAbsent(part, p -> new ArrayList<>()).add(sum);
        }
      }
    }

    /**
     * The interval chained subtraction narrows {@code path} to: each sum narrows its members from
     * the others' intervals, until nothing changes (interval propagation; never stronger than the
     * linear programme).
     */
    long[] propagated(String path, Set<String> withheld) {
      Set<String> group = group(path, withheld, NEARBY);
      Map<String, long[]> bounds = new HashMap<>();
      for (String unknown : group) {
        bounds.put(unknown, new long[] {0, LinearBounds.UNBOUNDED});
      }
      Set<Figures.Sum> sums = new LinkedHashSet<>();
      for (String unknown : group) {
        sums.addAll(sumsOf.getOrDefault(unknown, List.of()));
      }
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Figures.Sum sum : sums) {
          if (!known(sum.total())) {
            continue;
          }
          long[] total = range(sum.total(), bounds, withheld);
          List<String> members = new ArrayList<>();
          List<long[]> parts = new ArrayList<>();
          for (String part : sum.parts()) {
            if (known(part)) {
              members.add(part);
              parts.add(range(part, bounds, withheld));
            }
          }
          long lo = 0;
          long hi = 0;
          for (long[] p : parts) {
            lo += p[0];
            hi = Math.min(LinearBounds.UNBOUNDED, hi + p[1]);
          }
          if (bounds.containsKey(sum.total())) {
            changed |= narrow(total, lo, hi);
          }
          for (int i = 0; i < parts.size(); i++) {
            if (!bounds.containsKey(members.get(i))) {
              continue; // a shown count, or an unknown beyond the neighbourhood: not narrowed
            }
            long[] p = parts.get(i);
            long othersLo = lo - p[0];
            long othersHi =
                hi >= LinearBounds.UNBOUNDED || p[1] >= LinearBounds.UNBOUNDED
                    ? LinearBounds.UNBOUNDED
                    : hi - p[1];
            long newLo = othersHi >= LinearBounds.UNBOUNDED ? 0 : total[0] - othersHi;
            long newHi =
                total[1] >= LinearBounds.UNBOUNDED ? LinearBounds.UNBOUNDED : total[1] - othersLo;
            changed |= narrow(p, newLo, newHi);
          }
        }
      }
      return bounds.get(path);
    }

    /**
     * A member's interval: its own bounds in the group, anything for an unknown count beyond it,
     * else its shown value (a fresh copy).
     */
    private long[] range(String path, Map<String, long[]> bounds, Set<String> withheld) {
      long[] b = bounds.get(path);
      if (b != null) {
        return b;
      }
      if (unknown(path, withheld)) {
        return new long[] {0, LinearBounds.UNBOUNDED};
      }
      long v = figures.get(path).longValue();
      return new long[] {v, v};
    }

    private static boolean narrow(long[] interval, long lo, long hi) {
      boolean changed = false;
      if (lo > interval[0]) {
        interval[0] = lo;
        changed = true;
      }
      if (hi < interval[1]) {
        interval[1] = hi;
        changed = true;
      }
      return changed;
    }

    /** The interval the attacker can narrow {@code path} to, with {@code withheld} not shown. */
    long[] interval(String path, Set<String> withheld) {
      return bounds(group(path, withheld), withheld, path).get(path);
    }

    /** Every unknown count's interval. */
    Map<String, long[]> bounds(Set<String> withheld) {
      Map<String, long[]> all = new LinkedHashMap<>();
      Set<String> done = new HashSet<>();
      for (String path : withheld) {
        if (done.contains(path) || !known(path)) {
          continue;
        }
        Set<String> group = group(path, withheld);
        done.addAll(group);
        all.putAll(bounds(group, withheld, null));
      }
      return all;
    }

    /**
     * The shown counts in a sum with the unknown counts tied to {@code path}, smallest first (then
     * in the report's order): the candidates for secondary suppression.
     */
    List<String> tiedShownCounts(String path, Set<String> withheld) {
      Set<String> candidates = new LinkedHashSet<>();
      for (String unknown : group(path, withheld)) {
        for (Figures.Sum sum : sumsOf.getOrDefault(unknown, List.of())) {
          for (String member : members(sum)) {
            if (figures.isCount(member)
                && !withheld.contains(member)
                && !NEVER_SECONDARY.contains(member)) {
              candidates.add(member);
            }
          }
        }
      }
      List<String> order = new ArrayList<>(figures.counts());
      Map<String, Integer> rank = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        rank.put(order.get(i), i);
      }
      return candidates.stream()
          .sorted(
              Comparator.<String, Boolean>comparing(Attacker::reportFigure)
                  .thenComparingLong(p -> figures.get(p).longValue())
                  .thenComparing(p -> rank.getOrDefault(p, Integer.MAX_VALUE)))
          .toList();
    }

    /**
     * When no single count helps (two corners of a rectangle are needed together), the cheapest one
     * that holds anybody: a withheld zero never lets a count rise.
     */
    String firstNonZero(List<String> tied) {
      return tied.stream()
          .filter(p -> figures.get(p).longValue() > 0)
          .findFirst()
          .orElse(tied.get(0));
    }

    /**
     * Whether a count is one of the report's own figures: those cost the most to withhold (the
     * report's readers and the year's headline figures), so cells of the cross tables go first.
     */
    private static boolean reportFigure(String path) {
      return !path.startsWith("eurostat.") && !path.startsWith("ctdc.");
    }

    private boolean known(String path) {
      return figures.isCount(path) || figures.isHidden(path);
    }

    private boolean unknown(String path, Set<String> withheld) {
      return figures.isHidden(path) || withheld.contains(path);
    }

    private static List<String> members(Figures.Sum sum) {
      List<String> members = new ArrayList<>(sum.parts());
      members.add(sum.total());
      return members;
    }

    /** The unknown counts tied to {@code path} through sums, {@code path} included. */
    private Set<String> group(String path, Set<String> withheld) {
      return group(path, withheld, Integer.MAX_VALUE);
    }

    /**
     * The unknown counts tied to {@code path} through at most {@code steps} sums: for chained
     * subtraction around a count (a row, a rectangle, a cube's corners); the exact programme always
     * takes the whole group.
     */
    private Set<String> group(String path, Set<String> withheld, int steps) {
      Map<String, Integer> depth = new LinkedHashMap<>();
      Deque<String> queue = new ArrayDeque<>();
      depth.put(path, 0);
      queue.add(path);
      while (!queue.isEmpty()) {
        String next = queue.poll();
        int d = depth.get(next);
        if (d >= steps) {
          continue;
        }
        for (Figures.Sum sum : sumsOf.getOrDefault(next, List.of())) {
          for (String member : members(sum)) {
            if (known(member) && unknown(member, withheld) && !depth.containsKey(member)) {
              depth.put(member, d + 1);
              queue.add(member);
            }
          }
        }
      }
      return depth.keySet();
    }

    /**
     * The exact bounds of the counts of a group (of {@code only}, when given), from the sums its
     * counts stand in.
     */
    private Map<String, long[]> bounds(Set<String> group, Set<String> withheld, String only) {
      List<String> variables = new ArrayList<>(group);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < variables.size(); i++) {
        index.put(variables.get(i), i);
      }
      LinearBounds programme = new LinearBounds(variables.size());
      Set<Figures.Sum> seen = new HashSet<>();
      for (String variable : variables) {
        for (Figures.Sum sum : sumsOf.getOrDefault(variable, List.of())) {
          if (!seen.add(sum) || !known(sum.total())) {
            continue;
          }
          double[] coefficients = new double[variables.size()];
          double constant = 0;
          constant -= term(sum.total(), -1, coefficients, index, withheld);
          for (String part : sum.parts()) {
            if (known(part)) {
              constant -= term(part, 1, coefficients, index, withheld);
            }
          }
          programme.equation(coefficients, constant);
        }
      }
      Map<String, long[]> bounds = new LinkedHashMap<>();
      if (only != null) {
        long[] range = programme.bounds(index.get(only));
        bounds.put(only, range == null ? new long[] {0, LinearBounds.UNBOUNDED} : range);
        return bounds;
      }
      long[][] solved = programme.bounds();
      for (int i = 0; i < variables.size(); i++) {
        bounds.put(
            variables.get(i), solved == null ? new long[] {0, LinearBounds.UNBOUNDED} : solved[i]);
      }
      return bounds;
    }

    /**
     * Puts a member of a sum into an equation: an unknown as a coefficient, a shown count as its
     * value (returned, signed, to be moved to the constant side).
     */
    private double term(
        String path,
        int sign,
        double[] coefficients,
        Map<String, Integer> index,
        Set<String> withheld) {
      Integer i = index.get(path);
      if (i != null) {
        coefficients[i] += sign;
        return 0;
      }
      if (unknown(path, withheld)) {
        throw new IllegalStateException("an unknown count outside its group: " + path);
      }
      return sign * figures.get(path).doubleValue();
    }
  }
}
