package org.haven.information;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every language's leaflet and card is a one-page PDF whose QR code, read back from the printed
 * page, leads to the public pages in that language, and whose text names the emergency number.
 */
@HavenTest
class LeafletsTest {

  @Autowired Leaflets leaflets;

  @Test
  void everyLanguagesLeafletAndCardLeadToItsPages() throws Exception {
    String peek = System.getenv("HAVEN_LEAFLETS_PEEK");
    for (HelpLanguage language : HelpLanguage.values()) {
      for (Leaflets.Format format : Leaflets.Format.values()) {
        byte[] pdf = leaflets.render(language, format, "https://help.example");
        try (PDDocument document = Loader.loadPDF(pdf)) {
          assertThat(document.getNumberOfPages()).isEqualTo(1);
          BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
          if (peek != null) {
            ImageIO.write(page, "png", new File(peek, language.code() + "-" + format + ".png"));
            Files.write(Path.of(peek, language.code() + "-" + format + ".pdf"), pdf);
          }
          String text = new PDFTextStripper().getText(document);
          assertThat(text)
              .as(language + " " + format)
              .contains("112")
              .contains("/help/" + language.code());
          // read back in reading order: Arabic joined and right to left, Thai and Han whole
          assertThat(readable(text))
              .as(language + " " + format + " names the pages in its own words")
              .contains(readable(HelpTexts.of(language).get("site.name")));
          int[] pixels =
              page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
          String decoded =
              new QRCodeReader()
                  .decode(
                      new BinaryBitmap(
                          new HybridBinarizer(
                              new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
                  .getText();
          assertThat(decoded).isEqualTo("https://help.example/help/" + language.code());
        }
      }
    }
  }

  @Test
  void theSameLeafletTwiceIsTheSameFile() {
    byte[] first = leaflets.render(HelpLanguage.VI, Leaflets.Format.A5, "https://help.example");
    byte[] second = leaflets.render(HelpLanguage.VI, Leaflets.Format.A5, "https://help.example");
    if (System.getenv("HAVEN_LEAFLETS_PEEK") != null) {
      try {
        Files.write(Path.of(System.getenv("HAVEN_LEAFLETS_PEEK"), "one.pdf"), first);
        Files.write(Path.of(System.getenv("HAVEN_LEAFLETS_PEEK"), "two.pdf"), second);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(Arrays.equals(first, second))
        .as("the same bytes (first difference at %d)", Arrays.mismatch(first, second))
        .isTrue();
  }

  /**
   * Presentation forms folded to letters, and spaces (a line may break anywhere between words) and
   * combining marks left out (the text reader orders a Thai tone mark by where it is drawn, not
   * where it is typed).
   */
  private static String readable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("\\p{Mn}", "")
        .replaceAll("[\\s\\u00a0]+", "");
  }
}
