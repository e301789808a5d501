package org.haven.people;

import com.ibm.icu.text.Transliterator;

/**
 * The Latin form of a name written in any script (Cyrillic, Arabic, Thai, Chinese, …), with ICU's
 * transliteration rules. Latin names keep their diacritics; a user may always correct the Latin
 * form by hand.
 */
final class Transliteration {

  private static final Transliterator ANY_TO_LATIN = Transliterator.getInstance("Any-Latin; NFC");
  private static final Transliterator TO_KEY =
      Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  private Transliteration() {}

  static String toLatin(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    synchronized (ANY_TO_LATIN) {
      return ANY_TO_LATIN.transliterate(name.strip());
    }
  }

  /**
   * A comparison key: Latin letters only, without accents, lower case, e.g. "Nguyễn Thị" →
   * "nguyenthi".
   */
  static String key(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key;
    synchronized (TO_KEY) {
      key = TO_KEY.transliterate(name.strip());
    }
    key = key.replaceAll("[^a-z]", "");
    return key.isEmpty() ? null : key;
  }
}
