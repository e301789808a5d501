package org.haven.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.haven.statistics.Cubes.Dimension;
import org.haven.statistics.Cubes.Victim;

/**
 * The Eurostat and CTDC cross tables of a year, laid into the same {@link Figures} as the report's
 * tables, so that disclosure control sees and protects them together: a cell that is also a report
 * figure (women, the total, women in sexual exploitation) is that very figure, with one value or
 * withheld everywhere; every other cell is a figure of its own, tied by sums to its table's margins
 * and to the report figures it adds up to. Where CTDC's age bands cut across the report's, never
 * published counts of the common refinement tie the two.
 */
final class LinkedTables {

  /** The cross tables Haven publishes; each is one {@link Cubes#published} answer. */
  enum Table {
    EUROSTAT_SEX_BY_FORM(List.of(Dimension.EUROSTAT_SEX, Dimension.EUROSTAT_FORM)),
    EUROSTAT_SEX_BY_AGE(List.of(Dimension.EUROSTAT_SEX, Dimension.CHILD_OR_ADULT)),
    EUROSTAT_SEX_BY_CITIZENSHIP(List.of(Dimension.EUROSTAT_SEX, Dimension.CITIZENSHIP_GROUP)),
    CTDC(List.of(Dimension.CTDC_GENDER, Dimension.CTDC_AGE, Dimension.CTDC_EXPLOITATION));

    final List<Dimension> dimensions;

    Table(List<Dimension> dimensions) {
      this.dimensions = dimensions;
    }

    static Table of(List<Dimension> dimensions) {
      for (Table table : values()) {
        if (table.dimensions.equals(dimensions)) {
          return table;
        }
      }
      throw new IllegalArgumentException("No published cross table over " + dimensions);
    }
  }

  /** The values each dimension takes, in order. */
  static final Map<Dimension, List<String>> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put(Dimension.EUROSTAT_SEX, List.of("F", "M", "UNK"));
    VALUES.put(Dimension.EUROSTAT_FORM, List.of("SEXUAL", "LABOUR", "OTHER"));
    VALUES.put(Dimension.CHILD_OR_ADULT, List.of("CHILD", "ADULT", "UNK"));
    VALUES.put(
        Dimension.CITIZENSHIP_GROUP, List.of("REPORTING_COUNTRY", "OTHER_EU", "NON_EU", "UNK"));
    VALUES.put(Dimension.CTDC_GENDER, List.of("Female", "Male", "Trans/Non-conforming", "Unknown"));
    VALUES.put(
        Dimension.CTDC_AGE,
        List.of(
            "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+",
            "Unknown"));
    VALUES.put(
        Dimension.CTDC_EXPLOITATION,
        List.of("Sexual exploitation", "Forced labour", "Other", "Unknown"));
  }

  /**
   * The report figures a margin value stands for: one path (then the margin is that figure), or
   * several (then the margin is a figure of its own that adds them up).
   */
  private static List<String> reportFigures(Dimension dimension, String value) {
    return switch (dimension) {
      case EUROSTAT_SEX ->
          switch (value) {
            case "F" -> List.of("victims.bySex.female");
            case "M" -> List.of("victims.bySex.male");
            default -> List.of("victims.bySex.transgenderOrOther", "victims.bySex.unknown");
          };
      case CTDC_GENDER ->
          List.of(
              "victims.bySex."
                  + switch (value) {
                    case "Female" -> "female";
                    case "Male" -> "male";
                    case "Trans/Non-conforming" -> "transgenderOrOther";
                    default -> "unknown";
                  });
      case EUROSTAT_FORM, CTDC_EXPLOITATION ->
          forms(dimension, value).stream().map(f -> "victims.byMainExploitation." + f).toList();
      case CHILD_OR_ADULT ->
          switch (value) {
            case "CHILD" -> List.of("victims.byAge.0-17");
            case "UNK" -> List.of("victims.byAge.unknown");
            default ->
                Counting.AGE_BANDS.stream()
                    .filter(b -> !b.equals("0-17") && !b.equals("unknown"))
                    .map(b -> "victims.byAge." + b)
                    .toList();
          };
      default -> null; // citizenship groups and CTDC ages are tied otherwise
    };
  }

  /** The report's main forms a form category holds. */
  private static List<String> forms(Dimension dimension, String value) {
    return Counting.MAIN_FORMS.stream()
        .filter(
            form ->
                value.equals(
                    dimension.of(new Victim("female", 30, "XX", form), Counting.UNKNOWN_COUNTRY)))
        .toList();
  }

  /** The report's sex groups a sex category holds. */
  private static List<String> sexes(Dimension dimension, String value) {
    return Counting.SEXES.stream()
        .filter(sex -> value.equals(dimension.of(new Victim(sex, 30, "XX", "Undetermined"), "XX")))
        .toList();
  }

  /**
   * The common refinement of the report's and CTDC's age bands: its parts that are neither a band
   * of the report nor one of CTDC are never published.
   */
  private static final Map<String, int[]> AGE_ATOMS = new LinkedHashMap<>();

  static {
    int[][] ranges = {
      {0, 8}, {9, 17}, {18, 20}, {21, 23}, {24, 24}, {25, 26}, {27, 29}, {30, 34}, {35, 38},
      {39, 44}, {45, 47}, {48, 54}, {55, 200}
    };
    for (int[] r : ranges) {
      AGE_ATOMS.put(r[1] >= 200 ? r[0] + "+" : r[0] + "-" + r[1], r);
    }
  }

  private final Figures figures;
  private final String reportingCountry;
  private final Map<Table, Map<List<String>, String>> paths = new LinkedHashMap<>();

  LinkedTables(Figures figures, String reportingCountry) {
    this.figures = figures;
    this.reportingCountry = reportingCountry;
  }

  /** The path of the figure a cell (or a margin: "*" for the dimensions summed over) shows. */
  String path(Table table, List<String> coordinates) {
    return paths.get(table).get(coordinates);
  }

  /** Lays every cross table of {@code victims} into the figures, with the sums that tie them. */
  void add(List<Victim> victims) {
    ageAtoms(victims);
    for (Table table : Table.values()) {
      add(table, victims);
    }
  }

  private void ageAtoms(List<Victim> victims) {
    Map<String, Long> atoms = new LinkedHashMap<>();
    AGE_ATOMS.keySet().forEach(a -> atoms.put(a, 0L));
    for (Victim v : victims) {
      if (v.age() != null) {
        atoms.merge(atom(v.age()), 1L, Long::sum);
      }
    }
    atoms.forEach((atom, n) -> figures.hidden("age." + atom, n));
    for (String band : Counting.AGE_BANDS) {
      if (!band.equals("unknown")) {
        figures.sum("victims.byAge." + band, atomsWithin(band));
      }
    }
  }

  private static String atom(int age) {
    for (Map.Entry<String, int[]> atom : AGE_ATOMS.entrySet()) {
      if (age >= atom.getValue()[0] && age <= atom.getValue()[1]) {
        return atom.getKey();
      }
    }
    throw new IllegalStateException("no age atom for " + age);
  }

  /** The hidden age atoms a band (the report's "18-24" or CTDC's "18--20") is made of. */
  private static List<String> atomsWithin(String band) {
    String[] ends = band.replace("--", "-").replace("+", "-200").split("-");
    int from = Integer.parseInt(ends[0]);
    int to = Integer.parseInt(ends[1]);
    return AGE_ATOMS.entrySet().stream()
        .filter(a -> a.getValue()[0] >= from && a.getValue()[1] <= to)
        .map(a -> "age." + a.getKey())
        .toList();
  }

  private void add(Table table, List<Victim> victims) {
    List<Dimension> dimensions = table.dimensions;
    Map<List<String>, Long> cells = new LinkedHashMap<>();
    for (List<String> cell : cartesian(dimensions, List.of())) {
      cells.put(cell, 0L);
    }
    for (Victim v : victims) {
      List<String> cell = new ArrayList<>();
      for (Dimension d : dimensions) {
        cell.add(d.of(v, reportingCountry));
      }
      cells.merge(cell, 1L, Long::sum);
    }
    Map<List<String>, String> tablePaths = new LinkedHashMap<>();
    paths.put(table, tablePaths);
    List<String> all = dimensions.stream().map(d -> "*").toList();
    tablePaths.put(all, "victims.total");
    // the margins over each dimension: a report figure where there is one, else their own
    for (int d = 0; d < dimensions.size(); d++) {
      final int dim = d;
      for (String value : VALUES.get(dimensions.get(d))) {
        List<String> margin = new ArrayList<>(all);
        margin.set(d, value);
        long n =
            cells.entrySet().stream()
                .filter(c -> c.getKey().get(dim).equals(value))
                .mapToLong(Map.Entry::getValue)
                .sum();
        tablePaths.put(margin, marginFigure(table, dimensions.get(d), value, n));
      }
    }
    for (Map.Entry<List<String>, Long> cell : cells.entrySet()) {
      tablePaths.put(cell.getKey(), cellFigure(table, cell.getKey(), cell.getValue()));
    }
    // each margin is the sum of its table's cells; the total the sum of each dimension's margins
    for (int d = 0; d < dimensions.size(); d++) {
      List<String> marginPaths = new ArrayList<>();
      for (String value : VALUES.get(dimensions.get(d))) {
        List<String> margin = new ArrayList<>(all);
        margin.set(d, value);
        marginPaths.add(tablePaths.get(margin));
        final int dim = d;
        figures.sum(
            tablePaths.get(margin),
            cells.keySet().stream()
                .filter(c -> c.get(dim).equals(value))
                .map(tablePaths::get)
                .toList());
      }
      figures.sum("victims.total", marginPaths);
    }
    if (table == Table.CTDC) {
      tieGenderAndExploitation(tablePaths, cells.keySet());
    }
  }

  private String marginFigure(Table table, Dimension dimension, String value, long n) {
    List<String> report = reportFigures(dimension, value);
    if (report != null && report.size() == 1) {
      return report.get(0);
    }
    String path = table.name().startsWith("CTDC") ? "ctdc." : "eurostat.";
    path += dimension.name().toLowerCase(Locale.ROOT) + "." + value;
    if (figures.isCount(path)) {
      return path; // the same margin of another Eurostat table: one figure
    }
    figures.count(path, n);
    if (report != null) {
      figures.sum(path, report.stream().filter(figures::isCount).toList());
    } else if (dimension == Dimension.CTDC_AGE) {
      figures.sum(
          path, value.equals("Unknown") ? List.of("victims.byAge.unknown") : atomsWithin(value));
    } else if (dimension == Dimension.CITIZENSHIP_GROUP) {
      figures.sum(path, citizenships(value));
    }
    return path;
  }

  /** The report's citizenship figures a citizenship group adds up. */
  private List<String> citizenships(String group) {
    String prefix = "victims.byCitizenship.";
    return figures.counts().stream()
        .filter(p -> p.startsWith(prefix))
        .filter(
            p ->
                group.equals(
                    Dimension.CITIZENSHIP_GROUP.of(
                        new Victim("female", 30, p.substring(prefix.length()), "Undetermined"),
                        reportingCountry)))
        .toList();
  }

  private String cellFigure(Table table, List<String> cell, long n) {
    if (table == Table.EUROSTAT_SEX_BY_FORM) {
      List<String> report = new ArrayList<>();
      for (String form : forms(Dimension.EUROSTAT_FORM, cell.get(1))) {
        for (String sex : sexes(Dimension.EUROSTAT_SEX, cell.get(0))) {
          report.add("victims.byFormAndSex." + form + "." + sex);
        }
      }
      if (report.size() == 1) {
        return report.get(0);
      }
      String path = "eurostat.sexByForm." + String.join(".", cell);
      figures.count(path, n);
      figures.sum(path, report);
      return path;
    }
    String path =
        (table == Table.CTDC ? "ctdc.cell." : "eurostat." + table.name().toLowerCase() + ".")
            + String.join(".", cell);
    figures.count(path, n);
    return path;
  }

  /**
   * Summed over age, CTDC's gender-by-exploitation cells are the report's form-by-sex figures (or
   * add them up, for "Other"): the attacker can do that sum, so disclosure control does too.
   */
  private void tieGenderAndExploitation(
      Map<List<String>, String> tablePaths, Set<List<String>> cells) {
    for (String gender : VALUES.get(Dimension.CTDC_GENDER)) {
      for (String exploitation : VALUES.get(Dimension.CTDC_EXPLOITATION)) {
        List<String> acrossAges =
            cells.stream()
                .filter(c -> c.get(0).equals(gender) && c.get(2).equals(exploitation))
                .map(tablePaths::get)
                .toList();
        List<String> report = new ArrayList<>();
        for (String form : forms(Dimension.CTDC_EXPLOITATION, exploitation)) {
          for (String sex : sexes(Dimension.CTDC_GENDER, gender)) {
            report.add("victims.byFormAndSex." + form + "." + sex);
          }
        }
        String joint = "ctdc.genderByExploitation." + gender + "." + exploitation;
        long n = acrossAges.stream().mapToLong(p -> figures.get(p).longValue()).sum();
        figures.hidden(joint, n);
        figures.sum(joint, acrossAges);
        figures.sum(joint, report);
      }
    }
  }

  private static List<List<String>> cartesian(List<Dimension> dimensions, List<String> prefix) {
    if (prefix.size() == dimensions.size()) {
      return List.of(prefix);
    }
    List<List<String>> all = new ArrayList<>();
    for (String value : VALUES.get(dimensions.get(prefix.size()))) {
      List<String> next = new ArrayList<>(prefix);
      next.add(value);
      all.addAll(cartesian(dimensions, next));
    }
    return all;
  }
}
