package org.haven.information;

import java.time.Instant;

/**
 * A translation of a help page as the centre works on it: the working text with its status,
 * translator and reviewer, and whether the text on the public pages is older than its source.
 *
 * @param published whether a text of this translation is on the public pages
 * @param stale whether the published text was made from an older source text
 * @param starterText whether the published text is Haven's starter text, never reviewed by the
 *     centre
 */
public record Translation(
    String slug,
    HelpLanguage language,
    boolean source,
    String title,
    String body,
    TranslationStatus status,
    String translator,
    String reviewer,
    boolean published,
    boolean stale,
    boolean starterText,
    long version,
    Instant updatedAt) {}
