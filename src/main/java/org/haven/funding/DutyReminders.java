package org.haven.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.access.OrganisationId;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.access.Users;
import org.haven.casework.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders about reporting duties, in the app (and by mail when notification mails are on): the
 * holder's people a set number of days before a report is due; once it is overdue, the ministry's
 * officials and the holder again. Each is sent once per duty and kind — the row that records it and
 * the notifications commit together, so neither a restart nor a second instance sends one twice. A
 * notification names no person: the kind of report, its date and a link to the grant.
 */
@Component
class DutyReminders {

  static final String DUE = "FUNDING_REPORT_DUE";
  static final String OVERDUE = "FUNDING_REPORT_OVERDUE";

  private final JdbcClient jdbc;
  private final Users users;
  private final Notifications notifications;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int daysBefore;

  DutyReminders(
      JdbcClient jdbc,
      Users users,
      Notifications notifications,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${haven.funding.remind-days-before:14}") int daysBefore) {
    this.jdbc = jdbc;
    this.users = users;
    this.notifications = notifications;
    this.transactions = transactions;
    this.clock = clock;
    this.daysBefore = daysBefore;
  }

  /** One open duty to remind about. */
  record Owed(UUID duty, UUID grant, UUID organisation, String kind, LocalDate dueOn) {}

  @Scheduled(
      cron = "${haven.funding.reminders:0 0 7 * * *}",
      zone = "${haven.time-zone:Europe/Copenhagen}")
  @SchedulerLock(name = "funding.duty-reminders", lockAtLeastFor = "PT5M")
  void daily() {
    remind();
  }

  /** Sends what is due today; answers how many reminders (duty and kind) were sent. */
  int remind() {
    LocalDate today = LocalDate.now(clock);
    int sent = 0;
    for (Owed owed :
        owed("BEFORE", "d.due_on >= ? AND d.due_on <= ?", today, today.plusDays(daysBefore))) {
      sent += send(owed, "BEFORE", DUE, holders(owed.organisation()));
    }
    for (Owed owed : owed("OVERDUE", "d.due_on < ? AND d.due_on < ?", today, today)) {
      List<UUID> recipients =
          users.all().stream()
              .filter(a -> a.roles().contains(Role.MINISTRY_OFFICIAL) && person(a))
              .map(UserAccount::id)
              .toList();
      List<UUID> all = new ArrayList<>(recipients);
      all.addAll(holders(owed.organisation()));
      sent += send(owed, "OVERDUE", OVERDUE, all.stream().distinct().toList());
    }
    return sent;
  }

  private List<Owed> owed(String reminder, String when, LocalDate a, LocalDate b) {
    return jdbc.sql(
            "SELECT d.id, d.grant_id, g.organisation, d.kind, d.due_on FROM funding.reporting_duty d"
                + " JOIN funding.grant_award g ON g.id = d.grant_id"
                + " WHERE d.status IN ('DUE', 'CHANGES_REQUESTED') AND "
                + when
                + " AND NOT EXISTS (SELECT 1 FROM funding.duty_reminder r WHERE r.duty_id = d.id AND r.kind = ?)"
                + " ORDER BY d.due_on, d.id")
        .params(a, b, reminder)
        .query(
            (rs, n) ->
                new Owed(
                    rs.getObject("id", UUID.class),
                    rs.getObject("grant_id", UUID.class),
                    rs.getObject("organisation", UUID.class),
                    rs.getString("kind"),
                    rs.getObject("due_on", LocalDate.class)))
        .list();
  }

  /** Records the reminder and notifies, together; nothing if another run sent it first. */
  private int send(Owed owed, String reminder, String kind, List<UUID> recipients) {
    Integer sent =
        transactions.execute(
            status -> {
              int recorded =
                  jdbc.sql(
                          "INSERT INTO funding.duty_reminder (duty_id, kind, sent_at) VALUES (?, ?, ?)"
                              + " ON CONFLICT DO NOTHING")
                      .params(owed.duty(), reminder, clock.instant().atOffset(ZoneOffset.UTC))
                      .update();
              if (recorded == 0) {
                return 0;
              }
              for (UUID recipient : recipients) {
                notifications.send(
                    recipient,
                    kind,
                    "/funding/grants/" + owed.grant(),
                    List.of(owed.dueOn().toString(), "#funding.duty." + owed.kind()));
              }
              return 1;
            });
    return sent == null ? 0 : sent;
  }

  /** The people of the grant holder's organisation who may sign in. */
  private List<UUID> holders(UUID organisation) {
    return users.of(new OrganisationId(organisation)).stream()
        .filter(this::person)
        .map(UserAccount::id)
        .toList();
  }

  private boolean person(UserAccount account) {
    return account.enabled() && !account.serviceAccount();
  }
}
