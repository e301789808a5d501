package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One interview in an identification process: planned, then held (or cancelled). The notes are
 * testimony: only the centre and the conducting organisation read them.
 *
 * @param indicators the catalogue codes observed, comma-separated (codes never hold commas)
 */
@Table(schema = "identification", name = "interview")
public record Interview(
    UUID interviewId,
    InterviewStatus status,
    Instant scheduledAt,
    LocalDate heldOn,
    Conductor conductor,
    UUID organisation,
    UUID interviewer,
    PlaceType placeType,
    String municipality,
    String interpreterLanguage,
    boolean companionPresent,
    boolean representativePresent,
    String indicators,
    String notes,
    UUID recordedBy) {

  /** The indicator codes observed. */
  public List<String> indicatorCodes() {
    return indicators == null || indicators.isBlank()
        ? List.of()
        : Arrays.asList(indicators.split(","));
  }

  Interview with(InterviewStatus newStatus) {
    return new Interview(
        interviewId,
        newStatus,
        scheduledAt,
        heldOn,
        conductor,
        organisation,
        interviewer,
        placeType,
        municipality,
        interpreterLanguage,
        companionPresent,
        representativePresent,
        indicators,
        notes,
        recordedBy);
  }
}
