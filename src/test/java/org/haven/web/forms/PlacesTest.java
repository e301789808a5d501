package org.haven.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlacesTest {

  @Test
  void kosovoIsChosenByItsNameInEveryLanguage() {
    for (String language : List.of("en", "da", "sv")) {
      List<Places.Choice> countries = Places.countries(Locale.forLanguageTag(language));
      assertThat(countries).contains(new Places.Choice("XK", "Kosovo"));
      assertThat(Places.code("kosovo", countries)).contains("XK");
      assertThat(Places.name("XK", countries)).isEqualTo("Kosovo");
    }
  }

  @Test
  void countriesAreListedByTheirNamesInTheReadersLanguage() {
    List<Places.Choice> countries = Places.countries(Locale.forLanguageTag("da"));
    assertThat(Places.code("Danmark", countries)).contains("DK");
    assertThat(Places.code("Sverige", countries)).contains("SE");
    assertThat(Places.code("Atlantis", countries)).isEmpty();
  }
}
