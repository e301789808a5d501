package org.haven.demo;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.support.Browser;
import org.haven.support.PageShapes;
import org.haven.support.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Walks the pages a demo user reaches by following links, in one language, and collects what a user
 * should never read: an error page, a code ({@code UPPER_SNAKE}), a UUID, an ISO timestamp, an
 * unresolved message key or raw template markup. Text inside an element marked {@code data-code}
 * (fields meant for a code, such as a request reference) is not read.
 */
final class DemoPagesCrawl {

  private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final Pattern UUID =
      Pattern.compile(
          "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");

  /** A machine's timestamp: with the ISO "T", or marked as UTC or with an offset. */
  private static final Pattern ISO_TIMESTAMP =
      Pattern.compile(
          "\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"
              + "|\\b\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)? ?(?:Z|UTC|[+-]\\d{2}:\\d{2})");

  /** An ISO date: right in Swedish, a stored value shown as it is in English and Danish. */
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  /** A pseudonymous reference: meant to be read and quoted. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\b[A-Z]{1,2}-[A-Z0-9]{4}-[A-Z0-9]{4}\\b");

  /** A single-word constant; the acronyms people use are words. */
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{4,}\\b");

  private static final Set<String> ACRONYMS =
      Set.of(
          "HTCDS", "CTDC", "ISIC", "UNODC", "GRETA", "OSCE", "HTML", "JSON", "DEMO", "HAVEN",
          "ICAO", "NACE", "TOTP", "LGBTQ", "HBTQ");
  private static final Pattern MARKUP =
      Pattern.compile("\\?\\?[\\w.]+\\?\\?|th:[a-z]+=|\\$\\{|#\\{");

  private static final String VISIBLE_TEXT =
      "const copy = document.body.cloneNode(true);"
          + "copy.querySelectorAll('[data-code], script, style, noscript, template').forEach(e => e.remove());"
          + "document.body.appendChild(copy); copy.style.position='absolute'; copy.style.left='-99999px';"
          + "const text = copy.innerText; copy.remove(); return text;";

  /**
   * The public help pages and the information for victims: the same words for every reader, so each
   * is read once per language, by the first user whose walk reaches it.
   */
  private static final Pattern ALIKE_FOR_EVERY_READER =
      Pattern.compile("^/(?:help|information)/.+");

  private final Browser browser;
  private final String base;
  private final Set<String> readAlike;
  private final int perShape;
  private final int limit;
  final List<String> findings = new ArrayList<>();
  final Set<String> visited = new HashSet<>();

  /**
   * @param readAlike the pages alike for every reader already read, as language and path; shared by
   *     the walks of all users
   */
  DemoPagesCrawl(Browser browser, String base, int perShape, int limit, Set<String> readAlike) {
    this.browser = browser;
    this.readAlike = readAlike;
    this.base = base;
    this.perShape = perShape;
    this.limit = limit;
  }

  static void signIn(Browser browser, String base, String email, String password, String secret) {
    browser.driver().manage().deleteAllCookies();
    browser.signIn(base, email, password, Totp.code(secret, 0));
  }

  static void chooseLanguage(Browser browser, String base, String code) {
    browser.open(base + "/");
    browser
        .driver()
        .findElement(By.cssSelector("form.language-switch button[value='" + code + "']"))
        .click();
  }

  void walk(String label, String language) {
    Map<String, Integer> shapes = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new HashSet<>(queue);
    int pages = 0;
    while (!queue.isEmpty() && pages < limit) {
      String path = queue.removeFirst();
      if (ALIKE_FOR_EVERY_READER.matcher(path).matches() && !readAlike.add(language + " " + path)) {
        continue;
      }
      String shape = PageShapes.of(path);
      if (shapes.merge(shape, 1, Integer::sum) > perShape) {
        continue;
      }
      pages++;
      browser.open(base + path);
      visited.add(shape);
      String where = label + " " + path;
      if (browser.has("error-title")) {
        findings.add(where + ": error page \"" + browser.text("error-title") + "\"");
        continue;
      }
      String text =
          String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(VISIBLE_TEXT));
      look(where, text, UPPER_SNAKE, "a code");
      look(where, text, UUID, "an id");
      look(where, text, ISO_TIMESTAMP, "a timestamp");
      if (!language.equals("sv")) {
        look(where, text, ISO_DATE, "an ISO date");
      }
      Matcher constant = CONSTANT.matcher(REFERENCE.matcher(text).replaceAll(" "));
      while (constant.find()) {
        if (!ACRONYMS.contains(constant.group())) {
          findings.add(where + ": a constant \"" + constant.group() + "\"");
          break;
        }
      }
      look(where, text, MARKUP, "template markup");
      @SuppressWarnings("unchecked")
      List<String> links =
          (List<String>)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return [...document.querySelectorAll('a[href]')]"
                          + ".filter(a => !a.hasAttribute('download'))"
                          + ".map(a => a.getAttribute('href'));");
      for (String href : links) {
        String next = local(href);
        if (next != null && seen.add(next)) {
          queue.addLast(next);
        }
      }
    }
  }

  private void look(String where, String text, Pattern pattern, String what) {
    Matcher m = pattern.matcher(text);
    if (m.find()) {
      findings.add(where + ": " + what + " \"" + m.group() + "\"");
    }
  }

  /** A same-site page path worth reading, or null: no downloads, no API, no sign-out. */
  private String local(String href) {
    if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")) {
      return null;
    }
    URI uri = URI.create(base + "/").resolve(href.replace(" ", "%20"));
    if (!(base + "/").startsWith(uri.getScheme() + "://" + uri.getRawAuthority() + "/")) {
      return null;
    }
    String path = uri.getRawPath();
    if (path.startsWith("/api/")
        || path.startsWith("/swagger")
        || path.startsWith("/v3/")
        || path.startsWith("/logout")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.matches(".*\\.(csv|pdf|xlsx|json|zip|png|svg|ico)$")
        || path.contains("/export")
        || path.contains("/download")) {
      return null;
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
