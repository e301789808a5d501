package org.haven.repatriation;

import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A prepared repatriation as statistics count it: offered when, answered how and when, carried out
 * when and to which country, and how the reintegration ended. Ids, codes and dates only.
 */
public record RepatriationFact(
    UUID repatriation,
    PersonId person,
    RepatriationStatus status,
    LocalDate offeredOn,
    LocalDate answeredOn,
    LocalDate departedOn,
    String country,
    ReintegrationOutcome outcome,
    LocalDate reintegrationEndsOn) {}
