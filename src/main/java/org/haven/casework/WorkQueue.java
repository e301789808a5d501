package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.identification.Identifications;
import org.haven.intake.Referrals;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.reads.RoundTrip;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's work for today, most urgent first: periods ending on the cases they are contact
 * person for, tasks due, interviews planned, and for the centre the count of new referrals. Rows
 * show pseudonymous references only.
 */
@Service
public class WorkQueue {

  /** How far ahead the queue looks. */
  static final int HORIZON_DAYS = 14;

  private final JdbcOperations together;
  private final Identifications identifications;
  private final Referrals referrals;
  private final People people;
  private final Notifications notifications;
  private final Clock clock;

  WorkQueue(
      JdbcOperations together,
      Identifications identifications,
      Referrals referrals,
      People people,
      Notifications notifications,
      Clock clock) {
    this.together = together;
    this.identifications = identifications;
    this.referrals = referrals;
    this.people = people;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * One thing to do.
   *
   * @param kind {@code PERIOD_ENDING}, {@code TASK}, {@code INTERVIEW}
   * @param reference the person's pseudonymous reference
   * @param link where to act
   * @param due the date by which (the interview's day for an interview)
   * @param daysLeft whole days from today to {@code due} (negative: overdue)
   * @param title a task's own title, or null
   * @param subject the task, interview or case id
   */
  public record Item(
      String kind,
      String reference,
      String link,
      LocalDate due,
      long daysLeft,
      String title,
      Instant at,
      UUID subject) {}

  /** The queue, with counts for the header cards. */
  public record Queue(List<Item> items, Long newReferrals, long unreadNotifications) {}

  /** The actor's queue (its reads in one round trip of their own). */
  @Transactional(readOnly = true)
  public Queue of(Actor actor, ZoneId zone) {
    RoundTrip reads = new RoundTrip();
    Supplier<Queue> queue = of(actor, zone, reads);
    reads.run(together);
    return queue.get();
  }

  /**
   * The actor's queue, its reads added to {@code reads} for the caller to send with reads of its
   * own (the work queue page), in the caller's transaction; put together once asked for, after the
   * trip has run.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<Queue> of(Actor actor, ZoneId zone, RoundTrip reads) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate horizon = today.plusDays(HORIZON_DAYS);
    UUID user = actor.user().value();
    Supplier<List<Item>> periods =
        reads.add(
            PERIODS_ENDING,
            (rs, row) -> {
              LocalDate ends = rs.getObject("period_ends_on", LocalDate.class);
              UUID caseId = rs.getObject("id", UUID.class);
              return new Item(
                  "PERIOD_ENDING",
                  rs.getString("person_reference"),
                  "/cases/" + caseId,
                  ends,
                  ChronoUnit.DAYS.between(today, ends),
                  null,
                  null,
                  caseId);
            },
            user,
            horizon);
    Supplier<List<Item>> tasks =
        reads.add(
            TASKS_DUE,
            (rs, row) -> {
              LocalDate due = rs.getObject("due_on", LocalDate.class);
              return new Item(
                  CaseFiles.TRIAL_IN_PERIOD.equals(rs.getString("kind"))
                      ? CaseFiles.TRIAL_IN_PERIOD
                      : "TASK",
                  rs.getString("person_reference"),
                  "/cases/" + rs.getObject("case_id", UUID.class),
                  due,
                  due == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, due),
                  rs.getString("title"),
                  null,
                  rs.getObject("id", UUID.class));
            },
            user,
            horizon);
    Supplier<List<Identifications.PlannedInterview>> interviews =
        identifications.interviewsFor(
            actor,
            today.atStartOfDay(zone).toInstant(),
            today.plusDays(8).atStartOfDay(zone).toInstant(),
            reads);
    Supplier<OptionalLong> waiting = referrals.countNew(actor, reads);
    Supplier<Long> unread = notifications.unread(actor, reads);
    return RoundTrip.then(
        periods,
        ending -> {
          List<Item> items = new ArrayList<>(ending);
          items.addAll(tasks.get());
          // the persons' references: one more read, only when interviews are planned
          var references =
              people.referencesOf(
                  interviews.get().stream().map(Identifications.PlannedInterview::person).toList());
          for (var interview : interviews.get()) {
            LocalDate day = LocalDate.ofInstant(interview.scheduledAt(), zone);
            items.add(
                new Item(
                    "INTERVIEW",
                    reference(references.get(interview.person())),
                    "/identifications/" + interview.identification(),
                    day,
                    ChronoUnit.DAYS.between(today, day),
                    null,
                    interview.scheduledAt(),
                    interview.interview()));
          }
          items.sort(
              Comparator.comparingLong(Item::daysLeft)
                  .thenComparing(i -> i.kind().equals("PERIOD_ENDING") ? 0 : 1));
          OptionalLong count = waiting.get();
          Long newReferrals = count.isPresent() ? count.getAsLong() : null;
          return new Queue(List.copyOf(items), newReferrals, unread.get());
        });
  }

  private static final String PERIODS_ENDING =
      """
      SELECT id, person_reference, period_ends_on FROM casework.case_file
      WHERE contact_person = ? AND status IN ('ACTIVE', 'FOLLOW_UP')
        AND period_ends_on IS NOT NULL AND period_ends_on <= ?
      ORDER BY period_ends_on LIMIT 50
      """;

  private static final String TASKS_DUE =
      """
      SELECT t.id, t.case_id, t.kind, t.title, t.due_on, c.person_reference FROM casework.task t
      JOIN casework.case_file c ON c.id = t.case_id
      WHERE t.assignee = ? AND t.status = 'OPEN' AND (t.due_on IS NULL OR t.due_on <= ?)
        AND t.kind <> 'PERIOD_ENDING'
      ORDER BY t.due_on NULLS LAST LIMIT 50
      """;

  private static String reference(PersonReference reference) {
    return reference == null ? "?" : reference.value();
  }
}
