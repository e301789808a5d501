package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service given to the person: when, by which organisation, of which type, under which plan.
 *
 * @param plan the support plan it belongs to, or null
 */
public record ServiceDelivered(
    UUID id,
    CaseId caseId,
    UUID plan,
    SupportType type,
    LocalDate deliveredOn,
    UUID provider,
    String note,
    UUID recordedBy,
    Instant recordedAt) {}
