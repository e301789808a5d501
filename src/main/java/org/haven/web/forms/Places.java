package org.haven.web.forms;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.haven.access.Countries;
import org.haven.access.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Countries and languages as a reader chooses them: by name in the reader's language (Romania,
 * Rumænien, Rumänien), stored as ISO codes. A typed code is understood too.
 */
public final class Places {

  private Places() {}

  /** A choice: its ISO code and its name in the reader's language. */
  public record Choice(String code, String name) {}

  public static List<Choice> countries(Locale locale) {
    List<Choice> choices = new ArrayList<>();
    for (String code : Countries.codes()) {
      choices.add(new Choice(code, new Locale("", code).getDisplayCountry(locale)));
    }
    return sorted(choices, locale);
  }

  public static List<Choice> languages(Locale locale) {
    List<Choice> choices = new ArrayList<>();
    for (String code : Locale.getISOLanguages()) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
      if (!name.isBlank() && !name.equals(code)) {
        choices.add(new Choice(code, capitalised(name, locale)));
      }
    }
    return sorted(choices, locale);
  }

  /** The code a typed name (or code) stands for; empty when it names none. */
  public static Optional<String> code(String typed, List<Choice> choices) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String wanted = typed.strip();
    for (Choice choice : choices) {
      if (choice.name().equalsIgnoreCase(wanted) || choice.code().equalsIgnoreCase(wanted)) {
        return Optional.of(choice.code());
      }
    }
    return Optional.empty();
  }

  /**
   * The ISO code of the country a reader chose by name in the language chosen now (or typed as a
   * code); null when the field was left empty, an error at {@code field} when it names none.
   */
  public static String countryCode(String field, String typed) {
    return chosen(
        field, typed, countries(LocaleContextHolder.getLocale()), "places.countryUnknown");
  }

  /** Like {@link #countryCode} for a language. */
  public static String languageCode(String field, String typed) {
    return chosen(
        field, typed, languages(LocaleContextHolder.getLocale()), "places.languageUnknown");
  }

  private static String chosen(String field, String typed, List<Choice> choices, String unknown) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return code(typed, choices).orElseThrow(() -> new InvalidInput(field, unknown));
  }

  /** The name of a code in the reader's language, or the code when it names nothing known. */
  public static String name(String code, List<Choice> choices) {
    return choices.stream()
        .filter(c -> c.code().equalsIgnoreCase(code))
        .map(Choice::name)
        .findFirst()
        .orElse(code);
  }

  private static List<Choice> sorted(List<Choice> choices, Locale locale) {
    Collator collator = Collator.getInstance(locale);
    choices.sort((a, b) -> collator.compare(a.name(), b.name()));
    return List.copyOf(choices);
  }

  private static String capitalised(String name, Locale locale) {
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
