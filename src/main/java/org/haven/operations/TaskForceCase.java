package org.haven.operations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's case in a task force's caseload, as a member reaches it: the pseudonymous reference,
 * whether the case is open, the period's end, and whether consent or a legal basis carries the
 * reading (none for the centre, which works the case).
 */
public record TaskForceCase(
    UUID caseId, String personReference, boolean open, LocalDate periodEndsOn, String basis) {}
