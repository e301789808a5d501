package org.haven.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The published view cannot be undone: over many seeded random years (from empty to a few hundred
 * victims, skewed so small cells are common), no shown count is below k, and an attacker who knows
 * every shown figure and every sum that ties them together cannot pin any withheld count to one
 * value — by subtraction or by chaining subtractions (interval propagation to a fixed point).
 */
class DisclosureControlTest {

  private static final String[] COUNTRIES = {"RO", "NG", "TH", "VN", "UA", "PH", "AL", "BG", "CN"};

  @Test
  void noWithheldCountCanBeRecoveredAndNoShownCountIsBelowK() {
    for (int k : new int[] {3, 5, 10}) {
      for (long seed = 1; seed <= 300; seed++) {
        Figures exact = randomYear(new Random(seed * 31 + k));
        Figures published = exact.copy();
        List<String> withheld = new DisclosureControl(k).apply(published, Optional.empty(), "test");
        for (String path : published.counts()) {
          Number shown = published.get(path);
          if (shown != null) {
            assertThat(shown.longValue())
                .as("seed %d k %d %s", seed, k, path)
                .isGreaterThanOrEqualTo(k);
          } else {
            assertThat(withheld).contains(path);
          }
        }
        Map<String, long[]> bounds = attack(published);
        for (String path : withheld) {
          if (!published.isCount(path)) {
            continue;
          }
          long[] b = bounds.get(path);
          assertThat(b[0] < b[1])
              .as("seed %d k %d: %s pinned to %d (true %s)", seed, k, path, b[0], exact.get(path))
              .isTrue();
        }
        assertThat(published.get("victims.age.min")).isNull();
        assertThat(published.get("victims.age.max")).isNull();
      }
    }
  }

  @Test
  void aSmallTableWithOneSmallCellHidesASecondOne() {
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
    Figures f = tally.figures(50, 40, 90, 2020);
    List<String> withheld = new DisclosureControl(5).apply(f, Optional.empty(), "t");
    // transgenderOrOther (1) and unknown (0) add up to 1 < 5: men (9) are withheld too
    assertThat(withheld)
        .contains(
            "victims.bySex.transgenderOrOther", "victims.bySex.unknown", "victims.bySex.male");
    assertThat(f.get("victims.bySex.female")).isEqualTo(40L);
    assertThat(f.get("victims.total")).isEqualTo(50L);
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
      assertThat(v == null || v.longValue() >= 5).isTrue();
    }
  }

  /** A year of victims with skewed attributes, plus returns, interviews and calls. */
  static Figures randomYear(Random random) {
    Tally tally = new Tally();
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
    return tally.figures(victims, random.nextInt(100), 500, 2010);
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
