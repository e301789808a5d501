package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.reads.RoundTrip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: what happened that needs a user, with a link. A notification names no
 * person, only a kind, a few facts (days left) and where to look; the optional e-mail carries the
 * link alone.
 */
@Service
public class Notifications {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Notifications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** One notification as its recipient sees it. */
  public record Notification(
      UUID id, String kind, List<String> args, String link, Instant createdAt, boolean read) {}

  /** Sent after commit to the mailer, inside this module only. */
  record Created(UUID id, UUID recipient, String link) {}

  /**
   * A notification from another module (a report owed, say): {@code kind} names a {@code
   * notification.<kind>} message, {@code args} hold no personal data, {@code link} is a page.
   */
  @Transactional
  public void send(UUID recipient, String kind, String link, List<String> args) {
    notify(recipient, kind, link, args);
  }

  @Transactional
  void notify(UUID recipient, String kind, String link, List<String> args) {
    if (recipient == null) {
      return;
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO casework.notification (id, recipient, kind, args, link, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(id, recipient, kind, String.join("|", args), link, CaseRecords.utc(clock.instant()))
        .update();
    events.publishEvent(new Created(id, recipient, link));
  }

  /** The actor's latest notifications, unread first. */
  @Transactional(readOnly = true)
  public List<Notification> of(Actor actor, int limit) {
    return jdbc.sql(
            "SELECT * FROM casework.notification WHERE recipient = ? ORDER BY read_at IS NULL DESC, created_at DESC LIMIT "
                + Math.max(1, Math.min(limit, 200)))
        .param(actor.user().value())
        .query(
            (rs, row) ->
                new Notification(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    CaseRecords.args(rs.getString("args")),
                    rs.getString("link"),
                    CaseRecords.instant(rs, "created_at"),
                    rs.getObject("read_at") != null))
        .list();
  }

  /** How many the actor has not read. */
  @Transactional(readOnly = true)
  public long unread(Actor actor) {
    return jdbc.sql(UNREAD).param(actor.user().value()).query(Long.class).single();
  }

  /** As {@link #unread(Actor)}, read in the caller's round trip with the rest of its page. */
  public Supplier<Long> unread(Actor actor, RoundTrip reads) {
    Supplier<List<Long>> count =
        reads.add(UNREAD, (rs, row) -> rs.getLong(1), actor.user().value());
    return () -> count.get().get(0);
  }

  private static final String UNREAD =
      "SELECT count(*) FROM casework.notification WHERE recipient = ? AND read_at IS NULL";

  /** Marks all of the actor's notifications read. */
  @Transactional
  public void markAllRead(Actor actor) {
    jdbc.sql("UPDATE casework.notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
        .params(CaseRecords.utc(clock.instant()), actor.user().value())
        .update();
  }
}
