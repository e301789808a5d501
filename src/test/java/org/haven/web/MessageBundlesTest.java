package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every word of the interface exists in English, Danish and Swedish, with the same placeholders.
 */
class MessageBundlesTest {

  @Test
  void everyKeyExistsInEnglishDanishAndSwedish() throws IOException {
    Properties english = load("messages.properties");
    Properties danish = load("messages_da.properties");
    Properties swedish = load("messages_sv.properties");
    assertThat(danish.stringPropertyNames())
        .as("keys in Danish")
        .isEqualTo(english.stringPropertyNames());
    assertThat(swedish.stringPropertyNames())
        .as("keys in Swedish")
        .isEqualTo(english.stringPropertyNames());
  }

  @Test
  void translationsKeepThePlaceholders() throws IOException {
    Properties english = load("messages.properties");
    for (String language : new String[] {"da", "sv"}) {
      Properties translated = load("messages_" + language + ".properties");
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(translated.getProperty(key, "")))
            .as("placeholders of %s in %s", key, language)
            .isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  @Test
  void noMessageIsEmpty() throws IOException {
    for (String bundle :
        new String[] {"messages.properties", "messages_da.properties", "messages_sv.properties"}) {
      load(bundle)
          .forEach(
              (key, value) ->
                  assertThat(value.toString()).as("%s in %s", key, bundle).isNotBlank());
    }
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    // {0}, and also {0,number,integer} or {0,choice,...}: the argument's index is what must match.
    Matcher matcher = Pattern.compile("\\{(\\d+)[,}]").matcher(message);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
