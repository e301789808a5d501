package org.haven.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import org.haven.people.PersonId;

/** The reintegration period ended, with its outcome. */
public record ReintegrationEnded(
    RepatriationId repatriation,
    PersonId person,
    ReintegrationOutcome outcome,
    LocalDate endedOn,
    Instant occurredAt) {}
