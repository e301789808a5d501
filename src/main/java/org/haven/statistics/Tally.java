package org.haven.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts one year: each victim once (with the attributes of their latest positive decision in the
 * year), returns by country, interviews by who held them, hotline calls by caller; then lays the
 * counts out as {@link Figures} with the sums that tie them together.
 */
final class Tally {

  private final Map<String, Long> bySex = zeros(Counting.SEXES);
  private final Map<String, Long> byBand = zeros(Counting.AGE_BANDS);
  private final Map<String, Long> byMain = zeros(Counting.MAIN_FORMS);
  private final Map<String, Long> byAuthority = zeros(Counting.AUTHORITIES);
  private final Map<String, Map<String, Long>> byFormAndSex = new LinkedHashMap<>();
  private final Map<String, Long> byForm = new TreeMap<>();
  private final Map<String, Long> byIndustry = new TreeMap<>();
  private final Map<String, Long> byCountry = new HashMap<>();
  private final Map<String, Long> returns = new HashMap<>();
  private final Map<String, Long> interviews = zeros(List.of("CENTRE", "NGO"));
  private final Map<String, Long> calls = zeros(Counting.CALLER_TYPES);
  private long ageMin = Long.MAX_VALUE;
  private long ageMax = Long.MIN_VALUE;
  private long ageSum;
  private long ageKnown;

  Tally() {
    Counting.MAIN_FORMS.forEach(form -> byFormAndSex.put(form, zeros(Counting.SEXES)));
  }

  void victim(
      String sex,
      Integer age,
      String citizenship,
      String main,
      String[] forms,
      String[] industries,
      String authority) {
    bySex.merge(sex, 1L, Long::sum);
    byMain.merge(main, 1L, Long::sum);
    byFormAndSex.get(main).merge(sex, 1L, Long::sum);
    byAuthority.merge(authority, 1L, Long::sum);
    byBand.merge(Counting.ageBand(age), 1L, Long::sum);
    if (age != null) {
      ageMin = Math.min(ageMin, age);
      ageMax = Math.max(ageMax, age);
      ageSum += age;
      ageKnown++;
    }
    byCountry.merge(
        citizenship == null ? Counting.UNKNOWN_COUNTRY : citizenship.strip(), 1L, Long::sum);
    for (String form : forms) {
      byForm.merge(form, 1L, Long::sum);
    }
    for (String industry : industries) {
      byIndustry.merge(industry, 1L, Long::sum);
    }
  }

  void returns(String country, long n) {
    returns.merge(country == null ? Counting.UNKNOWN_COUNTRY : country.strip(), n, Long::sum);
  }

  void interviews(String conductor, long n) {
    interviews.merge(conductor, n, Long::sum);
  }

  void calls(String callerType, long n) {
    calls.merge(callerType, n, Long::sum);
  }

  /**
   * The year's figures. Last year's total, the cumulative total and the first year are added by the
   * report from the other years' views.
   *
   * @param total persons counted in the year (also the sum of every victims table)
   */
  Figures figures(long total) {
    Figures f = new Figures();
    f.count("victims.total", total);
    f.other("victims.previousYearTotal", null);
    f.other("victims.cumulativeTotal", null);
    f.other("victims.firstYear", null);
    counts(f, "victims.bySex", bySex, "victims.total");
    counts(f, "victims.byAge", byBand, "victims.total");
    f.other("victims.age.minors", null);
    f.other("victims.age.under25", null);
    f.other("victims.age.mean", ageKnown == 0 ? null : Math.round(10.0 * ageSum / ageKnown) / 10.0);
    f.other("victims.age.min", ageKnown == 0 ? null : ageMin);
    f.other("victims.age.max", ageKnown == 0 ? null : ageMax);
    f.other("victims.age.known", ageKnown);
    counts(f, "victims.byMainExploitation", byMain, "victims.total");
    for (String form : Counting.MAIN_FORMS) {
      counts(
          f,
          "victims.byFormAndSex." + form,
          byFormAndSex.get(form),
          "victims.byMainExploitation." + form);
    }
    for (String sex : Counting.SEXES) {
      f.sum(
          "victims.bySex." + sex,
          Counting.MAIN_FORMS.stream().map(m -> "victims.byFormAndSex." + m + "." + sex).toList());
    }
    byForm.forEach((form, n) -> f.count("victims.byForm." + form, n));
    byIndustry.forEach((industry, n) -> f.count("victims.byForcedLabourIndustry." + industry, n));
    Map<String, Long> countries = ranked(byCountry);
    counts(f, "victims.byCitizenship", countries, "victims.total");
    f.other(
        "victims.distinctCitizenships",
        countries.keySet().stream().filter(c -> !c.equals(Counting.UNKNOWN_COUNTRY)).count());
    counts(f, "victims.byDecidingAuthority", byAuthority, "victims.total");

    f.count("repatriations.total", returns.values().stream().mapToLong(Long::longValue).sum());
    counts(f, "repatriations.byCountry", ranked(returns), "repatriations.total");
    f.count("interviews.total", interviews.get("CENTRE") + interviews.get("NGO"));
    f.count("interviews.byCentre", interviews.get("CENTRE"));
    f.count("interviews.byNgo", interviews.get("NGO"));
    f.sum("interviews.total", List.of("interviews.byCentre", "interviews.byNgo"));
    f.count("hotlineCalls.total", calls.values().stream().mapToLong(Long::longValue).sum());
    counts(f, "hotlineCalls.byCallerType", calls, "hotlineCalls.total");
    return f;
  }

  private static Map<String, Long> zeros(List<String> keys) {
    Map<String, Long> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0L));
    return map;
  }

  /** Largest first, then by code; unknown last. */
  private static Map<String, Long> ranked(Map<String, Long> counts) {
    Map<String, Long> ranked = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Long>, Boolean>comparing(
                    e -> e.getKey().equals(Counting.UNKNOWN_COUNTRY))
                .thenComparing(Map.Entry.<String, Long>comparingByValue().reversed())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ranked.put(e.getKey(), e.getValue()));
    return ranked;
  }

  private static void counts(Figures f, String prefix, Map<String, Long> counts, String total) {
    if (counts.isEmpty()) {
      return; // an empty table only says that nobody was counted
    }
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (key, n) -> {
          f.count(prefix + "." + key, n);
          parts.add(prefix + "." + key);
        });
    f.sum(total, parts);
  }
}
