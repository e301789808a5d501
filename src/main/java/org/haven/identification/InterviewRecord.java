package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened at an interview (or a changed plan): the whole interview as it should now be.
 *
 * @param status SCHEDULED to change the plan, HELD to record it held, CANCELLED to call it off
 */
public record InterviewRecord(
    InterviewStatus status,
    Instant scheduledAt,
    LocalDate heldOn,
    PlaceType placeType,
    String municipality,
    String interpreterLanguage,
    boolean companionPresent,
    boolean representativePresent,
    List<String> indicators,
    String notes) {

  public InterviewRecord {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  /** The interview as recorded, to change some fields of. */
  public static InterviewRecord of(Interview interview) {
    return new InterviewRecord(
        interview.status(),
        interview.scheduledAt(),
        interview.heldOn(),
        interview.placeType(),
        interview.municipality(),
        interview.interpreterLanguage(),
        interview.companionPresent(),
        interview.representativePresent(),
        interview.indicatorCodes(),
        interview.notes());
  }
}
