package org.haven.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one report, flat by path (such as victims.bySex.female), with the arithmetic that
 * ties them together (a total is the sum of its parts), which disclosure control must respect.
 */
final class Figures {

  /** The total equals the sum of the parts (as far as all are counts). */
  record Sum(String total, List<String> parts) {}

  private final Map<String, Number> values = new LinkedHashMap<>();
  private final Set<String> counts = new LinkedHashSet<>();
  private final Map<String, Long> hidden = new LinkedHashMap<>();
  private final List<Sum> sums = new ArrayList<>();

  /** Adds a count of persons, calls or interviews: subject to the threshold. */
  Figures count(String path, long value) {
    values.put(path, value);
    counts.add(path);
    return this;
  }

  /**
   * Adds a count that is never published but that sums tie to published ones: the common refinement
   * of two tables that cut the same persons differently (age bands of the report and of CTDC). An
   * attacker does not know it; disclosure control reasons with it.
   */
  Figures hidden(String path, long value) {
    hidden.put(path, value);
    return this;
  }

  /** Adds a figure that is not a count (a year, a mean, a number of countries). */
  Figures other(String path, Number value) {
    values.put(path, value);
    return this;
  }

  Figures sum(String total, List<String> parts) {
    sums.add(new Sum(total, List.copyOf(parts)));
    return this;
  }

  Number get(String path) {
    Number value = values.get(path);
    return value != null || !hidden.containsKey(path) ? value : hidden.get(path);
  }

  boolean has(String path) {
    return values.containsKey(path);
  }

  /** Whether the path is a count that is never published. */
  boolean isHidden(String path) {
    return hidden.containsKey(path);
  }

  Set<String> hiddenCounts() {
    return Collections.unmodifiableSet(hidden.keySet());
  }

  void set(String path, Number value) {
    values.put(path, value);
  }

  boolean isCount(String path) {
    return counts.contains(path);
  }

  Set<String> counts() {
    return Collections.unmodifiableSet(counts);
  }

  List<Sum> sums() {
    return Collections.unmodifiableList(sums);
  }

  /** Every path in order, with its value (null when withheld). */
  Map<String, Number> all() {
    return Collections.unmodifiableMap(values);
  }

  Figures copy() {
    Figures copy = new Figures();
    copy.values.putAll(values);
    copy.counts.addAll(counts);
    copy.hidden.putAll(hidden);
    copy.sums.addAll(sums);
    return copy;
  }
}
