package org.haven.outreach;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An outreach activity as the worker records it: the area is a municipality and a free text (never
 * a venue's address); the team are the workers' names or initials; languages are ISO 639 codes.
 */
public record ActivityDetails(
    ActivityType type,
    @JsonAlias({"heldOn", "activityDate"}) LocalDate date,
    @JsonAlias({"duration", "minutes"}) Integer durationMinutes,
    String municipality,
    String area,
    UUID venue,
    @JsonAlias({"team"}) List<String> teamMembers,
    List<String> languages,
    Boolean interpreter,
    String notes) {

  public ActivityDetails {
    teamMembers = teamMembers == null ? List.of() : List.copyOf(teamMembers);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}
