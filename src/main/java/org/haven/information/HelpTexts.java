package org.haven.information;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words around the help pages' texts (the quick exit, the language switch, the contact form and
 * its errors) in every language the pages offer: {@code information/texts/<language>.properties} in
 * UTF-8, each with the keys of the English file; a key missing in a language is read in English.
 */
public final class HelpTexts {

  private static final Map<HelpLanguage, HelpTexts> ALL = load();

  private final HelpLanguage language;
  private final Properties own;
  private final Properties english;

  private HelpTexts(HelpLanguage language, Properties own, Properties english) {
    this.language = language;
    this.own = own;
    this.english = english;
  }

  public static HelpTexts of(HelpLanguage language) {
    return ALL.get(language);
  }

  /** The text for {@code key} with its arguments filled in; the key itself when unknown. */
  public String get(String key, Object... arguments) {
    String pattern = own.getProperty(key, english.getProperty(key));
    if (pattern == null) {
      return key;
    }
    // apostrophes are ordinary letters in these texts, never MessageFormat's quotes
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern.replace("'", "''"), language.locale()).format(arguments);
  }

  /** Whether this language has its own text for {@code key}. */
  public boolean has(String key) {
    return own.containsKey(key);
  }

  /** The keys of the English texts (every language should have them). */
  public static java.util.Set<String> keys() {
    return ALL.get(HelpLanguage.EN).english.stringPropertyNames();
  }

  private static Map<HelpLanguage, HelpTexts> load() {
    Properties english = read(HelpLanguage.EN);
    Map<HelpLanguage, HelpTexts> all = new EnumMap<>(HelpLanguage.class);
    for (HelpLanguage language : HelpLanguage.values()) {
      all.put(language, new HelpTexts(language, read(language), english));
    }
    return all;
  }

  private static Properties read(HelpLanguage language) {
    Properties properties = new Properties();
    try (InputStream in =
        HelpTexts.class.getResourceAsStream(
            "/information/texts/" + language.code() + ".properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
