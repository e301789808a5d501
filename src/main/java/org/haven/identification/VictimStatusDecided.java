package org.haven.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * The competent authority decided whether the person is a victim (again, on reconsideration).
 * Carries ids, dates and the instant it happened only.
 *
 * <p>{@code actor} is the user who made the change, or null when Haven did (a deadline, a
 * departure).
 */
public record VictimStatusDecided(
    IdentificationId identification,
    PersonId person,
    UUID decision,
    DecisionOutcome outcome,
    Authority authority,
    LocalDate decidedOn,
    boolean reconsideration,
    Instant occurredAt,
    UUID actor) {}
