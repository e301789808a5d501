package org.haven.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.haven.people.matching.Comparison;
import org.junit.jupiter.api.Test;

/**
 * Every agreement level the matcher can explain has words on the review page (the other languages
 * follow the English bundle, see {@link MessageBundlesTest}); a renamed level would otherwise show
 * its English engine name to every reader.
 */
class AgreementLevelMessagesTest {

  @Test
  void everyAgreementLevelHasItsWords() throws Exception {
    Properties messages = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(Comparison.levelNames()).hasSizeGreaterThan(10);
    for (String level : Comparison.levelNames()) {
      assertThat(messages).as(level).containsKey(PersonReviewsController.levelKey(level));
    }
    assertThat(messages).containsKey(PersonReviewsController.levelKey("missing"));
  }
}
