package org.haven.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/** The handler lookup's shortcut never passes over a mapping that matches the path. */
@HavenTest
class HandlerLookupTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyMappingOfHavenStillMatchesThePathsItsPatternsMatch() {
    assertThat(mappings).isInstanceOf(HandlerLookup.LiteralBeginnings.class);
    int checked = 0;
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      String[] beginnings = HandlerLookup.LiteralBeginnings.of(info);
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        String path = sample(pattern.getPatternString());
        if (!pattern.matches(PathContainer.parsePath(path))) {
          continue; // a variable with a regular expression of its own: no sample for it here
        }
        assertThat(HandlerLookup.LiteralBeginnings.mayMatch(beginnings, path))
            .as(pattern.getPatternString() + " matches " + path)
            .isTrue();
        checked++;
      }
    }
    assertThat(checked).as("Haven's mappings, nearly all of them").isGreaterThan(300);
  }

  @Test
  void aMappingWhoseBeginningDoesNotStartThePathIsPassedOver() {
    assertThat(HandlerLookup.LiteralBeginnings.literalBeginning("/cases/{id}/tasks"))
        .isEqualTo("/cases/");
    assertThat(HandlerLookup.LiteralBeginnings.literalBeginning("/static/**"))
        .isEqualTo("/static/");
    assertThat(HandlerLookup.LiteralBeginnings.literalBeginning("/login")).isEqualTo("/login");
    String[] persons = {"/persons/", "/people/"};
    assertThat(HandlerLookup.LiteralBeginnings.mayMatch(persons, "/cases/1")).isFalse();
    assertThat(HandlerLookup.LiteralBeginnings.mayMatch(persons, "/people/1")).isTrue();
    assertThat(HandlerLookup.LiteralBeginnings.mayMatch(persons, "/c%61ses/1"))
        .as("an escaped path is looked up the ordinary way")
        .isTrue();
    assertThat(HandlerLookup.LiteralBeginnings.mayMatch(persons, "/cases;v=1/1"))
        .as("so is one with a matrix parameter")
        .isTrue();
  }

  /** A path the pattern matches: each variable or wildcard filled with a plain word. */
  private static String sample(String pattern) {
    return pattern
        .replaceAll("\\{\\*[^}]*}", "x1/x2")
        .replaceAll("\\{[^}]*}", "x1")
        .replace("**", "x1/x2")
        .replace("*", "x1")
        .replace("?", "a");
  }
}
