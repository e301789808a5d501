package org.haven.information;

import java.util.Map;

/**
 * A help page in the centre's overview: its title in the source language and where each language's
 * translation stands.
 */
public record PageOverview(
    String slug,
    int position,
    HelpLanguage sourceLanguage,
    String title,
    Map<HelpLanguage, State> translations) {

  /** Where one language's translation stands, as the overview shows it. */
  public enum State {
    MISSING,
    DRAFT,
    NEEDS_REVIEW,
    PUBLISHED,
    /** Published, but made from an older source text: the public page says it is being updated. */
    STALE
  }

  /** How many languages have a published translation that is current. */
  public long current() {
    return translations.values().stream().filter(s -> s == State.PUBLISHED).count();
  }
}
