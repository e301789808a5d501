package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for support plans and services. The centre makes plans; the centre and organisations
 * the case is shared with record the services they gave. Both appear on the timeline.
 */
@Service
public class Support {

  static final int TEXT_LIMIT = 5_000;

  private final CaseFiles cases;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Support(
      CaseFiles cases,
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.cases = cases;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A plan by the centre. */
  @Transactional
  public SupportPlan plan(
      CaseId id,
      SupportType type,
      String objectives,
      LocalDate startsOn,
      LocalDate plannedEnd,
      Actor by) {
    CaseFile file = cases.load(id);
    if (!cases.access(file, by).full()) {
      throw new AccessDeniedException("Support plans are made by the centre");
    }
    if (!file.status().open()) {
      throw new InvalidInput("status", "case.alreadyClosed");
    }
    if (type == null) {
      throw new InvalidInput("type", "validation.required");
    }
    LocalDate start = startsOn == null ? LocalDate.now(clock) : startsOn;
    if (plannedEnd != null && plannedEnd.isBefore(start)) {
      throw new InvalidInput("plannedEnd", "support.endBeforeStart");
    }
    UUID planId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.support_plan (id, version, case_id, type, objectives, starts_on, planned_end, created_by, created_at)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            planId,
            id.value(),
            type.name(),
            text("objectives", objectives),
            start,
            plannedEnd,
            by.user().value(),
            CaseRecords.utc(now))
        .update();
    cases.entry(id, now, "SUPPORT_PLAN", by.user().value(), planId, type.name(), start.toString());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        CaseFiles.RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "support plan");
    return plans(id).stream().filter(p -> p.id().equals(planId)).findFirst().orElseThrow();
  }

  /**
   * A service given: by the centre, or by an organisation the case is shared with (the provider is
   * then always that organisation).
   */
  @Transactional
  public ServiceDelivered record(
      CaseId id,
      UUID plan,
      SupportType type,
      LocalDate deliveredOn,
      UUID provider,
      String note,
      Actor by) {
    CaseFile file = cases.load(id);
    CaseAccess access = cases.access(file, by);
    if (!access.may(CasePart.TASKS)) {
      throw new AccessDeniedException(
          "Services are recorded by the centre and organisations sharing the tasks");
    }
    if (!file.status().open()) {
      throw new InvalidInput("status", "case.alreadyClosed");
    }
    UUID providerOrganisation =
        access.full() && provider != null ? provider : by.organisation().value();
    if (type == null) {
      throw new InvalidInput("type", "validation.required");
    }
    if (deliveredOn == null) {
      throw new InvalidInput("deliveredOn", "validation.required");
    }
    if (deliveredOn.isAfter(LocalDate.now(clock))) {
      throw new InvalidInput("deliveredOn", "validation.futureDate");
    }
    if (plan != null && plans(id).stream().noneMatch(p -> p.id().equals(plan))) {
      throw new InvalidInput("plan", "support.planUnknown");
    }
    UUID serviceId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.service (id, case_id, plan_id, type, delivered_on, provider, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            serviceId,
            id.value(),
            plan,
            type.name(),
            deliveredOn,
            providerOrganisation,
            text("note", note),
            by.user().value(),
            CaseRecords.utc(now))
        .update();
    cases.entry(
        id,
        now,
        "SERVICE_DELIVERED",
        by.user().value(),
        serviceId,
        type.name(),
        deliveredOn.toString());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        CaseFiles.RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        access.share() == null ? "service" : "service under share " + access.share());
    events.publishEvent(new ServiceRecorded(serviceId, file.person(), type, deliveredOn, now));
    return services(id).stream()
        .filter(s -> s.id().equals(serviceId))
        .findFirst()
        .orElseThrow(() -> new NotFound("Service"));
  }

  static final String PLANS =
      "SELECT * FROM casework.support_plan WHERE case_id = ? ORDER BY starts_on, created_at";
  static final String SERVICES =
      "SELECT * FROM casework.service WHERE case_id = ? ORDER BY delivered_on DESC, recorded_at DESC";

  /** The case's plans, oldest first (for readers of the case). */
  public List<SupportPlan> plans(CaseId id) {
    return jdbc.sql(PLANS).param(id.value()).query(Support::plan).list();
  }

  /** The case's services, newest first. */
  public List<ServiceDelivered> services(CaseId id) {
    return jdbc.sql(SERVICES).param(id.value()).query(Support::service).list();
  }

  static SupportPlan plan(ResultSet rs, int row) throws SQLException {
    return new SupportPlan(
        rs.getObject("id", UUID.class),
        new CaseId(rs.getObject("case_id", UUID.class)),
        SupportType.valueOf(rs.getString("type")),
        rs.getString("objectives"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("planned_end", LocalDate.class),
        rs.getObject("actual_end", LocalDate.class),
        rs.getObject("created_by", UUID.class),
        CaseRecords.instant(rs, "created_at"),
        rs.getLong("version"));
  }

  static ServiceDelivered service(ResultSet rs, int row) throws SQLException {
    return new ServiceDelivered(
        rs.getObject("id", UUID.class),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getObject("plan_id", UUID.class),
        SupportType.valueOf(rs.getString("type")),
        rs.getObject("delivered_on", LocalDate.class),
        rs.getObject("provider", UUID.class),
        rs.getString("note"),
        rs.getObject("recorded_by", UUID.class),
        CaseRecords.instant(rs, "recorded_at"));
  }

  private static String text(String field, String value) {
    return Texts.optional(field, value, TEXT_LIMIT);
  }

  /** Every service given, oldest first, for rebuilding the statistics (types and days only). */
  @Transactional(readOnly = true)
  public void replayServices(Consumer<ServiceRecorded> sink) {
    jdbc.sql(
            """
            SELECT s.id, c.person_id, s.type, s.delivered_on, s.recorded_at
            FROM casework.service s JOIN casework.case_file c ON c.id = s.case_id
            ORDER BY s.delivered_on, s.id
            """)
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new ServiceRecorded(
                            rs.getObject("id", UUID.class),
                            new PersonId(rs.getObject("person_id", UUID.class)),
                            SupportType.valueOf(rs.getString("type")),
                            rs.getObject("delivered_on", LocalDate.class),
                            CaseRecords.instant(rs, "recorded_at"))));
  }
}
