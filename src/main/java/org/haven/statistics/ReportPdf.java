package org.haven.statistics;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.haven.statistics.AnnualReport.Table;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The annual report as a tagged, accessible PDF (PDF/UA, by openhtmltopdf on PDFBox): a title page
 * (the report, its view, whose records and when they were counted, how small counts are treated),
 * then the same figures, tables and bar charts as the HTML page. The document is laid out as XHTML
 * and carries its structure (headings, lists, tables with header cells), its title, subject, author
 * and language, with Noto Sans embedded; viewers show the title.
 */
@Component
public class ReportPdf {

  private static final String FONT = "Noto Sans";
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

  static {
    // the renderer tells of every stylesheet and font it loads; only its warnings reach the log
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private static final String STYLE =
      """
      @page { size: A4; margin: 17mm 17mm 20mm 17mm;
        @bottom-right { content: counter(page); font-family: 'Noto Sans'; font-size: 8pt; } }
      body { font-family: 'Noto Sans'; font-size: 10pt; color: #0b0c0c; }
      .cover { page-break-after: always; padding-top: 60mm; }
      .cover h1 { font-size: 26pt; margin: 0 0 6mm 0; }
      .cover .view { font-size: 14pt; }
      .cover .origin { margin-top: 8mm; }
      h2 { font-size: 12pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }
      ul { margin: 0 0 2mm 0; padding-left: 5mm; }
      table { width: 100%; border-collapse: collapse; font-size: 8pt; page-break-inside: auto; }
      th, td { border: 0.3pt solid #505a5f; padding: 1mm; text-align: right; font-weight: normal; }
      th.label, td.label { text-align: left; }
      thead th { font-weight: bold; }
      .chart { margin: 2mm 0 0 0; font-size: 7pt; }
      .chart .row { height: 4.2mm; }
      .chart .name { display: inline-block; width: 60mm; overflow: hidden; white-space: nowrap; }
      .chart .bar { display: inline-block; height: 3mm; background-color: #1d70b8; }
      .chart .withheld { background-color: #b1b4b6; }
      .chart .value { display: inline-block; margin-left: 1mm; }
      .notes { font-size: 8pt; }
      """;

  private final ReportDocuments documents;
  private final MessageSource messages;

  private final String source;
  private final StatisticsSettings settings;
  private final Clock clock;

  ReportPdf(
      ReportDocuments documents,
      MessageSource messages,
      @Value("${haven.organisation.name:National Centre}") String source,
      StatisticsSettings settings,
      Clock clock) {
    this.documents = documents;
    this.messages = messages;
    this.source = source;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A section its caller adds after the report's tables, already in the reader's language: a title,
   * a table's header and rows of text (numbers formatted), and lines of text after it.
   */
  public record Section(
      String title, List<String> header, List<List<String>> rows, List<String> notes) {}

  public byte[] render(AnnualReport report, Locale locale) {
    return render(report, locale, List.of());
  }

  public byte[] render(AnnualReport report, Locale locale, List<Section> sections) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.useFont(() -> font("NotoSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("NotoSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      builder.withProducer("Haven");
      builder.withHtmlContent(xhtml(report, locale, sections), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new IllegalStateException("The report could not be laid out as PDF", e);
    }
    return out.toByteArray();
  }

  /** The report as XHTML for the renderer; every text escaped. */
  String xhtml(AnnualReport report, Locale locale, List<Section> sections) {
    String name = messages.getMessage("statistics.title", new Object[] {report.year()}, locale);
    String view =
        messages.getMessage("statistics.view." + report.disclosure().name(), null, locale);
    StringBuilder html = new StringBuilder(32_768);
    html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(escape(locale.toLanguageTag()))
        .append("\"><head><title>")
        .append(escape(name))
        .append("</title><meta name=\"subject\" content=\"")
        .append(escape(view))
        .append("\"/><meta name=\"author\" content=\"")
        .append(escape(source))
        .append("\"/><style>")
        .append(STYLE)
        .append("</style></head><body>");
    // the title page: what, which view, whose records, when, and how to read it
    html.append("<div class=\"cover\"><h1>").append(escape(name)).append("</h1>");
    html.append("<p class=\"view\">").append(escape(view)).append("</p>");
    html.append("<p class=\"origin\">")
        .append(
            escape(
                messages.getMessage(
                    "statistics.pdfSource",
                    new Object[] {
                      source,
                      LocalDate.now(clock.withZone(settings.zone()))
                          .format(
                              DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                  .withLocale(locale))
                    },
                    locale)))
        .append("</p>");
    if (report.disclosure() == Disclosure.published && report.threshold() > 1) {
      html.append("<p>")
          .append(
              escape(
                  messages.getMessage(
                      "statistics.pdfDisclosure", new Object[] {report.threshold() - 1}, locale)))
          .append("</p>");
    }
    html.append("</div>");
    html.append("<h2>").append(escape(name)).append("</h2>");
    if (report.empty()) {
      html.append("<p>")
          .append(escape(messages.getMessage("statistics.empty", null, locale)))
          .append("</p>");
    }
    List<String> sentences = documents.sentences(report, locale);
    if (!sentences.isEmpty()) {
      html.append("<ul>");
      for (String sentence : sentences) {
        html.append("<li>").append(escape(sentence)).append("</li>");
      }
      html.append("</ul>");
    }
    for (Table table : report.tables()) {
      if (table.rows().isEmpty()) {
        continue;
      }
      html.append("<h2>").append(escape(documents.title(table, locale))).append("</h2>");
      table(html, report, table, locale);
      if (table.columns().isEmpty() && table.total() != null) {
        chart(html, report, table, locale);
      }
    }
    for (Section section : sections) {
      html.append("<h2>").append(escape(section.title())).append("</h2>");
      if (!section.rows().isEmpty()) {
        html.append("<table><thead><tr>");
        for (int i = 0; i < section.header().size(); i++) {
          html.append(i == 0 ? "<th scope=\"col\" class=\"label\">" : "<th scope=\"col\">")
              .append(escape(section.header().get(i)))
              .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : section.rows()) {
          html.append("<tr>");
          for (int i = 0; i < row.size(); i++) {
            html.append(i == 0 ? "<th scope=\"row\" class=\"label\">" : "<td>")
                .append(escape(row.get(i)))
                .append(i == 0 ? "</th>" : "</td>");
          }
          html.append("</tr>");
        }
        html.append("</tbody></table>");
      }
      for (String note : section.notes()) {
        html.append("<p class=\"notes\">").append(escape(note)).append("</p>");
      }
    }
    html.append("<h2>")
        .append(escape(messages.getMessage("statistics.methodTitle", null, locale)))
        .append("</h2>");
    for (String paragraph : documents.method(report, locale)) {
      html.append("<p class=\"notes\">").append(escape(paragraph)).append("</p>");
    }
    html.append("</body></html>");
    return html.toString();
  }

  private void table(StringBuilder html, AnnualReport report, Table table, Locale locale) {
    List<String> columns = table.columns();
    html.append("<table>");
    if (!columns.isEmpty()) {
      html.append("<thead><tr><td class=\"label\"></td>");
      for (String column : columns) {
        html.append("<th scope=\"col\">")
            .append(escape(documents.label(table, column, true, locale)))
            .append("</th>");
      }
      html.append("</tr></thead>");
    }
    html.append("<tbody>");
    for (String row : table.rows()) {
      html.append("<tr><th scope=\"row\" class=\"label\">")
          .append(escape(documents.label(table, row, false, locale)))
          .append("</th>");
      if (columns.isEmpty()) {
        html.append("<td>")
            .append(escape(documents.shown(report.figure(table.path(row)), locale)))
            .append("</td>");
      } else {
        for (String column : columns) {
          html.append("<td>")
              .append(escape(documents.shown(report.figure(table.path(row, column)), locale)))
              .append("</td>");
        }
      }
      html.append("</tr>");
    }
    if (table.total() != null && columns.isEmpty()) {
      html.append("<tr><th scope=\"row\" class=\"label\">")
          .append(escape(messages.getMessage("statistics.total", null, locale)))
          .append("</th><td>")
          .append(escape(documents.shown(report.figure(table.total()), locale)))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  /** Horizontal bars, one per row, against the largest figure; a withheld figure is a grey stub. */
  private void chart(StringBuilder html, AnnualReport report, Table table, Locale locale) {
    long max = 1;
    for (String row : table.rows()) {
      Number v = report.figure(table.path(row));
      if (v != null) {
        max = Math.max(max, v.longValue());
      }
    }
    html.append("<div class=\"chart\">");
    for (String row : table.rows()) {
      Number v = report.figure(table.path(row));
      String label = documents.label(table, row, false, locale);
      // bars up to 90 mm wide, in whole tenths of a millimetre: the same figures, the same file
      long tenths = v == null ? 15 : Math.max(2, 900 * v.longValue() / max);
      html.append("<div class=\"row\"><span class=\"name\">")
          .append(escape(label.length() > 40 ? label.substring(0, 39) + "…" : label))
          .append("</span><span class=\"")
          .append(v == null ? "bar withheld" : "bar")
          .append("\" style=\"width: ")
          .append(tenths / 10)
          .append('.')
          .append(tenths % 10)
          .append("mm\"></span><span class=\"value\">")
          .append(escape(documents.shown(v, locale)))
          .append("</span></div>");
    }
    html.append("</div>");
  }

  private static InputStream font(String file) {
    InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("The font " + file + " is not on the class path");
    }
    return in;
  }

  /**
   * Text for XHTML: markup's special characters as references (as {@code web.forms.OptionsHtml}
   * writes them), and no control characters, which XML does not admit.
   */
  static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(CONTROL.matcher(text).replaceAll(""), "UTF-8");
  }
}
