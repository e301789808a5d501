package org.haven.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published view cannot be undone: over many seeded random years (from empty to a few hundred
 * victims, skewed so small cells are common), with the report's tables and the Eurostat and CTDC
 * cross tables linked in one view, no shown count is from 1 to k−1, and an attacker who knows every
 * shown figure of the year and every sum that ties them together cannot narrow a withheld small
 * count to an interval that leaves out 0 or k — neither by chained subtraction (interval
 * propagation to a fixed point, written here independently) nor by the exact linear programme.
 */
class DisclosureControlTest {

  private static final String[] COUNTRIES = {"RO", "NG", "TH", "VN", "UA", "PH", "AL", "BG", "CN"};

  @Test
  void noWithheldCountCanBeRecoveredAndNoShownCountIsBelowK() {
    for (int k : new int[] {3, 5, 10}) {
      for (long seed = 1; seed <= 50; seed++) {
        Figures exact = randomYear(new Random(seed * 31 + k));
        Figures published = exact.copy();
        DisclosureControl control = new DisclosureControl(k);
        List<String> withheld = control.apply(published, Optional.empty(), "test");
        for (String path : published.counts()) {
          Number shown = published.get(path);
          if (shown != null) {
            assertThat(shown.longValue() == 0 || shown.longValue() >= k)
                .as("seed %d k %d %s = %s", seed, k, path, shown)
                .isTrue();
          } else {
            assertThat(withheld).contains(path);
          }
        }
        Map<String, long[]> propagated = attack(published);
        Set<String> unknown = new LinkedHashSet<>(withheld);
        Map<String, long[]> exactly = new DisclosureControl.Attacker(exact).bounds(unknown);
        for (String path : withheld) {
          long truth = exact.isCount(path) ? exact.get(path).longValue() : 0;
          if (!published.isCount(path) || truth == 0 || truth >= k) {
            continue; // only the small counts need protecting; the others were withheld for them
          }
          for (Map<String, long[]> by : List.of(propagated, exactly)) {
            long[] b = by.get(path);
            assertThat(b[0] == 0 && b[1] >= k)
                .as(
                    "seed %d k %d: %s narrowed to [%d, %d] (true %d)",
                    seed, k, path, b[0], b[1], truth)
                .isTrue();
          }
        }
        assertThat(published.get("victims.age.min")).isNull();
        assertThat(published.get("victims.age.max")).isNull();
      }
    }
  }

  @Test
  void aSmallTableWithOneSmallCellHidesTheSmallestOtherThatProtectsItAndNoZero() {
    Tally tally = new Tally();
    for (int i = 0; i < 40; i++) {
      tally.victim(
          "female", 30, "RO", "SexualExploitation", new String[0], new String[0], "NationalCentre");
    }
    for (int i = 0; i < 9; i++) {
      tally.victim(
          "male", 30, "RO", "ForcedLabour", new String[0], new String[0], "NationalCentre");
    }
    tally.victim(
        "transgenderOrOther",
        30,
        "RO",
        "SexualExploitation",
        new String[0],
        new String[0],
        "NationalCentre");
    Figures exact = tally.figures(50);
    Figures f = exact.copy();
    List<String> withheld = new DisclosureControl(5).apply(f, Optional.empty(), "t");
    assertThat(withheld).contains("victims.bySex.transgenderOrOther");
    assertThat(withheld)
        .as("a zero reveals nobody and is not withheld for its own sake")
        .doesNotContain("victims.bySex.unknown");
    assertThat(f.get("victims.bySex.unknown")).isEqualTo(0L);
    assertThat(f.get("victims.total")).isEqualTo(50L);
    long[] attacked =
        new DisclosureControl.Attacker(exact)
            .bounds(new LinkedHashSet<>(withheld))
            .get("victims.bySex.transgenderOrOther");
    assertThat(attacked[0]).as("could be nobody").isZero();
    assertThat(attacked[1]).as("could be five or more").isGreaterThanOrEqualTo(5);
  }

  @Test
  void aYearOf43WomenAnd37MenAndNobodyElseShowsBothSexesWithAllItsLinkedTables() {
    Tally tally = new Tally();
    List<Cubes.Victim> victims = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String sex = i < 43 ? "female" : "male";
      String main =
          i % 5 == 0 ? "ForcedCriminality" : i % 2 == 0 ? "SexualExploitation" : "ForcedLabour";
      int age = i < 5 ? 16 : 20 + i % 30;
      String country = i % 3 == 0 ? "RO" : i % 3 == 1 ? "NG" : "VN";
      tally.victim(sex, age, country, main, new String[] {main}, new String[0], "NationalCentre");
      victims.add(new Cubes.Victim(sex, age, country, main));
    }
    Figures f = tally.figures(80);
    new LinkedTables(f, "DK").add(victims);
    new DisclosureControl(5).apply(f, Optional.empty(), "t");
    assertThat(f.get("victims.bySex.female")).isEqualTo(43L);
    assertThat(f.get("victims.bySex.male")).isEqualTo(37L);
    assertThat(f.get("victims.bySex.transgenderOrOther")).isEqualTo(0L);
    assertThat(f.get("victims.byAge.0-17")).isEqualTo(5L);
    assertThat(f.get("victims.byMainExploitation.ForcedCriminality")).isEqualTo(16L);
    assertThat(f.get("victims.total")).isEqualTo(80L);
  }

  @Test
  void aTableWithOneCellOf2WithholdsItAndTheFewestOthers() {
    Tally tally = new Tally();
    String[] countries = {"RO", "RO", "NG", "VN"};
    int[] counts = {30, 0, 20, 2};
    for (int c = 0; c < countries.length; c++) {
      for (int i = 0; i < counts[c]; i++) {
        tally.victim(
            "female",
            30,
            countries[c],
            "SexualExploitation",
            new String[0],
            new String[0],
            "NationalCentre");
      }
    }
    Figures f = tally.figures(52);
    List<String> withheld = new DisclosureControl(5).apply(f, Optional.empty(), "t");
    assertThat(withheld)
        .filteredOn(p -> p.startsWith("victims.byCitizenship."))
        .containsExactlyInAnyOrder("victims.byCitizenship.VN", "victims.byCitizenship.NG");
    assertThat(f.get("victims.byCitizenship.RO")).isEqualTo(30L);
  }

  @Test
  void noiseIsTheSameForTheSameFigureAndCentredOnTheTruth() {
    Noise noise = new Noise(new byte[32], 0.5);
    assertThat(noise.apply("2024", "victims.total", 80))
        .isEqualTo(noise.apply("2024", "victims.total", 80));
    long sum = 0;
    int n = 4000;
    for (int i = 0; i < n; i++) {
      sum += noise.apply("2024", "cell" + i, 100) - 100;
    }
    // the two-sided geometric distribution is symmetric: the mean error is near zero
    assertThat(Math.abs((double) sum / n)).isLessThan(0.3);
    Figures f = randomYear(new Random(7));
    Figures published = f.copy();
    new DisclosureControl(5).apply(published, Optional.of(noise), "2024");
    for (String path : published.counts()) {
      Number v = published.get(path);
      assertThat(v == null || v.longValue() == 0 || v.longValue() >= 5).as(path).isTrue();
      if (v != null && v.longValue() == 0) {
        assertThat(f.get(path)).as("a zero stays zero").isEqualTo(0L);
      }
    }
    Figures again = f.copy();
    new DisclosureControl(5).apply(again, Optional.of(noise), "2024");
    assertThat(again.all()).as("the same year, the same noise").isEqualTo(published.all());
  }

  /**
   * A year of victims with skewed attributes, plus returns, interviews and calls, with the Eurostat
   * and CTDC cross tables linked in.
   */
  static Figures randomYear(Random random) {
    Tally tally = new Tally();
    List<Cubes.Victim> linked = new ArrayList<>();
    int victims = random.nextInt(5) == 0 ? random.nextInt(6) : random.nextInt(250);
    for (int i = 0; i < victims; i++) {
      String sex = pick(random, Counting.SEXES, new double[] {0.7, 0.25, 0.03, 0.02});
      String main =
          pick(random, Counting.MAIN_FORMS, new double[] {0.45, 0.3, 0.12, 0.03, 0.04, 0.03, 0.03});
      Integer age = random.nextInt(20) == 0 ? null : 12 + random.nextInt(50);
      String country =
          COUNTRIES[Math.min(COUNTRIES.length - 1, (int) Math.abs(random.nextGaussian() * 3))];
      String authority = pick(random, Counting.AUTHORITIES, new double[] {0.35, 0.6, 0.05});
      tally.victim(sex, age, country, main, new String[] {main}, new String[0], authority);
      linked.add(new Cubes.Victim(sex, age, country, main));
    }
    for (String c : COUNTRIES) {
      if (random.nextBoolean()) {
        tally.returns(c, random.nextInt(8));
      }
    }
    tally.interviews("CENTRE", random.nextInt(60));
    tally.interviews("NGO", random.nextInt(8));
    for (String type : Counting.CALLER_TYPES) {
      tally.calls(type, random.nextInt(30));
    }
    Figures figures = tally.figures(victims);
    new LinkedTables(figures, "DK").add(linked);
    return figures;
  }

  private static String pick(Random random, List<String> values, double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < values.size(); i++) {
      r -= weights[i];
      if (r <= 0) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

  /**
   * What an attacker can learn: every count starts as its shown value or [0, ∞); each sum narrows
   * its parts and its total until nothing changes.
   */
  static Map<String, long[]> attack(Figures published) {
    long infinity = Long.MAX_VALUE / 4;
    Map<String, long[]> bounds = new HashMap<>();
    for (String path : published.counts()) {
      Number v = published.get(path);
      bounds.put(
          path, v == null ? new long[] {0, infinity} : new long[] {v.longValue(), v.longValue()});
    }
    for (String path : published.hiddenCounts()) {
      bounds.put(path, new long[] {0, infinity});
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Figures.Sum sum : published.sums()) {
        long[] total = bounds.get(sum.total());
        List<long[]> parts = new ArrayList<>();
        for (String p : sum.parts()) {
          parts.add(bounds.get(p));
        }
        long lo = 0;
        long hi = 0;
        for (long[] p : parts) {
          lo += p[0];
          hi = Math.min(infinity, hi + p[1]);
        }
        if (lo > total[0]) {
          total[0] = lo;
          changed = true;
        }
        if (hi < total[1]) {
          total[1] = hi;
          changed = true;
        }
        for (long[] p : parts) {
          long othersLo = lo - p[0];
          long othersHi = hi >= infinity || p[1] >= infinity ? infinity : hi - p[1];
          long newLo = othersHi >= infinity ? 0 : Math.max(p[0], total[0] - othersHi);
          long newHi = total[1] >= infinity ? p[1] : Math.min(p[1], total[1] - othersLo);
          if (newLo > p[0]) {
            p[0] = newLo;
            changed = true;
          }
          if (newHi < p[1]) {
            p[1] = newHi;
            changed = true;
          }
        }
      }
    }
    return bounds;
  }
}
