package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.access.Texts;

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
    Instant doneAt) {

  /** Whether the actor may mark the task done: the centre, or the person it is assigned to. */
  public boolean mayComplete(Actor by) {
    return by.has(Role.CENTRE_CASEWORKER) || by.user().value().equals(assignee);
  }

  /** Refuses a task that is no longer open (done, or set aside when the case closed). */
  public void requireOpen() {
    if (status != TaskStatus.OPEN) {
      throw new InvalidInput("status", "task.notOpen");
    }
  }

  /** A task written by hand: a title, and a due date that is not already past. */
  static String checkedTitle(String title, LocalDate dueOn, LocalDate today) {
    String what = Texts.optional("title", title, CaseFiles.TITLE_LIMIT);
    if (what == null) {
      throw new InvalidInput("title", "validation.required");
    }
    if (dueOn != null && dueOn.isBefore(today)) {
      throw new InvalidInput("dueOn", "task.duePast");
    }
    return what;
  }
}
