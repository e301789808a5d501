package org.haven.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class OptionsHtmlTest {

  enum Colour {
    RED,
    GREEN
  }

  @Test
  void anEnumsValuesInOrderLabelledFromTheBundlesWithThePostedOneChosen() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("colour.RED", Locale.forLanguageTag("da"), "Rød");
    messages.addMessage("colour.GREEN", Locale.forLanguageTag("da"), "Grøn");

    assertThat(
            OptionsHtml.of(
                Colour.values(), "colour.", "GREEN", messages, Locale.forLanguageTag("da")))
        .isEqualTo(
            "<option value=\"RED\">Rød</option><option value=\"GREEN\" selected>Grøn</option>");
    assertThat(
            OptionsHtml.of(Colour.values(), "colour.", null, messages, Locale.forLanguageTag("da")))
        .doesNotContain("selected");
  }

  @Test
  void valuesAndLabelsTypedByPeopleAreEscaped() {
    assertThat(
            OptionsHtml.of(
                List.of(new OptionsHtml.Option("a\"b", "<script>x</script> & co", false))))
        .isEqualTo("<option value=\"a&quot;b\">&lt;script&gt;x&lt;/script&gt; &amp; co</option>");
  }
}
