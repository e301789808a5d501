package org.haven.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.haven.access.Actor;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross tables of one year's victims for international reporting (Eurostat, CTDC), in the published
 * view only: every cell, every margin and the total go through {@link DisclosureControl} together,
 * with the sums that tie them, so no cell below the threshold can be read or worked out.
 */
@Service
public class Cubes {

  /** EU member states (ISO alpha-2), for Eurostat's citizenship groups. */
  static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** A dimension: its name and how a victim falls in it. */
  public enum Dimension {
    /** F, M or UNK (transgender and other persons: UNK, as Eurostat has no other category). */
    EUROSTAT_SEX(
        v ->
            switch (v.sex()) {
              case "female" -> "F";
              case "male" -> "M";
              default -> "UNK";
            }),
    /** Child (under 18), adult, or unknown. */
    CHILD_OR_ADULT(v -> v.age() == null ? "UNK" : v.age() < 18 ? "CHILD" : "ADULT"),
    /** REPORTING_COUNTRY, OTHER_EU, NON_EU or UNK. */
    CITIZENSHIP_GROUP(null),
    /** SEXUAL, LABOUR or OTHER: forced criminality, begging and servitude go to OTHER. */
    EUROSTAT_FORM(
        v ->
            switch (v.main()) {
              case "SexualExploitation" -> "SEXUAL";
              case "ForcedLabour" -> "LABOUR";
              default -> "OTHER";
            }),
    /** CTDC's gender: Female, Male, Transgender/NonConforming, Unknown. */
    CTDC_GENDER(
        v ->
            switch (v.sex()) {
              case "female" -> "Female";
              case "male" -> "Male";
              case "transgenderOrOther" -> "Trans/Non-conforming";
              default -> "Unknown";
            }),
    /** CTDC's broad age groups. */
    CTDC_AGE(v -> ctdcAge(v.age())),
    /** CTDC's type of exploitation: the main form in HTCDS terms. */
    CTDC_EXPLOITATION(
        v ->
            switch (v.main()) {
              case "SexualExploitation" -> "Sexual exploitation";
              case "ForcedLabour" -> "Forced labour";
              case "Undetermined" -> "Unknown";
              default -> "Other";
            });

    private final Function<Victim, String> value;

    Dimension(Function<Victim, String> value) {
      this.value = value;
    }

    String of(Victim victim, String reportingCountry) {
      if (this == CITIZENSHIP_GROUP) {
        String c = victim.citizenship();
        if (c == null || c.equals(Counting.UNKNOWN_COUNTRY)) {
          return "UNK";
        }
        return c.equals(reportingCountry)
            ? "REPORTING_COUNTRY"
            : EU.contains(c) ? "OTHER_EU" : "NON_EU";
      }
      return value.apply(victim);
    }
  }

  static String ctdcAge(Integer age) {
    if (age == null) {
      return "Unknown";
    }
    int[] upper = {8, 17, 20, 23, 26, 29, 38, 47};
    String[] names = {"0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47"};
    for (int i = 0; i < upper.length; i++) {
      if (age <= upper[i]) {
        return names[i];
      }
    }
    return "48+";
  }

  record Victim(String sex, Integer age, String citizenship, String main) {}

  /**
   * One cell of a published cross table; {@code value} null when withheld. A margin has "*" in the
   * dimensions it adds up over; the total has "*" in all.
   */
  public record Cell(Map<Dimension, String> coordinates, Long value) {}

  private final JdbcClient jdbc;
  private final StatisticsSettings settings;
  private final AuditTrail audit;

  Cubes(JdbcClient jdbc, StatisticsSettings settings, AuditTrail audit) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.audit = audit;
  }

  /** The published cross table of {@code year}'s victims over {@code dimensions}; audited. */
  @Transactional
  public List<Cell> published(int year, List<Dimension> dimensions, Actor by) {
    audit.record(by.audit(), AuditAction.EXPORT, "StatisticsCube", year + ":" + dimensions);
    Map<String, Long> cells = new TreeMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT ON (person_id) sex, age, citizenship, main_form
            FROM statistics.decision WHERE outcome = 'VICTIM' AND decision_year = ?
            ORDER BY person_id, decided_on DESC, recorded_at DESC
            """)
        .param(year)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  Victim v =
                      new Victim(
                          rs.getString("sex"),
                          (Integer) rs.getObject("age"),
                          rs.getString("citizenship"),
                          rs.getString("main_form"));
                  List<String> key = new ArrayList<>();
                  for (Dimension d : dimensions) {
                    key.add(d.of(v, settings.reportingCountry()));
                  }
                  cells.merge(String.join("|", key), 1L, Long::sum);
                });
    Figures f = new Figures();
    long total = cells.values().stream().mapToLong(Long::longValue).sum();
    f.count(path(dimensions.size(), -1, null), total);
    List<Map<String, Long>> margins = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      Map<String, Long> margin = new LinkedHashMap<>();
      for (Map.Entry<String, Long> cell : cells.entrySet()) {
        margin.merge(cell.getKey().split("\\|")[d], cell.getValue(), Long::sum);
      }
      margins.add(margin);
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Long> m : margin.entrySet()) {
        String path = path(dimensions.size(), d, m.getKey());
        f.count(path, m.getValue());
        parts.add(path);
        List<String> inner = new ArrayList<>();
        for (String cell : cells.keySet()) {
          if (cell.split("\\|")[d].equals(m.getKey())) {
            inner.add(cell);
          }
        }
        f.sum(path, inner);
      }
      f.sum(path(dimensions.size(), -1, null), parts);
    }
    cells.forEach(f::count);
    f.sum(path(dimensions.size(), -1, null), List.copyOf(cells.keySet()));
    new DisclosureControl(settings.threshold()).apply(f, Optional.empty(), "cube" + year);
    List<Cell> out = new ArrayList<>();
    for (Map.Entry<String, Number> e : f.all().entrySet()) {
      String[] parts = e.getKey().split("\\|", -1);
      Map<Dimension, String> coordinates = new LinkedHashMap<>();
      for (int d = 0; d < dimensions.size(); d++) {
        coordinates.put(dimensions.get(d), parts[d]);
      }
      out.add(new Cell(coordinates, e.getValue() == null ? null : e.getValue().longValue()));
    }
    return out;
  }

  /** The path of the total (d = -1) or of a margin over dimension d. */
  private static String path(int dimensions, int d, String value) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < dimensions; i++) {
      parts.add(i == d ? value : "*");
    }
    return String.join("|", parts);
  }
}
