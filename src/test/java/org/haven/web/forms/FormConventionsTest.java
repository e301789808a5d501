package org.haven.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the pages to ADR 0021 while the older ones move over: the number of handlers that bind the
 * posted fields as a map, and of error messages written by hand in templates instead of with the
 * fragments of {@code fragments/forms.html}, may come down and never go up. When a change lowers
 * one, lower its limit here in the same change.
 */
class FormConventionsTest {

  /** Handlers under {@code org.haven.web} binding {@code @RequestParam Map<String, String>}. */
  private static final int MAP_BOUND_HANDLERS = 45;

  /** Error paragraphs in templates that test {@code errors} themselves. */
  private static final int HAND_WRITTEN_ERRORS = 0;

  private static final Pattern MAP_BINDING =
      Pattern.compile("@RequestParam\\s+Map<String,\\s*String>");
  private static final Pattern CONDITION_BESIDE_FRAGMENT =
      Pattern.compile(
          "<[\\w:]+[^>]*\\sth:(?:if|unless)=\"[^\"]*\"[^>]*\\sth:(?:replace|insert)="
              + "|<[\\w:]+[^>]*\\sth:(?:replace|insert)=\"[^\"]*\"[^>]*\\sth:(?:if|unless)=");
  private static final Pattern HAND_WRITTEN_ERROR =
      Pattern.compile("class=\"field__error\"[^>]*th:if=\"\\$\\{errors");

  @Test
  void noNewHandlerBindsTheFormAsAMap() {
    assertThat(count(Path.of("src/main/java/org/haven/web"), ".java", MAP_BINDING))
        .as("a new page's form binds a record of its fields as typed (ADR 0021)")
        .isLessThanOrEqualTo(MAP_BOUND_HANDLERS);
  }

  @Test
  void noNewTemplateWritesAFieldErrorByHand() {
    assertThat(count(Path.of("src/main/resources/templates"), ".html", HAND_WRITTEN_ERROR))
        .as(
            "a field's error is written with fragments/forms.html :: error(name) or a field fragment")
        .isLessThanOrEqualTo(HAND_WRITTEN_ERRORS);
  }

  /**
   * Thymeleaf includes a fragment before it evaluates a condition on the same element, so a {@code
   * th:if} beside a {@code th:replace} is never asked: the field shows for everybody. The condition
   * goes on a {@code th:block} around it.
   */
  @Test
  void noConditionSitsBesideAFragmentItCannotHide() {
    assertThat(count(Path.of("src/main/resources/templates"), ".html", CONDITION_BESIDE_FRAGMENT))
        .as("a th:if or th:unless beside th:replace/th:insert is ignored; wrap it in th:block")
        .isZero();
  }

  @Test
  void theCountsFindWhatTheyLookFor() {
    assertThat(
            matches(
                CONDITION_BESIDE_FRAGMENT,
                "<div th:if=\"${centre}\" th:replace=\"~{fragments/forms :: tick('a')}\"></div>"))
        .isEqualTo(1);
    assertThat(
            matches(
                CONDITION_BESIDE_FRAGMENT,
                "<p th:replace=\"~{fragments/forms :: error('a')}\"\n   th:unless=\"${x}\">"))
        .isEqualTo(1);
    assertThat(
            matches(
                CONDITION_BESIDE_FRAGMENT,
                "<th:block th:if=\"${centre}\"><div th:replace=\"~{f :: g}\"></div></th:block>"))
        .isZero();
    assertThat(matches(MAP_BINDING, "String save(@RequestParam Map<String, String> form) {"))
        .isEqualTo(1);
    assertThat(matches(MAP_BINDING, "String save(@ModelAttribute PlanForm form) {")).isZero();
    assertThat(
            matches(
                HAND_WRITTEN_ERROR,
                "<p class=\"field__error\" th:if=\"${errors != null and errors.containsKey('a')}\">"))
        .isEqualTo(1);
    assertThat(matches(HAND_WRITTEN_ERROR, "<p th:replace=\"~{fragments/forms :: error('a')}\">"))
        .isZero();
  }

  private static int count(Path root, String suffix, Pattern pattern) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> sources =
          files
              .filter(f -> f.toString().endsWith(suffix))
              .filter(f -> !f.endsWith(Path.of("fragments", "forms.html")))
              .toList();
      int found = 0;
      for (Path source : sources) {
        found += matches(pattern, Files.readString(source));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int matches(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
