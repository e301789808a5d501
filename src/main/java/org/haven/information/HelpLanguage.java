package org.haven.information;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the public help pages are offered in, with its own name (as its readers write it,
 * never a flag) and its writing direction.
 */
public enum HelpLanguage {
  EN("en", "English", false),
  DA("da", "Dansk", false),
  SV("sv", "Svenska", false),
  RO("ro", "Română", false),
  BG("bg", "Български", false),
  UK("uk", "Українська", false),
  RU("ru", "Русский", false),
  PL("pl", "Polski", false),
  LT("lt", "Lietuvių", false),
  TH("th", "ไทย", false),
  VI("vi", "Tiếng Việt", false),
  ZH("zh", "中文（简体）", false),
  AR("ar", "العربية", true),
  ES("es", "Español", false),
  TL("tl", "Tagalog", false),
  PT("pt", "Português", false);

  private final String code;
  private final String ownName;
  private final boolean rightToLeft;

  HelpLanguage(String code, String ownName, boolean rightToLeft) {
    this.code = code;
    this.ownName = ownName;
    this.rightToLeft = rightToLeft;
  }

  /** The ISO 639-1 code, as in the pages' addresses. */
  public String code() {
    return code;
  }

  public String ownName() {
    return ownName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The value of the {@code lang} attribute (Simplified Chinese is {@code zh-Hans}). */
  public String tag() {
    return this == ZH ? "zh-Hans" : code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag());
  }

  /** The language with this code ({@code fil} is read as Tagalog), if the pages offer it. */
  public static Optional<HelpLanguage> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("fil")) {
      wanted = "tl";
    }
    String language = wanted;
    return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
  }
}
