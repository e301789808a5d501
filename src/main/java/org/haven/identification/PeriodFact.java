package org.haven.identification;

import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A process's current reflection or restitution period, for statistics: when it started, how long
 * it runs with its extensions, how many it had, and when and why it ended. Ids and codes only.
 */
public record PeriodFact(
    UUID identification,
    PersonId person,
    PeriodType type,
    LocalDate start,
    int days,
    int extensions,
    LocalDate endedOn,
    PeriodEndReason endReason,
    Boolean accepted) {}
