package org.haven.information;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Printable leaflets (A5) and cards (credit-card size) per language: the pages' name and first
 * words in the reader's language and script, the emergency number, the centre's hotline when the
 * installation has one, and a QR code (ZXing) to the public pages in that language. Thai marks are
 * placed by Java's layout engine (OpenPDF's layout processor); Arabic is joined and ordered right
 * to left with ICU; the fonts are embedded subsets of Noto.
 */
@Component
public class Leaflets {

  /** The printed forms. */
  public enum Format {
    /** An A5 leaflet. */
    A5,
    /** A card of 85.6 by 54 mm. */
    CARD
  }

  private static final float MM = 72f / 25.4f;
  private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
  private static final Color RED = new Color(0xa4, 0x00, 0x0f);

  private final HelpContent content;
  private final String baseUrl;
  private final String hotline;
  private volatile Fonts fonts;

  Leaflets(
      HelpContent content,
      @Value("${haven.base-url:}") String baseUrl,
      @Value("${haven.information.hotline-number:}") String hotline) {
    this.content = content;
    this.baseUrl =
        baseUrl == null || baseUrl.isBlank()
            ? null
            : baseUrl.strip().endsWith("/")
                ? baseUrl.strip().substring(0, baseUrl.strip().length() - 1)
                : baseUrl.strip();
    this.hotline = hotline == null || hotline.isBlank() ? null : hotline.strip();
  }

  /**
   * The address the QR code of a language leads to: on the installation's public address ({@code
   * haven.base-url}) or, where none is set, on {@code fallbackBase} (the address the leaflet was
   * asked for on).
   */
  public String address(HelpLanguage language, String fallbackBase) {
    String base = baseUrl != null ? baseUrl : fallbackBase.replaceAll("/+$", "");
    return base + "/help/" + language.code();
  }

  /** The leaflet or card in a language, as a PDF; see {@link #address} for {@code fallbackBase}. */
  public byte[] render(HelpLanguage language, Format format, String fallbackBase) {
    String address = address(language, fallbackBase);
    HelpTexts texts = HelpTexts.of(language);
    String headline =
        content.page(language, "start").map(HelpPageText::title).orElse(texts.get("site.name"));
    Rectangle size =
        format == Format.A5
            ? new Rectangle(148 * MM, 210 * MM)
            : new Rectangle(85.6f * MM, 54 * MM);
    float margin = (format == Format.A5 ? 12 : 4) * MM;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(size, margin, margin, margin, margin);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      fixed.setTimeInMillis(0);
      document.addModificationDate(new PdfDate(fixed));
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.tag()));
      document.addTitle(texts.get("site.name"));
      document.open();
      writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(fixed));
      PdfContentByte canvas = writer.getDirectContent();
      Fonts f = fonts();
      boolean rtl = language.rightToLeft();
      float width = size.getWidth() - 2 * margin;
      float qrSize = (format == Format.A5 ? 55 : 30) * MM;
      if (format == Format.A5) {
        float y = size.getHeight() - margin;
        y = write(canvas, f, language, texts.get("site.name"), 11, false, INK, margin, y, width);
        y = write(canvas, f, language, headline, 22, true, INK, margin, y - 4 * MM, width);
        y =
            write(
                canvas, f, language, texts.get("free"), 13, false, INK, margin, y - 4 * MM, width);
        y =
            write(
                canvas,
                f,
                language,
                texts.get("emergency", content.emergencyNumber()),
                13,
                true,
                RED,
                margin,
                y - 4 * MM,
                width);
        if (hotline != null) {
          y =
              write(
                  canvas,
                  f,
                  language,
                  texts.get("hotline", hotline),
                  13,
                  true,
                  INK,
                  margin,
                  y - 2 * MM,
                  width);
        }
        float qrX = (size.getWidth() - qrSize) / 2;
        float qrY = Math.max(y - 10 * MM - qrSize, margin + 20 * MM);
        qr(canvas, address, qrX, qrY, qrSize);
        write(
            canvas,
            f,
            language,
            texts.get("leaflet.scan"),
            11,
            false,
            INK,
            margin,
            qrY - 3 * MM,
            width);
        text(canvas, f.latin(address, 10), margin, margin + 6 * MM, width);
      } else {
        float textWidth = width - qrSize - 3 * MM;
        float textX = rtl ? margin + qrSize + 3 * MM : margin;
        float qrX = rtl ? margin : size.getWidth() - margin - qrSize;
        float y = size.getHeight() - margin;
        y =
            write(
                canvas, f, language, texts.get("site.name"), 8.5f, true, INK, textX, y, textWidth);
        y =
            write(
                canvas,
                f,
                language,
                texts.get("emergency", content.emergencyNumber()),
                7.5f,
                true,
                RED,
                textX,
                y - 1.5f * MM,
                textWidth);
        if (hotline != null) {
          write(
              canvas,
              f,
              language,
              texts.get("hotline", hotline),
              7.5f,
              true,
              INK,
              textX,
              y - 1 * MM,
              textWidth);
        }
        qr(canvas, address, qrX, size.getHeight() - margin - qrSize, qrSize);
        text(canvas, f.latin(address, 6.5f), margin, margin + 3 * MM, width);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not make a leaflet", e);
    }
    return repeatable(out.toByteArray());
  }

  private static final Pattern FILE_ID =
      Pattern.compile("/ID ?\\[<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})>\\]");
  private static final Pattern SUBSET =
      Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+([A-Za-z0-9-]+)");

  /**
   * The same leaflet as the same bytes: the library's random parts (the six-letter tags of the
   * embedded font subsets, the file identifier) replaced, at the same length, by ones derived from
   * the content.
   */
  static byte[] repeatable(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<String, String> tags = new TreeMap<>();
    Matcher subsets = SUBSET.matcher(text);
    while (subsets.find()) {
      tags.put(subsets.group(1), subsets.group(2));
    }
    for (var tag : tags.entrySet()) {
      byte[] hash = DigestUtils.md5Digest(tag.getValue().getBytes(StandardCharsets.US_ASCII));
      StringBuilder stable = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        stable.append((char) ('A' + Math.floorMod(hash[i], 26)));
      }
      text = text.replace(tag.getKey() + "+", stable + "+");
    }
    Matcher id = FILE_ID.matcher(text);
    if (id.find()) {
      String zeroed =
          text.substring(0, id.start(1))
              + "0".repeat(32)
              + text.substring(id.end(1), id.start(2))
              + "0".repeat(32)
              + text.substring(id.end(2));
      String digest = DigestUtils.md5DigestAsHex(zeroed.getBytes(StandardCharsets.ISO_8859_1));
      text =
          text.substring(0, id.start(1))
              + digest
              + text.substring(id.end(1), id.start(2))
              + digest
              + text.substring(id.end(2));
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes text in a language into a column from the top; answers where the text ended. Arabic is
   * broken into lines here and each line given in display order (see {@link Fonts#lines}).
   */
  private static float write(
      PdfContentByte canvas,
      Fonts f,
      HelpLanguage language,
      String text,
      float size,
      boolean bold,
      Color color,
      float x,
      float top,
      float width) {
    if (language == HelpLanguage.TH) {
      float y = top;
      for (Phrase line : f.lines(language, text, size, bold, color, width)) {
        y = text(canvas, line, x, y, width);
      }
      return y;
    }
    if (!language.rightToLeft()) {
      return text(canvas, f.phrase(language, text, size, bold, color), x, top, width);
    }
    // drawn line by line, chunk by chunk: a column would run its own bidirectional reordering (and
    // the layout processor its own) over text that is already in display order
    float baseline = top;
    for (Phrase line : f.lines(language, text, size, bold, color, width)) {
      baseline -= size * 1.3f;
      float lineWidth = 0;
      for (Object part : line.getChunks()) {
        lineWidth += ((Chunk) part).getWidthPoint();
      }
      float left = x + width - lineWidth;
      for (Object part : line.getChunks()) {
        Chunk chunk = (Chunk) part;
        canvas.beginText();
        canvas.setFontAndSize(chunk.getFont().getBaseFont(), chunk.getFont().getSize());
        canvas.setColorFill(chunk.getFont().getColor());
        canvas.setTextMatrix(left, baseline);
        canvas.showText(chunk.getContent());
        canvas.endText();
        left += chunk.getWidthPoint();
      }
    }
    return baseline - size * 0.35f;
  }

  /** Writes a phrase into a column from the top; answers where the text ended. */
  private static float text(PdfContentByte canvas, Phrase phrase, float x, float top, float width) {
    ColumnText column = new ColumnText(canvas);
    column.setSimpleColumn(x, 0, x + width, top);
    column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    Paragraph paragraph = new Paragraph(phrase);
    paragraph.setAlignment(Element.ALIGN_LEFT);
    paragraph.setLeading(0, 1.3f);
    column.addElement(paragraph);
    try {
      column.go();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return column.getYLine();
  }

  /** The QR code drawn as squares (sharp at any print size). */
  private static void qr(PdfContentByte canvas, String address, float x, float y, float size) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  address,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
      float module = size / matrix.getWidth();
      canvas.saveState();
      canvas.setColorFill(Color.BLACK);
      for (int row = 0; row < matrix.getHeight(); row++) {
        for (int col = 0; col < matrix.getWidth(); col++) {
          if (matrix.get(col, row)) {
            canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
          }
        }
      }
      canvas.fill();
      canvas.restoreState();
    } catch (WriterException e) {
      throw new IllegalStateException("Could not make a QR code", e);
    }
  }

  private Fonts fonts() {
    Fonts known = fonts;
    if (known == null) {
      synchronized (this) {
        if (fonts == null) {
          fonts = new Fonts();
        }
        known = fonts;
      }
    }
    return known;
  }

  /** The embedded fonts: Noto Sans (Latin, Cyrillic, Vietnamese) and a font per other script. */
  private static final class Fonts {

    private final Map<Script, BaseFont[]> byScript = new EnumMap<>(Script.class);

    private enum Script {
      LATIN("NotoSans"),
      THAI("NotoSansThai"),
      ARABIC("NotoNaskhArabic"),
      HAN("NotoSansSC");

      final String file;

      Script(String file) {
        this.file = file;
      }
    }

    Fonts() {
      // the layout processor is global to the JVM: another context may have switched it on
      synchronized (LayoutProcessor.class) {
        if (!LayoutProcessor.isEnabled()) {
          // kerning, but no optional ligatures: a printed "fi" must still read back as two letters
          LayoutProcessor.setKerning();
          LayoutProcessor.enable();
        }
      }
      for (Script script : Script.values()) {
        BaseFont regular = load(script, "Regular");
        // Han: one weight only (a bold subset would double the largest file)
        BaseFont bold = script == Script.HAN ? regular : load(script, "Bold");
        byScript.put(script, new BaseFont[] {regular, bold});
      }
    }

    private static BaseFont load(Script script, String weight) {
      String name = script.file + "-" + weight + ".ttf";
      try (InputStream in = Leaflets.class.getResourceAsStream("/fonts/" + name)) {
        if (in == null) {
          return null;
        }
        Path file = Files.createTempFile("haven-font-", "-" + name);
        file.toFile().deleteOnExit();
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        BaseFont font =
            BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        LayoutProcessor.loadFont(font, file.toString());
        if (script == Script.ARABIC) {
          // Arabic reaches the page already joined and in display order (see lines): laid out as
          // right to left once more, it would come out reversed
          LayoutProcessor.setRunDirectionLtr(new Font(font));
        }
        return font;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException("Could not load the font " + name, e);
      }
    }

    /** Text in a language: its script's font first, Noto Sans for what that font lacks. */
    Phrase phrase(HelpLanguage language, String text, float size, boolean bold, Color color) {
      Script script =
          switch (language) {
            case TH -> Script.THAI;
            case AR -> Script.ARABIC;
            case ZH -> Script.HAN;
            default -> Script.LATIN;
          };
      FontSelector selector = new FontSelector();
      int weight = bold ? 1 : 0;
      int style = Font.NORMAL;
      BaseFont own = byScript.get(script)[weight];
      if (own != null) {
        selector.addFont(new Font(own, size, style, color));
      }
      selector.addFont(new Font(byScript.get(Script.LATIN)[weight], size, style, color));
      return selector.process(text);
    }

    /**
     * Text as lines that fit {@code width}, broken between words in reading order: at spaces, or
     * for Thai (written without spaces between words) at the word boundaries of ICU's dictionary.
     * Right-to-left lines are then given in display order: letters joined into their contextual
     * forms (ICU's Arabic shaping to presentation forms, which the embedded font holds) and
     * reordered by the Unicode bidirectional algorithm (ICU), so numbers and Latin words inside
     * keep their own direction.
     */
    List<Phrase> lines(
        HelpLanguage language, String text, float size, boolean bold, Color color, float width) {
      boolean rtl = language.rightToLeft();
      List<Phrase> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : words(text.strip())) {
        String longer = line + word;
        String measured = rtl ? shaped(longer.strip()) : longer.strip();
        if (!line.isEmpty() && width(phrase(language, measured, size, bold, color)) > width) {
          lines.add(line(language, line.toString().strip(), size, bold, color));
          line.setLength(0);
          line.append(word.stripLeading());
        } else {
          line.append(word);
        }
      }
      if (!line.toString().isBlank()) {
        lines.add(line(language, line.toString().strip(), size, bold, color));
      }
      return lines;
    }

    private Phrase line(HelpLanguage language, String text, float size, boolean bold, Color c) {
      return phrase(language, language.rightToLeft() ? visual(text) : text, size, bold, c);
    }

    /** The text cut where a line may break (ICU), each piece with the spaces after it. */
    private static List<String> words(String text) {
      BreakIterator breaks = BreakIterator.getLineInstance(ULocale.forLanguageTag("th"));
      breaks.setText(text);
      List<String> words = new ArrayList<>();
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
        words.add(text.substring(start, end));
      }
      return words;
    }

    private static String shaped(String logical) {
      try {
        return new ArabicShaping(
                ArabicShaping.LETTERS_SHAPE
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK)
            .shape(logical);
      } catch (ArabicShapingException e) {
        return logical;
      }
    }

    private static String visual(String logical) {
      Bidi bidi = new Bidi();
      bidi.setPara(shaped(logical), Bidi.RTL, null);
      return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** The printed width of a phrase, with a little room for the column's own rounding. */
    private static float width(Phrase phrase) {
      float total = 0;
      for (Object chunk : phrase.getChunks()) {
        total += ((Chunk) chunk).getWidthPoint();
      }
      return total * 1.02f;
    }

    Phrase latin(String text, float size) {
      return new Phrase(text, new Font(byScript.get(Script.LATIN)[0], size, Font.NORMAL, INK));
    }
  }
}
