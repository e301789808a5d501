package org.haven.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.haven.access.Actor;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
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

  private final AnnualReports reports;
  private final AuditTrail audit;

  Cubes(AnnualReports reports, AuditTrail audit) {
    this.reports = reports;
    this.audit = audit;
  }

  /**
   * The published cross table of {@code year}'s victims over {@code dimensions} (one of the tables
   * Haven publishes: Eurostat's sex by form, by age and by citizenship group, CTDC's gender by age
   * by exploitation): the total, each dimension's margins and every cell, read from the year's one
   * published view, so each figure is the same here as in the report, or withheld in both; audited.
   */
  @Transactional
  public List<Cell> published(int year, List<Dimension> dimensions, Actor by) {
    LinkedTables.Table table = LinkedTables.Table.of(dimensions);
    audit.record(by.audit(), AuditAction.EXPORT, "StatisticsCube", year + ":" + dimensions);
    AnnualReports.YearView view = reports.view(year, Disclosure.published);
    List<Cell> out = new ArrayList<>();
    for (List<String> coordinates : coordinates(dimensions)) {
      Number value = view.figures().get(view.tables().path(table, coordinates));
      Map<Dimension, String> named = new LinkedHashMap<>();
      for (int d = 0; d < dimensions.size(); d++) {
        named.put(dimensions.get(d), coordinates.get(d));
      }
      out.add(new Cell(named, value == null ? null : value.longValue()));
    }
    return out;
  }

  /** The total, then each dimension's margins, then the cells, each in the dimensions' order. */
  private static List<List<String>> coordinates(List<Dimension> dimensions) {
    List<String> all = dimensions.stream().map(d -> "*").toList();
    List<List<String>> out = new ArrayList<>();
    out.add(all);
    for (int d = 0; d < dimensions.size(); d++) {
      for (String value : LinkedTables.VALUES.get(dimensions.get(d))) {
        List<String> margin = new ArrayList<>(all);
        margin.set(d, value);
        out.add(margin);
      }
    }
    cells(dimensions, new ArrayList<>(), out);
    return out;
  }

  private static void cells(
      List<Dimension> dimensions, List<String> prefix, List<List<String>> out) {
    if (prefix.size() == dimensions.size()) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (String value : LinkedTables.VALUES.get(dimensions.get(prefix.size()))) {
      prefix.add(value);
      cells(dimensions, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }
}
