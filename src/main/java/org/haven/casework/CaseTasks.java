package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for a case's tasks: the centre writes them and gives them to one of its caseworkers;
 * the centre or the assignee marks them done. Tasks Haven raises itself (deadlines, reminders) are
 * set aside when the case closes; tasks people wrote stay open.
 */
@Service
public class CaseTasks {

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final Notifications notifications;
  private final Clock clock;

  CaseTasks(JdbcClient jdbc, CaseRecords records, Notifications notifications, Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** A task by hand (the centre); given to the writer unless an assignee is named. */
  @Transactional
  public CaseTask add(CaseId id, String title, LocalDate dueOn, UUID assignee, Actor by) {
    CaseFile file = records.load(id);
    records.requireFull(file, by);
    file.requireOpen();
    String what = CaseTask.checkedTitle(title, dueOn, LocalDate.now(clock));
    UUID who =
        assignee == null ? by.user().value() : records.requireCentreUser("assignee", assignee);
    UUID taskId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.task (id, case_id, kind, title, due_on, assignee, status, created_by, created_at)
            VALUES (?, ?, 'MANUAL', ?, ?, ?, 'OPEN', ?, ?)
            """)
        .params(taskId, id.value(), what, dueOn, who, by.user().value(), CaseRecords.utc(now))
        .update();
    records.entry(
        id, now, "TASK_CREATED", by.user().value(), taskId, dueOn == null ? "" : dueOn.toString());
    if (!who.equals(by.user().value())) {
      notifications.notify(who, "TASK_ASSIGNED", "/cases/" + id.value(), List.of());
    }
    records.auditChange(id, by, "task added");
    return records.task(taskId);
  }

  /** Marks a task done (the centre, or its assignee). */
  @Transactional
  public CaseTask complete(CaseId id, UUID taskId, Actor by) {
    CaseFile file = records.load(id);
    CaseTask task = records.task(taskId);
    if (!task.caseId().equals(id)) {
      throw new NotFound("Task");
    }
    if (!task.mayComplete(by)) {
      records.access(file, by);
      throw new AccessDeniedException("Only the centre or the assignee completes a task");
    }
    task.requireOpen();
    Instant now = clock.instant();
    int done =
        jdbc.sql(
                "UPDATE casework.task SET status = 'DONE', done_at = ?, done_by = ? WHERE id = ? AND status = 'OPEN'")
            .params(CaseRecords.utc(now), by.user().value(), taskId)
            .update();
    if (done == 0) {
      throw new InvalidInput("status", "task.notOpen");
    }
    records.entry(id, now, "TASK_DONE", by.user().value(), taskId);
    records.auditChange(id, by, "task done");
    return records.task(taskId);
  }

  /**
   * How many open tasks closing the case would set aside: those Haven made itself (deadlines,
   * reminders); tasks people wrote stay open. For the page that asks first.
   */
  @Transactional(readOnly = true)
  public int setAsideByClosing(CaseId id, Actor by) {
    records.requireFull(records.load(id), by);
    return jdbc.sql(
            "SELECT count(*) FROM casework.task WHERE case_id = ? AND status = 'OPEN' AND kind <> 'MANUAL'")
        .param(id.value())
        .query(Integer.class)
        .single();
  }

  /** Sets aside the open tasks Haven raised itself, as the case closes. */
  void setAside(CaseId id, Instant at) {
    jdbc.sql(
            "UPDATE casework.task SET status = 'OBSOLETE', done_at = ? WHERE case_id = ? AND status = 'OPEN' AND kind <> 'MANUAL'")
        .params(CaseRecords.utc(at), id.value())
        .update();
  }
}
