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
import java.util.Set;

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
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] filled = arguments.clone();
    for (int i = 0; i < filled.length; i++) {
      if (filled[i] instanceof CharSequence text) {
        filled[i] = isolated(language, text.toString());
      }
    }
    // apostrophes are ordinary letters in these texts, never MessageFormat's quotes
    return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(filled);
  }

  /**
   * A phone number or other left-to-right token set apart from right-to-left text (Unicode's
   * left-to-right isolate), so "+45 70 20 25 50" is not shown as "50 25 20 70 45+" in Arabic.
   */
  static String isolated(HelpLanguage language, String text) {
    return language.rightToLeft() ? "\u2066" + text + "\u2069" : text;
  }

  /** Whether this language has its own text for {@code key}. */
  public boolean has(String key) {
    return own.containsKey(key);
  }

  /** The keys of the English texts (every language should have them). */
  public static Set<String> keys() {
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
