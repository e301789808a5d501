package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task on a case.
 *
 * @param kind {@code MANUAL} (with a title) or a policy's kind such as {@code PERIOD_ENDING}
 * @param args facts for a policy task's sentence
 * @param createdBy the user, or null when a policy created it
 */
public record CaseTask(
    UUID id,
    CaseId caseId,
    String kind,
    String title,
    List<String> args,
    LocalDate dueOn,
    UUID assignee,
    TaskStatus status,
    UUID createdBy,
    Instant createdAt,
    Instant doneAt) {}
