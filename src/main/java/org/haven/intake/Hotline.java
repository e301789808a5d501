package org.haven.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for the centre's hotline log: anonymous by default, optionally linked to a referral.
 */
@Service
public class Hotline {

  static final String RESOURCE = "HotlineCall";
  static final int TOPIC_LIMIT = 500;
  static final int OUTCOME_LIMIT = 2_000;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Hotline(JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @Transactional
  public HotlineCall log(
      Instant receivedAt,
      CallerType callerType,
      String topic,
      String outcome,
      UUID referral,
      Actor by) {
    requireCentre(by);
    Instant now = clock.instant();
    if (receivedAt == null) {
      throw new InvalidInput("receivedAt", "validation.required");
    }
    if (receivedAt.isAfter(now.plusSeconds(60))) {
      throw new InvalidInput("receivedAt", "validation.futureDate");
    }
    if (callerType == null) {
      throw new InvalidInput("callerType", "validation.required");
    }
    if (topic == null || topic.isBlank()) {
      throw new InvalidInput("topic", "validation.required");
    }
    if (topic.strip().length() > TOPIC_LIMIT) {
      throw new InvalidInput("topic", "validation.tooLong", TOPIC_LIMIT);
    }
    if (outcome != null && outcome.strip().length() > OUTCOME_LIMIT) {
      throw new InvalidInput("outcome", "validation.tooLong", OUTCOME_LIMIT);
    }
    if (referral != null
        && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake.referral WHERE id = ?)")
            .param(referral)
            .query(Boolean.class)
            .single()) {
      throw new InvalidInput("referral", "hotline.referralUnknown");
    }
    HotlineCall call =
        new HotlineCall(
            UUID.randomUUID(),
            receivedAt,
            callerType,
            topic.strip(),
            outcome == null || outcome.isBlank() ? null : outcome.strip(),
            referral,
            now);
    jdbc.sql(
            """
            INSERT INTO intake.hotline_call (id, received_at, caller_type, topic, outcome, referral_id, logged_by,
                                             organisation, logged_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            call.id(),
            Timestamp.from(receivedAt),
            callerType.name(),
            call.topic(),
            call.outcome(),
            referral,
            by.user().value(),
            by.organisation().value(),
            Timestamp.from(now))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, call.id().toString());
    events.publishEvent(new HotlineCallLogged(call.id(), receivedAt, callerType));
    return call;
  }

  /**
   * Hands every logged call, as the event that announced it, to {@code sink}, oldest first: for
   * projections rebuilt from scratch. Categories and instants only.
   */
  @Transactional(readOnly = true)
  public void replay(Consumer<HotlineCallLogged> sink) {
    jdbc.sql(
            "SELECT id, received_at, caller_type FROM intake.hotline_call ORDER BY received_at, id")
        .query(
            rs -> {
              sink.accept(
                  new HotlineCallLogged(
                      rs.getObject("id", UUID.class),
                      rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                      CallerType.valueOf(rs.getString("caller_type"))));
            });
  }

  /** Calls received in the window, newest first. */
  @Transactional
  public List<HotlineCall> between(Instant from, Instant to, int page, int size, Actor by) {
    requireCentre(by);
    // Topics and outcomes are free text and may mention a person: reading the log is audited.
    audit.record(by.audit(), AuditAction.READ, RESOURCE, null);
    return jdbc.sql(
            """
            SELECT * FROM intake.hotline_call WHERE received_at >= ? AND received_at < ?
            ORDER BY received_at DESC LIMIT ? OFFSET ?
            """)
        .params(Timestamp.from(from), Timestamp.from(to), size, (long) page * size)
        .query(
            (rs, row) ->
                new HotlineCall(
                    rs.getObject("id", UUID.class),
                    rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                    CallerType.valueOf(rs.getString("caller_type")),
                    rs.getString("topic"),
                    rs.getString("outcome"),
                    rs.getObject("referral_id", UUID.class),
                    rs.getObject("logged_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private static void requireCentre(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("The hotline is the centre's");
    }
  }
}
