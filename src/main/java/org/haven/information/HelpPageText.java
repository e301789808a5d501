package org.haven.information;

/**
 * One public help page as a reader gets it.
 *
 * @param shownIn the language of the text shown: the one asked for, or the page's source language
 *     when no reviewed translation exists yet
 * @param stale whether the text is older than its source (or not the language asked for), so the
 *     page says it is being updated and links the source language
 * @param html the text, rendered from the centre's restricted markdown
 */
public record HelpPageText(
    String slug,
    int position,
    HelpLanguage language,
    HelpLanguage shownIn,
    HelpLanguage sourceLanguage,
    String title,
    String html,
    boolean stale) {}
