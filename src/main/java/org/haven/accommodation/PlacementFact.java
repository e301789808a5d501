package org.haven.accommodation;

import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/** A stay in a shelter as statistics count it: who, from when, until when (null while open). */
public record PlacementFact(
    UUID placement, PersonId person, UUID shelter, LocalDate startsOn, LocalDate endedOn) {}
