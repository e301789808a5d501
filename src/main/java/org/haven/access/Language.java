package org.haven.access;

import java.util.Locale;
import java.util.Optional;

/** The languages Haven's interface speaks. */
public enum Language {
  /** English. */
  EN,
  /** Danish. */
  DA,
  /** Swedish. */
  SV;

  public Locale locale() {
    return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language for a code such as {@code da} or {@code DA}, if Haven speaks it. */
  public static Optional<Language> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
