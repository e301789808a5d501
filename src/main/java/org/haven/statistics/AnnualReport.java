package org.haven.statistics;

import java.util.List;
import java.util.Map;

/**
 * One year's status report in one view.
 *
 * @param figures every figure by path ({@code victims.bySex.female}), in report order; null where
 *     the published view withholds it
 * @param suppressed the withheld paths (published view)
 * @param tables how the figures are laid out in tables (HTML, CSV, PDF)
 * @param changes the year-over-year changes worth saying in words
 * @param noiseEpsilon the ε of the noise added to the published counts, or null
 */
public record AnnualReport(
    int year,
    Disclosure disclosure,
    int threshold,
    Double noiseEpsilon,
    Map<String, Number> figures,
    List<String> suppressed,
    List<Table> tables,
    List<Change> changes) {

  /** The figure at {@code path}, or null (withheld or absent). */
  public Number figure(String path) {
    return figures.get(path);
  }

  /** Whether there is anything to report for the year. */
  public boolean empty() {
    return tables.stream()
        .allMatch(
            t ->
                t.cells().stream()
                    .allMatch(
                        c ->
                            c == null
                                || figures.get(c) == null
                                || figures.get(c).longValue() == 0));
  }

  /**
   * A table of the report: rows (and columns, for a cross table) whose cells are figure paths.
   *
   * @param id a stable name, also the CSV file's name
   * @param rows row keys (country codes, form names, …)
   * @param columns column keys; empty for a one-way table
   * @param prefix the paths' common start; the path of a cell is {@code prefix.row[.column]}, or
   *     the row itself when the prefix is empty
   * @param total the path of the table's total, or null
   */
  public record Table(
      String id, List<String> rows, List<String> columns, String prefix, String total) {

    public String path(String row) {
      return prefix.isEmpty() ? row : prefix + "." + row;
    }

    public String path(String row, String column) {
      return prefix + "." + row + "." + column;
    }

    /** Every cell's path, row by row. */
    public List<String> cells() {
      if (columns.isEmpty()) {
        return rows.stream().map(this::path).toList();
      }
      return rows.stream().flatMap(r -> columns.stream().map(c -> path(r, c))).toList();
    }
  }

  /**
   * A change from the previous year worth a sentence.
   *
   * @param subject the message key of what changed (a form, the total)
   * @param from last year's figure
   * @param to this year's figure
   */
  public record Change(String subject, long from, long to) {

    /** The message key of the verb: doubled, tripled, halved, rose, fell, unchanged. */
    public String verb() {
      if (from == to) {
        return "statistics.change.unchanged";
      }
      if (from > 0 && to >= 3 * from) {
        return "statistics.change.tripled";
      }
      if (from > 0 && to >= 2 * from) {
        return "statistics.change.doubled";
      }
      if (to > 0 && 2 * to <= from) {
        return "statistics.change.halved";
      }
      return to > from ? "statistics.change.rose" : "statistics.change.fell";
    }

    /** The change in per cent of last year's figure (0 when last year had none). */
    public long percent() {
      return from == 0 ? 0 : Math.round(100.0 * Math.abs(to - from) / from);
    }
  }
}
