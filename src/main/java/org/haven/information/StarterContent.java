package org.haven.information;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Haven's starter text of the help pages ({@code information/content/<language>/<page>.md}, the
 * first line the title), loaded at start where the installation has no text of its own for a page
 * and language yet: the centre's own texts are never replaced. The starter translations are the
 * project's; the centre's overview marks them until a reviewer of the centre publishes them again.
 */
@Component
@Order(30)
class StarterContent implements ApplicationRunner {

  static final String TRANSLATOR = "Haven starter text";

  /** The pages, in the order the menu shows them. */
  static final List<String> PAGES =
      List.of(
          "start",
          "rights",
          "reflection-period",
          "shelter-and-health",
          "legal-help",
          "testifying",
          "going-home",
          "children",
          "contact");

  private final HelpContent content;

  StarterContent(HelpContent content) {
    this.content = content;
  }

  @Override
  public void run(ApplicationArguments args) {
    content.loadStarter(read());
  }

  /** The starter pages found on the class path. */
  static List<Page> read() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < PAGES.size(); i++) {
      String slug = PAGES.get(i);
      Map<HelpLanguage, Text> texts = new EnumMap<>(HelpLanguage.class);
      for (HelpLanguage language : HelpLanguage.values()) {
        Resource file =
            resolver.getResource(
                "classpath:information/content/" + language.code() + "/" + slug + ".md");
        if (file.exists()) {
          texts.put(language, parse(file));
        }
      }
      pages.add(new Page(slug, (i + 1) * 10, texts));
    }
    return pages;
  }

  private static Text parse(Resource file) {
    try {
      String all = file.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
      int end = all.indexOf('\n');
      String first = end < 0 ? all : all.substring(0, end);
      if (!first.startsWith("# ")) {
        throw new IllegalStateException(
            "A starter page must begin with '# title': " + file.getDescription());
      }
      return new Text(first.substring(2).strip(), end < 0 ? "" : all.substring(end + 1).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Text(String title, String body) {}

  record Page(String slug, int position, Map<HelpLanguage, Text> texts) {}
}
