package org.haven.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.haven.access.InvalidInput;
import org.junit.jupiter.api.Test;

/** The sanitiser: editors cannot publish script or remote images, and none can reach a reader. */
class HelpMarkdownTest {

  static InvalidInput.Gathered check(String title, String body) {
    InvalidInput.Gathered errors = new InvalidInput.Gathered();
    HelpMarkdown.check(title, body, errors);
    return errors;
  }

  static String refusal(String body) {
    InvalidInput.Gathered errors = check("A title", body);
    assertThat(errors.isEmpty()).as(body).isFalse();
    return errors.found().get(0).messageKey();
  }

  @Test
  void plainMarkdownIsAccepted() {
    assertThat(
            check(
                    "Your rights",
                    "You have rights.\n\n## Help\n\n- a doctor\n- **a lawyer**\n\n"
                        + "Read [about the period](reflection-period), call [112](tel:112) or see"
                        + " [the ministry](https://example.org/).")
                .isEmpty())
        .isTrue();
  }

  @Test
  void scriptHtmlRemoteImagesAndUnsafeLinksAreRefusedWhenSaved() {
    assertThat(refusal("Hello <script>alert(1)</script>")).isEqualTo("information.html");
    assertThat(refusal("<div onclick=\"x()\">block</div>")).isEqualTo("information.html");
    assertThat(refusal("<img src=\"https://tracker.example/p.gif\">"))
        .isEqualTo("information.html");
    assertThat(refusal("![pixel](https://tracker.example/p.gif)")).isEqualTo("information.image");
    assertThat(refusal("[click](javascript:alert(1))")).isEqualTo("information.link");
    assertThat(refusal("[click](JavaScript:alert(1))")).isEqualTo("information.link");
    assertThat(refusal("[data](data:text/html;base64,PHNjcmlwdD4=)")).isEqualTo("information.link");
    assertThat(refusal("[other host](//evil.example/)")).isEqualTo("information.link");
    assertThat(refusal("[plain http](http://example.org/)")).isEqualTo("information.link");
    assertThat(check("<b>Title</b>", "text").found().get(0).field()).isEqualTo("title");
    assertThat(refusal("x".repeat(HelpMarkdown.BODY_LIMIT + 1))).isEqualTo("validation.tooLong");
  }

  @Test
  void whatReachesTheRendererAnywayIsMadeHarmless() {
    String html =
        HelpMarkdown.html(
            "<script>alert(1)</script>\n\n![pixel](https://tracker.example/p.gif)\n\n"
                + "[click](javascript:alert(1)) and <img src=x onerror=alert(1)> {emergency}",
            "112");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("javascript:")
        .doesNotContain("tracker.example")
        .contains("&lt;script&gt;")
        .contains("pixel")
        .contains("112");
  }

  @Test
  void secureLinksDoNotTellWhereTheReaderCameFrom() {
    assertThat(HelpMarkdown.html("[site](https://example.org/)", "112"))
        .contains("rel=\"noreferrer noopener\"");
    assertThatThrownBy(() -> check(null, null).done()).isInstanceOf(InvalidInput.class);
  }
}
