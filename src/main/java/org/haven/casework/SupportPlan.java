package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A support plan on a case: its type, objectives and dates. */
public record SupportPlan(
    UUID id,
    CaseId caseId,
    SupportType type,
    String objectives,
    LocalDate startsOn,
    LocalDate plannedEnd,
    LocalDate actualEnd,
    UUID createdBy,
    Instant createdAt,
    long version) {}
