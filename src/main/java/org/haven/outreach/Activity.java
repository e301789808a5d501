package org.haven.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.access.Texts;

/**
 * One outreach activity and what was met on it: the contacts recorded and the people they stand
 * for. An activity is checked whole when recorded: a type, a date not in the future, a length of at
 * most 24 hours, a municipality.
 */
public record Activity(
    UUID id,
    UUID organisation,
    ActivityType type,
    LocalDate date,
    int durationMinutes,
    String municipality,
    String area,
    UUID venue,
    List<String> teamMembers,
    List<String> languages,
    boolean interpreter,
    String notes,
    boolean closed,
    long version,
    int contacts,
    int people) {

  static final int TEXT_LIMIT = 200;
  static final int NOTES_LIMIT = 2_000;
  static final int MAX_MINUTES = 24 * 60;
  static final int MAX_TEAM = 20;
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  /** The details checked and tidied, or the first field that is wrong. */
  static ActivityDetails checked(ActivityDetails d, LocalDate today) {
    if (d == null) {
      throw new InvalidInput("type", "validation.required");
    }
    if (d.type() == null) {
      throw new InvalidInput("type", "validation.required");
    }
    if (d.date() == null) {
      throw new InvalidInput("date", "validation.required");
    }
    if (d.date().isAfter(today)) {
      throw new InvalidInput("date", "validation.futureDate");
    }
    if (d.durationMinutes() == null) {
      throw new InvalidInput("durationMinutes", "validation.required");
    }
    if (d.durationMinutes() < 1 || d.durationMinutes() > MAX_MINUTES) {
      throw new InvalidInput("durationMinutes", "outreach.durationRange");
    }
    String municipality = Texts.optional("municipality", d.municipality(), TEXT_LIMIT);
    if (municipality == null) {
      throw new InvalidInput("municipality", "validation.required");
    }
    if (d.teamMembers().size() > MAX_TEAM) {
      throw new InvalidInput("teamMembers", "outreach.teamTooLarge");
    }
    List<String> team =
        d.teamMembers().stream()
            .map(t -> Texts.optional("teamMembers", t, 100))
            .filter(t -> t != null)
            .toList();
    List<String> languages =
        d.languages().stream()
            .filter(l -> l != null && !l.isBlank())
            .map(l -> l.strip().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    for (String language : languages) {
      if (!LANGUAGES.contains(language)) {
        throw new InvalidInput("languages", "outreach.languageUnknown");
      }
    }
    return new ActivityDetails(
        d.type(),
        d.date(),
        d.durationMinutes(),
        municipality,
        Texts.optional("area", d.area(), TEXT_LIMIT),
        d.venue(),
        team,
        languages,
        Boolean.TRUE.equals(d.interpreter()),
        Texts.optional("notes", d.notes(), NOTES_LIMIT));
  }
}
