package org.haven.statistics;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haven.statistics.AnnualReport.Change;
import org.haven.statistics.AnnualReport.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words around the figures: table titles, row labels, the year-over-year sentences and the
 * method note, in the reader's language; and the report as CSV.
 */
@Component
public class ReportDocuments {

  /** The paragraphs of the method note, in order. */
  static final List<String> METHOD =
      List.of(
          "statistics.method.counted",
          "statistics.method.age",
          "statistics.method.form",
          "statistics.method.sex",
          "statistics.method.citizenship",
          "statistics.method.other",
          "statistics.method.published");

  private final MessageSource messages;

  ReportDocuments(MessageSource messages) {
    this.messages = messages;
  }

  public String title(Table table, Locale locale) {
    return messages.getMessage("statistics.table." + table.id(), null, locale);
  }

  /** The label of a row (or column) of {@code table}. */
  public String label(Table table, String key, boolean column, Locale locale) {
    String id = table.id();
    if (column || id.equals("bySex")) {
      return text("statistics.sex." + key, locale);
    }
    return switch (id) {
      case "byMainExploitation", "byFormAndSex" -> text("statistics.form." + key, locale);
      case "byForm" -> text("exploitation." + key, locale);
      case "byAge" -> key.equals("unknown") ? text("statistics.ageUnknown", locale) : key;
      case "byCitizenship", "repatriationsByCountry" -> country(key, locale);
      case "byForcedLabourIndustry" -> industry(key);
      case "byDecidingAuthority" -> text("statistics.authority." + key, locale);
      case "hotlineCalls" -> text("statistics.caller." + key, locale);
      case "helpMessagesByLanguage" -> Locale.forLanguageTag(key).getDisplayLanguage(locale);
      case "referralsByChannel" ->
          key.equals(StageTables.UNKNOWN_CHANNEL)
              ? text("statistics.channelUnknown", locale)
              : text("channel." + key, locale);
      case "referralsByOrganisationType" -> text("organisationType." + key, locale);
      case "periodsByLength" -> messages.getMessage("statistics.days", new Object[] {key}, locale);
      case "periodsByEndReason" -> text("statistics.periodEnd." + key, locale);
      case "reintegrationOutcomes" -> text("reintegrationOutcome." + key, locale);
      case "supportByType" -> text("supportType." + key, locale);
      case "jointActionsByLead" -> text("organisationType." + key, locale);
      case "outreachActivities" -> text("outreach.type." + key, locale);
      case "jointActionsBySector" -> text("isic." + key, locale);
      case "suspectsByForm", "prosecutedByForm", "convictedByForm" ->
          text("statistics.eurostatForm." + key, locale);
      default -> text("statistics.figure." + key, locale);
    };
  }

  /** A country's name in {@code locale}; XX: unknown or stateless. */
  public String country(String code, Locale locale) {
    if (code.equals(Counting.UNKNOWN_COUNTRY)) {
      return text("statistics.countryUnknown", locale);
    }
    String name = new Locale("", code).getDisplayCountry(locale);
    return name.isBlank() || name.equals(code) ? code : name;
  }

  /** "F_Construction" → "F – Construction". */
  static String industry(String key) {
    if (key.length() < 3 || key.charAt(1) != '_') {
      return key;
    }
    return key.charAt(0) + " – " + key.substring(2).replaceAll("(?<=[a-z])(?=[A-Z])", " ");
  }

  /** The year-over-year changes as sentences. */
  public List<String> sentences(AnnualReport report, Locale locale) {
    List<String> sentences = new ArrayList<>();
    for (Change change : report.changes()) {
      sentences.add(
          messages.getMessage(
              change.verb(),
              new Object[] {
                text(change.subject(), locale), change.from(), change.to(), change.percent()
              },
              locale));
    }
    return sentences;
  }

  public List<String> method(AnnualReport report, Locale locale) {
    List<String> paragraphs = new ArrayList<>();
    for (String key : METHOD) {
      paragraphs.add(
          messages.getMessage(
              key, new Object[] {report.threshold(), report.threshold() - 1}, locale));
    }
    if (report.noiseEpsilon() != null) {
      paragraphs.add(
          messages.getMessage(
              "statistics.method.noise", new Object[] {report.noiseEpsilon()}, locale));
    }
    return paragraphs;
  }

  /** A figure as the reader sees it: a number, or the withheld mark. */
  public String shown(Number value, Locale locale) {
    if (value == null) {
      return text("statistics.withheld", locale);
    }
    if (value instanceof Double d) {
      return String.format(locale, "%.1f", d);
    }
    return NumberFormat.getIntegerInstance(locale).format(value.longValue());
  }

  /**
   * Every table as one CSV: {@code table,row,column,value,withheld}; a withheld cell has an empty
   * value and {@code withheld=true}. Codes, not words, so it reads the same in every language.
   */
  public String csv(AnnualReport report) {
    StringBuilder out = new StringBuilder("year,disclosure,table,row,column,value,withheld\n");
    for (Table table : report.tables()) {
      rows(report, table, out, true);
    }
    return out.toString();
  }

  /** One table as CSV: {@code row,column,value,withheld}. */
  public String csv(AnnualReport report, Table table) {
    StringBuilder out = new StringBuilder("year,disclosure,table,row,column,value,withheld\n");
    rows(report, table, out, true);
    return out.toString();
  }

  private static void rows(AnnualReport report, Table table, StringBuilder out, boolean total) {
    if (table.columns().isEmpty()) {
      for (String row : table.rows()) {
        line(out, report, table, row, "", report.figure(table.path(row)));
      }
    } else {
      for (String row : table.rows()) {
        for (String column : table.columns()) {
          line(out, report, table, row, column, report.figure(table.path(row, column)));
        }
      }
    }
    if (total && table.total() != null) {
      line(out, report, table, "total", "", report.figure(table.total()));
    }
  }

  private static void line(
      StringBuilder out, AnnualReport report, Table table, String row, String column, Number v) {
    out.append(report.year())
        .append(',')
        .append(report.disclosure().name())
        .append(',')
        .append(Csv.cell(table.id()))
        .append(',')
        .append(Csv.cell(row))
        .append(',')
        .append(Csv.cell(column))
        .append(',')
        .append(v == null ? "" : v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : v)
        .append(',')
        .append(v == null)
        .append('\n');
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
