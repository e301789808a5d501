package org.haven.people;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.haven.access.Countries;
import org.haven.access.InvalidInput;

/**
 * ISO 3166 country codes (with XK for Kosovo, see {@link Countries}) and ISO 639 language codes,
 * for every module: normalised, and refused with a clear error when unknown.
 */
public final class IsoCodes {

  private static final Set<String> LANGUAGES = languages();

  private IsoCodes() {}

  public static String country(String field, String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!Countries.known(normalised)) {
      throw new InvalidInput(field, "validation.country");
    }
    return normalised;
  }

  public static List<String> countries(String field, List<String> codes) {
    return codes.stream().map(code -> country(field, code)).distinct().toList();
  }

  public static String language(String field, String code) {
    String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(normalised)) {
      throw new InvalidInput(field, "validation.languageCode");
    }
    return normalised;
  }

  public static List<String> languages(String field, List<String> codes) {
    return codes.stream().map(code -> language(field, code)).distinct().toList();
  }

  /** Two-letter (ISO 639-1) and three-letter (ISO 639-2/3) codes. */
  private static Set<String> languages() {
    Set<String> codes = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      codes.add(code);
      try {
        codes.add(new Locale(code).getISO3Language());
      } catch (MissingResourceException e) {
        // no three-letter code for this one
      }
    }
    for (String code : ULocale.getISOLanguages()) {
      codes.add(code.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(codes);
  }
}
