package org.haven.identification;

import java.time.Instant;
import java.util.UUID;

/**
 * An interview to schedule.
 *
 * @param organisation the conducting organisation (the centre or an NGO); null: the actor's own
 * @param interviewer the user who will hold it; null: the actor
 * @param representativePresent for a child, the personal representative will attend (required)
 */
public record InterviewPlan(
    Instant scheduledAt,
    UUID organisation,
    UUID interviewer,
    PlaceType placeType,
    String municipality,
    String interpreterLanguage,
    boolean companionPresent,
    boolean representativePresent) {}
