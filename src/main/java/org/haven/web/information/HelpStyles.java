package org.haven.web.information;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The help pages' style sheet, written into each page rather than fetched: on a slow phone
 * connection one round trip less before the first words appear. The content security policy of the
 * help pages admits exactly this text by its SHA-256 hash, and nothing else inline.
 */
@Component
public class HelpStyles {

  private static final Pattern FONT = Pattern.compile("url\\(\"\\.\\./fonts/([^\"]+)\"\\)");

  private final ResourceUrlProvider assets;
  private volatile Inline inline;

  HelpStyles(ResourceUrlProvider assets) {
    this.assets = assets;
  }

  /** The style sheet and the CSP source that admits it. */
  public record Inline(String css, String source) {}

  public Inline inline() {
    Inline known = inline;
    if (known == null) {
      known = read();
      inline = known;
    }
    return known;
  }

  private Inline read() {
    try {
      String css =
          new ClassPathResource("static/css/help.css").getContentAsString(StandardCharsets.UTF_8);
      Matcher fonts = FONT.matcher(css);
      StringBuilder resolved = new StringBuilder();
      while (fonts.find()) {
        String path = "/assets/fonts/" + fonts.group(1);
        String versioned = assets.getForLookupPath(path);
        fonts.appendReplacement(
            resolved,
            Matcher.quoteReplacement("url(\"" + (versioned == null ? path : versioned) + "\")"));
      }
      fonts.appendTail(resolved);
      String text = resolved.toString();
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new Inline(text, "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
