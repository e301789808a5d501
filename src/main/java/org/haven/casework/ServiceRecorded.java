package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/** A service was given to a person in a case: its type and day (never its note). */
public record ServiceRecorded(
    UUID service, PersonId person, SupportType type, LocalDate deliveredOn, Instant occurredAt) {}
