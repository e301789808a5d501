package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the sources readable: a type is named by its simple name and imported, not written out with
 * its package in the middle of the code (cleaned once with OpenRewrite's {@code
 * ShortenFullyQualifiedTypeReferences}). Comments and string literals may name packages freely.
 */
class SourceStyleTest {

  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.$])(?:java|javax|jakarta|org|com|io|net|tools)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");
  private static final Pattern IMPORT = Pattern.compile("import\\s+([\\w.]+)\\.([A-Z]\\w*)\\s*;");

  @Test
  void noTypeIsWrittenWithItsPackageInsideTheCode() {
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(file -> file.toString().endsWith(".java"))
            .sorted()
            .forEach(file -> found.addAll(qualifiedNames(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(found)
        .as(
            "fully qualified type names in code; import them (or run OpenRewrite's"
                + " ShortenFullyQualifiedTypeReferences)")
        .isEmpty();
  }

  @Test
  void theCheckFindsANameInCodeButNotInACommentAStringOrAClash() {
    String source =
        """
        package org.haven.example;
        import java.util.List;
        import org.haven.first.Thing;
        // java.util.Map in a comment
        /* org.springframework.stereotype.Component in a block comment */
        class Example {
          String text = "java.time.Instant in a string";
          char quote = '"';
          String block = \"""
              org.haven.Other in a text block
              \""";
          java.util.Set<String> names;
          org.haven.second.Thing clash;
          org.haven.first.Thing needless;
        }
        """;
    assertThat(qualifiedNames("Example.java", source))
        .containsExactly("Example.java:12 java.util.Set", "Example.java:14 org.haven.first.Thing");
  }

  private static List<String> qualifiedNames(Path file) {
    try {
      return qualifiedNames(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> qualifiedNames(String name, String source) {
    String[] lines = codeOnly(source).split("\n", -1);
    Map<String, String> imported = new HashMap<>();
    for (String line : lines) {
      Matcher single = IMPORT.matcher(line.strip());
      if (single.matches()) {
        imported.put(single.group(2), single.group(1) + "." + single.group(2));
      }
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("import ") || line.startsWith("package ")) {
        continue;
      }
      Matcher matcher = QUALIFIED.matcher(line);
      while (matcher.find()) {
        String qualified = matcher.group();
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        String clash = imported.get(simple);
        // two types of one simple name in a file: the one not imported must be written out
        if (clash == null || clash.equals(qualified)) {
          found.add(name + ":" + (i + 1) + " " + qualified);
        }
      }
    }
    return found;
  }

  /** The source with comments, strings, text blocks and characters blanked out, lines kept. */
  private static String codeOnly(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = blank(source, code, i, end < 0 ? n : end + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        i = blank(source, code, i, end < 0 ? n : end + 3);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = blank(source, code, i, Math.min(n, j + 1));
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  private static int blank(String source, StringBuilder code, int from, int to) {
    for (int k = from; k < to; k++) {
      code.append(source.charAt(k) == '\n' ? '\n' : ' ');
    }
    return to;
  }
}
