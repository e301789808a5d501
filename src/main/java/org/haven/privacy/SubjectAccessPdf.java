package org.haven.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The readable copy of a subject access: the JSON copy laid out as headed sections of labelled
 * lines in the person's language (labels from the bundles where they exist, the field's own name
 * where not), in Noto Sans so every Latin, Cyrillic and Vietnamese name prints as written. The
 * document carries its title and language.
 */
@Component
class SubjectAccessPdf {

  private final MessageSource messages;
  private final Clock clock;
  private volatile BaseFont font;

  SubjectAccessPdf(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  byte[] render(JsonNode copy, SubjectAccessRequest request) {
    Locale locale = Locale.forLanguageTag(request.language());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      String title =
          messages.getMessage("subjectAccess.pdfTitle", new Object[] {request.reference()}, locale);
      document.addTitle(title);
      document.addCreator("Haven");
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      document.open();
      BaseFont base = font();
      Font heading = new Font(base, 16, Font.BOLD);
      Font section = new Font(base, 12, Font.BOLD);
      Font body = new Font(base, 9);
      document.add(new Paragraph(title, heading));
      document.add(
          new Paragraph(
              messages.getMessage(
                  "subjectAccess.pdfIntro",
                  new Object[] {
                    readable(copy.path("receivedOn").asString(), locale),
                    readable(copy.path("made").asString(), locale)
                  },
                  locale),
              body));
      for (Map.Entry<String, JsonNode> part : copy.properties()) {
        if (!part.getValue().isContainer()) {
          continue;
        }
        Paragraph h = new Paragraph(label("section", part.getKey(), locale), section);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        document.add(h);
        write(document, part.getValue(), 0, body, locale);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The copy could not be laid out as PDF", e);
    }
    return out.toByteArray();
  }

  private void write(Document document, JsonNode node, int depth, Font body, Locale locale)
      throws DocumentException {
    if (node.isArray()) {
      if (node.isEmpty()) {
        line(document, depth, messages.getMessage("subjectAccess.none", null, locale), body);
      }
      int n = 0;
      for (JsonNode item : node) {
        n++;
        if (item.isContainer()) {
          line(document, depth, n + ".", body);
          write(document, item, depth + 1, body, locale);
        } else {
          line(document, depth, "• " + readable(item.asString(), locale), body);
        }
      }
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      String name = label("field", field.getKey(), locale);
      if (value.isContainer()) {
        line(document, depth, name + ":", body);
        write(document, value, depth + 1, body, locale);
      } else {
        line(document, depth, name + ": " + readable(value.asString(), locale), body);
      }
    }
  }

  /**
   * A date or a moment as the reader reads them (local time, her language); anything else as is.
   */
  private String readable(String value, Locale locale) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value)
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
        return Instant.parse(value)
            .atZone(clock.getZone())
            .format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale));
      }
    } catch (DateTimeException notADate) {
      // shown as written
    }
    return value;
  }

  private static void line(Document document, int depth, String text, Font font)
      throws DocumentException {
    Paragraph p = new Paragraph(text, font);
    p.setIndentationLeft(12f * depth);
    document.add(p);
  }

  private String label(String kind, String key, Locale locale) {
    return messages.getMessage("subjectAccess." + kind + "." + key, null, key, locale);
  }

  private BaseFont font() {
    BaseFont loaded = font;
    if (loaded == null) {
      try (InputStream in =
          SubjectAccessPdf.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
        byte[] bytes = in.readAllBytes();
        loaded =
            BaseFont.createFont(
                "NotoSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        font = loaded;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException("The font could not be loaded", e);
      }
    }
    return loaded;
  }
}
