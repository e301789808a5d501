package org.haven.statistics;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.haven.statistics.AnnualReport.Table;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a PDF: a title page (the report, its view, whose records and when they were
 * counted, how small counts are treated), then the same figures, tables and bar charts as the HTML
 * page. The document carries its title, subject, author and language, and viewers show the title.
 */
@Component
public class ReportPdf {

  private static final Color BAR = new Color(0x1d, 0x70, 0xb8);
  private static final Color WITHHELD = new Color(0xb1, 0xb4, 0xb6);

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
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      String name = messages.getMessage("statistics.title", new Object[] {report.year()}, locale);
      String view =
          messages.getMessage("statistics.view." + report.disclosure().name(), null, locale);
      document.addTitle(name);
      document.addSubject(view);
      document.addAuthor(source);
      document.addCreator("Haven");
      // the reader's language, and the title (not the file name) in the viewer's title bar
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      document.open();
      Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 26);
      Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 12);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 10);
      Font large = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 14);
      Font small = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 8);
      // the title page: what, which view, whose records, when, and how to read it
      Paragraph cover = new Paragraph(name, title);
      cover.setSpacingBefore(180);
      cover.setSpacingAfter(18);
      document.add(cover);
      document.add(new Paragraph(view, large));
      Paragraph origin =
          new Paragraph(
              messages.getMessage(
                  "statistics.pdfSource",
                  new Object[] {
                    source,
                    LocalDate.now(clock.withZone(settings.zone()))
                        .format(
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
                  },
                  locale),
              body);
      origin.setSpacingBefore(24);
      document.add(origin);
      if (report.disclosure() == Disclosure.published && report.threshold() > 1) {
        document.add(
            new Paragraph(
                messages.getMessage(
                    "statistics.pdfDisclosure", new Object[] {report.threshold() - 1}, locale),
                body));
      }
      document.newPage();
      document.add(new Paragraph(name, heading));
      if (report.empty()) {
        document.add(new Paragraph(messages.getMessage("statistics.empty", null, locale), body));
      }
      for (String sentence : documents.sentences(report, locale)) {
        document.add(new Paragraph("• " + sentence, body));
      }
      for (Table table : report.tables()) {
        if (table.rows().isEmpty()) {
          continue;
        }
        Paragraph h = new Paragraph(documents.title(table, locale), heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        document.add(h);
        document.add(table(report, table, locale, body));
        if (table.columns().isEmpty() && table.total() != null) {
          document.add(chart(writer.getDirectContent(), report, table, locale));
        }
      }
      for (Section section : sections) {
        Paragraph h = new Paragraph(section.title(), heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        document.add(h);
        if (!section.rows().isEmpty()) {
          PdfPTable pdf = new PdfPTable(section.header().size());
          pdf.setWidthPercentage(100);
          for (int i = 0; i < section.header().size(); i++) {
            pdf.addCell(
                cell(
                    section.header().get(i),
                    small,
                    i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
          }
          for (List<String> row : section.rows()) {
            for (int i = 0; i < row.size(); i++) {
              pdf.addCell(
                  cell(row.get(i), small, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
          }
          document.add(pdf);
        }
        for (String note : section.notes()) {
          document.add(new Paragraph(note, small));
        }
      }
      Paragraph method =
          new Paragraph(messages.getMessage("statistics.methodTitle", null, locale), heading);
      method.setSpacingBefore(12);
      document.add(method);
      for (String paragraph : documents.method(report, locale)) {
        document.add(new Paragraph(paragraph, small));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The report could not be laid out as PDF", e);
    }
    return out.toByteArray();
  }

  private PdfPTable table(AnnualReport report, Table table, Locale locale, Font font) {
    List<String> columns = table.columns();
    PdfPTable pdf = new PdfPTable(columns.isEmpty() ? 2 : columns.size() + 1);
    pdf.setWidthPercentage(100);
    if (!columns.isEmpty()) {
      pdf.addCell(cell("", font, Element.ALIGN_LEFT));
      for (String column : columns) {
        pdf.addCell(cell(documents.label(table, column, true, locale), font, Element.ALIGN_RIGHT));
      }
    }
    for (String row : table.rows()) {
      pdf.addCell(cell(documents.label(table, row, false, locale), font, Element.ALIGN_LEFT));
      if (columns.isEmpty()) {
        pdf.addCell(
            cell(
                documents.shown(report.figure(table.path(row)), locale),
                font,
                Element.ALIGN_RIGHT));
      } else {
        for (String column : columns) {
          pdf.addCell(
              cell(
                  documents.shown(report.figure(table.path(row, column)), locale),
                  font,
                  Element.ALIGN_RIGHT));
        }
      }
    }
    if (table.total() != null && columns.isEmpty()) {
      pdf.addCell(cell(messages.getMessage("statistics.total", null, locale), font, 0));
      pdf.addCell(cell(documents.shown(report.figure(table.total()), locale), font, 2));
    }
    return pdf;
  }

  private static PdfPCell cell(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
    cell.setHorizontalAlignment(align);
    cell.setBorderWidth(0.3f);
    cell.setPadding(3);
    return cell;
  }

  /** Horizontal bars, one per row; a withheld figure is a grey stub. */
  private Image chart(PdfContentByte canvas, AnnualReport report, Table table, Locale locale)
      throws DocumentException {
    int rows = table.rows().size();
    float rowHeight = 12;
    float width = 499;
    float labelWidth = 170;
    PdfTemplate template = canvas.createTemplate(width, rows * rowHeight + 4);
    long max = 1;
    for (String row : table.rows()) {
      Number v = report.figure(table.path(row));
      if (v != null) {
        max = Math.max(max, v.longValue());
      }
    }
    BaseFont font;
    try {
      font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < rows; i++) {
      String row = table.rows().get(i);
      Number v = report.figure(table.path(row));
      float y = (rows - i - 1) * rowHeight + 2;
      template.beginText();
      template.setFontAndSize(font, 7);
      template.setTextMatrix(0, y + 2);
      String label = documents.label(table, row, false, locale);
      template.showText(label.length() > 40 ? label.substring(0, 39) + "…" : label);
      template.endText();
      float bar = v == null ? 6 : (width - labelWidth - 40) * v.longValue() / max;
      template.setColorFill(v == null ? WITHHELD : BAR);
      template.rectangle(labelWidth, y, Math.max(bar, 0.5f), rowHeight - 3);
      template.fill();
      template.setColorFill(Color.BLACK);
      template.beginText();
      template.setFontAndSize(font, 7);
      template.setTextMatrix(labelWidth + Math.max(bar, 0.5f) + 3, y + 2);
      template.showText(documents.shown(v, locale));
      template.endText();
    }
    Image image = Image.getInstance(template);
    image.setSpacingBefore(4);
    return image;
  }
}
