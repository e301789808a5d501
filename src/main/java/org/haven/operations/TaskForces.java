package org.haven.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.operations.JointAction.Member;
import org.haven.operations.TaskForce.Meeting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door of task forces: a named group of organisations and their people with a purpose, a
 * period and a sector, meeting over months. The centre links persons' cases to it; each member
 * organisation sees in the shared caseload only the cases it reaches under the case-sharing rules
 * (the person's consent or a legal basis), every reading audited with the task force as purpose. An
 * organisation removed from the task force reads nothing through it from that moment.
 */
@Service
public class TaskForces {

  static final String RESOURCE = "TaskForce";
  static final Set<Role> FOUNDERS =
      EnumSet.of(
          Role.CENTRE_CASEWORKER,
          Role.POLICE_KEY_PERSON,
          Role.TAX_INSPECTOR,
          Role.LABOUR_INSPECTOR,
          Role.PROSECUTOR);

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final Users users;
  private final CaseFiles cases;
  private final AuditTrail audit;
  private final Clock clock;
  private final ZoneId zone;

  TaskForces(
      JdbcClient jdbc,
      Organisations organisations,
      Users users,
      CaseFiles cases,
      AuditTrail audit,
      Clock clock,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.users = users;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  // ---- who ----

  public static boolean mayFound(Actor actor) {
    return actor.roles().stream().anyMatch(FOUNDERS::contains);
  }

  /** Members and the centre see a task force; to anyone else it does not exist. */
  public static boolean mayRead(TaskForce force, Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER) || force.includes(actor.organisation().value());
  }

  /** The lead organisation's founders and the centre change the task force and close it. */
  public static boolean mayChange(TaskForce force, Actor actor) {
    return mayFound(actor)
        && (actor.has(Role.CENTRE_CASEWORKER) || force.lead().equals(actor.organisation().value()));
  }

  /** Persons' cases are linked by the centre, which works them. */
  public static boolean mayLink(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER);
  }

  /** Any member organisation's people, and the centre, record meetings. */
  public static boolean mayMinute(TaskForce force, Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER) || force.includes(actor.organisation().value());
  }

  // ---- setting up ----

  @Transactional
  public TaskForce found(TaskForceDetails details, Actor by) {
    if (!mayFound(by)) {
      throw new AccessDeniedException("Task forces are set up by the authorities and the centre");
    }
    TaskForceDetails d = checked(details, by);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO operations.task_force (id, name, purpose, lead, sector, starts_on, ends_on, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            d.name(),
            d.purpose(),
            d.lead(),
            d.sector(),
            d.startsOn(),
            d.endsOn(),
            by.user().value(),
            now())
        .update();
    membership(id, d);
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return load(id);
  }

  @Transactional
  public TaskForce change(UUID id, Long expectedVersion, TaskForceDetails details, Actor by) {
    TaskForce force = visible(id, by);
    if (!mayChange(force, by)) {
      throw new AccessDeniedException("The lead or the centre changes the task force");
    }
    requireOpen(force);
    TaskForceDetails d = checked(details, by);
    long expected = expectedVersion == null ? force.version() : expectedVersion;
    int changed =
        jdbc.sql(
                """
                UPDATE operations.task_force SET name = ?, purpose = ?, lead = ?, sector = ?, starts_on = ?, ends_on = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND closed_at IS NULL
                """)
            .params(
                d.name(), d.purpose(), d.lead(), d.sector(), d.startsOn(), d.endsOn(), id, expected)
            .update();
    if (changed == 0) {
      throw new StaleVersion(RESOURCE);
    }
    membership(id, d);
    audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, id.toString());
    return load(id);
  }

  /** Closes the task force with its closing report; its caseload is no longer read after this. */
  @Transactional
  public TaskForce close(UUID id, String report, Actor by) {
    TaskForce force = visible(id, by);
    if (!mayChange(force, by)) {
      throw new AccessDeniedException("The lead or the centre closes the task force");
    }
    requireOpen(force);
    String text = Texts.optional("report", report, 20_000);
    if (text == null) {
      throw new InvalidInput("report", "taskForce.reportRequired");
    }
    jdbc.sql(
            "UPDATE operations.task_force SET closed_at = ?, closing_report = ?, version = version + 1"
                + " WHERE id = ? AND closed_at IS NULL")
        .params(now(), text, id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "closed");
    return load(id);
  }

  // ---- reading ----

  @Transactional
  public TaskForce find(UUID id, Actor by) {
    TaskForce force = visible(id, by);
    audit.record(by.audit(), AuditAction.READ, RESOURCE, id.toString());
    return force;
  }

  /** The task forces the actor's organisation is part of (the centre: all), open ones first. */
  public List<TaskForce> list(Actor by) {
    UUID scope = by.has(Role.CENTRE_CASEWORKER) ? null : by.organisation().value();
    List<UUID> ids =
        jdbc.sql(
                """
                SELECT t.id FROM operations.task_force t
                WHERE ?::uuid IS NULL OR t.lead = ?::uuid OR EXISTS (
                    SELECT 1 FROM operations.task_force_organisation o
                    WHERE o.task_force_id = t.id AND o.organisation = ?::uuid AND o.removed_at IS NULL)
                ORDER BY t.closed_at IS NOT NULL, t.starts_on DESC, t.name, t.id LIMIT 500
                """)
            .params(scope, scope, scope)
            .query(UUID.class)
            .list();
    return ids.stream().map(this::load).toList();
  }

  // ---- persons ----

  /** Links a person's case to the task force (the centre). */
  @Transactional
  public void link(UUID id, CaseId caseId, Actor by) {
    TaskForce force = visible(id, by);
    if (!mayLink(by)) {
      throw new AccessDeniedException("The centre links persons' cases");
    }
    requireOpen(force);
    if (caseId == null || !cases.exists(caseId)) {
      throw new InvalidInput("case", "taskForce.caseUnknown");
    }
    jdbc.sql(
            """
            INSERT INTO operations.task_force_case (task_force_id, case_id, linked_by, linked_at)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        .params(id, caseId.value(), by.user().value(), now())
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "case linked");
  }

  /** Takes a person's case out of the task force (the centre). */
  @Transactional
  public void unlink(UUID id, CaseId caseId, Actor by) {
    visible(id, by);
    if (!mayLink(by)) {
      throw new AccessDeniedException("The centre links persons' cases");
    }
    jdbc.sql("DELETE FROM operations.task_force_case WHERE task_force_id = ? AND case_id = ?")
        .params(id, caseId.value())
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "case unlinked");
  }

  /**
   * The shared caseload as the actor's organisation may see it: of the linked cases, those it
   * reaches under consent or a legal basis (the centre: all), each reading audited with the task
   * force as purpose. Nothing once the task force is closed, nothing for an organisation that left.
   */
  @Transactional
  public List<TaskForceCase> caseload(UUID id, Actor by) {
    TaskForce force = visible(id, by);
    if (force.closed()) {
      return List.of();
    }
    List<CaseId> linked =
        jdbc
            .sql(
                "SELECT case_id FROM operations.task_force_case WHERE task_force_id = ?"
                    + " ORDER BY linked_at, case_id")
            .param(id)
            .query(UUID.class)
            .list()
            .stream()
            .map(CaseId::new)
            .toList();
    return cases.reached(linked, by, "task force " + id).stream()
        .map(
            r ->
                new TaskForceCase(
                    r.file().id().value(),
                    r.file().personReference(),
                    r.file().status().open(),
                    r.file().periodEndsOn(),
                    r.basis() == null ? null : r.basis().name()))
        .sorted(Comparator.comparing(TaskForceCase::personReference))
        .toList();
  }

  // ---- meetings ----

  @Transactional
  public Meeting minute(UUID id, LocalDate heldOn, String minutes, String decisions, Actor by) {
    TaskForce force = visible(id, by);
    if (!mayMinute(force, by)) {
      throw new AccessDeniedException("Members record their meetings");
    }
    requireOpen(force);
    if (heldOn == null) {
      throw new InvalidInput("heldOn", "validation.required");
    }
    if (heldOn.isAfter(today())) {
      throw new InvalidInput("heldOn", "taskForce.meetingAhead");
    }
    if (heldOn.isBefore(force.startsOn())) {
      throw new InvalidInput("heldOn", "taskForce.meetingBeforeStart");
    }
    String m = Texts.optional("minutes", minutes, 20_000);
    String d = Texts.optional("decisions", decisions, 20_000);
    if (m == null && d == null) {
      throw new InvalidInput("minutes", "taskForce.meetingEmpty");
    }
    UUID meeting = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO operations.task_force_meeting (id, task_force_id, held_on, minutes, decisions, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(meeting, id, heldOn, m, d, by.user().value(), now())
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "meeting");
    return new Meeting(meeting, heldOn, m, d);
  }

  // ---- rules ----

  private TaskForceDetails checked(TaskForceDetails details, Actor by) {
    if (details == null) {
      throw new InvalidInput("name", "validation.required");
    }
    String name = Texts.optional("name", details.name(), 200);
    if (name == null) {
      throw new InvalidInput("name", "validation.required");
    }
    String purpose = Texts.optional("purpose", details.purpose(), 4_000);
    if (purpose == null) {
      throw new InvalidInput("purpose", "validation.required");
    }
    UUID lead = details.lead() == null ? by.organisation().value() : details.lead();
    if (organisations.find(new OrganisationId(lead)).isEmpty()) {
      throw new InvalidInput("lead", "taskForce.organisationUnknown");
    }
    Set<UUID> known = new HashSet<>();
    organisations.all().forEach(o -> known.add(o.id()));
    Set<UUID> members = new LinkedHashSet<>();
    for (UUID o : details.organisations()) {
      if (o == null || !known.contains(o)) {
        throw new InvalidInput("organisations", "taskForce.organisationUnknown");
      }
      if (!o.equals(lead)) {
        members.add(o);
      }
    }
    if (!by.has(Role.CENTRE_CASEWORKER)
        && !lead.equals(by.organisation().value())
        && !members.contains(by.organisation().value())) {
      throw new InvalidInput("organisations", "taskForce.keepOwn");
    }
    Set<UUID> taking = new HashSet<>(members);
    taking.add(lead);
    Set<UUID> people = new LinkedHashSet<>();
    for (UUID u : details.members()) {
      UserAccount user = u == null ? null : users.find(new UserId(u)).orElse(null);
      if (user == null) {
        throw new InvalidInput("members", "taskForce.memberUnknown");
      }
      if (!taking.contains(user.organisation().value())) {
        throw new InvalidInput("members", "taskForce.memberNotInvited");
      }
      people.add(u);
    }
    String sector =
        details.sector() == null || details.sector().isBlank()
            ? null
            : details.sector().strip().toUpperCase(Locale.ROOT);
    if (sector != null
        && (sector.length() != 1 || JointActions.SECTIONS.indexOf(sector.charAt(0)) < 0)) {
      throw new InvalidInput("sector", "jointAction.sectorUnknown");
    }
    if (details.startsOn() == null) {
      throw new InvalidInput("startsOn", "validation.required");
    }
    if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
      throw new InvalidInput("endsOn", "taskForce.endBeforeStart");
    }
    return new TaskForceDetails(
        name,
        purpose,
        lead,
        List.copyOf(members),
        List.copyOf(people),
        sector,
        details.startsOn(),
        details.endsOn());
  }

  // ---- inside ----

  /** Writes the membership: new organisations join, dropped ones leave now, members replaced. */
  private void membership(UUID id, TaskForceDetails d) {
    OffsetDateTime now = now();
    jdbc.sql(
            "UPDATE operations.task_force_organisation SET removed_at = ? WHERE task_force_id = ?"
                + " AND removed_at IS NULL AND NOT (organisation = ANY(?))")
        .params(now, id, d.organisations().toArray(UUID[]::new))
        .update();
    for (UUID o : d.organisations()) {
      jdbc.sql(
              """
              INSERT INTO operations.task_force_organisation (task_force_id, organisation, added_at)
              VALUES (?, ?, ?)
              ON CONFLICT (task_force_id, organisation) DO UPDATE SET removed_at = NULL
              """)
          .params(id, o, now)
          .update();
    }
    jdbc.sql("DELETE FROM operations.task_force_member WHERE task_force_id = ?").param(id).update();
    for (UUID u : d.members()) {
      jdbc.sql("INSERT INTO operations.task_force_member (task_force_id, user_id) VALUES (?, ?)")
          .params(id, u)
          .update();
    }
  }

  private TaskForce visible(UUID id, Actor by) {
    TaskForce force = load(id);
    if (!mayRead(force, by)) {
      throw new NotFound(RESOURCE);
    }
    return force;
  }

  private static void requireOpen(TaskForce force) {
    if (force.closed()) {
      throw new TaskForceClosed();
    }
  }

  private TaskForce load(UUID id) {
    Map<UUID, String> orgNames = organisations.names();
    var row =
        jdbc.sql(
                "SELECT t.*, (SELECT count(*) FROM operations.task_force_case c WHERE c.task_force_id = t.id)"
                    + " AS linked FROM operations.task_force t WHERE t.id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getString("name"),
                      rs.getString("purpose"),
                      rs.getObject("lead", UUID.class),
                      rs.getString("sector"),
                      rs.getObject("starts_on", LocalDate.class),
                      rs.getObject("ends_on", LocalDate.class),
                      rs.getObject("closed_at") != null,
                      rs.getString("closing_report"),
                      rs.getInt("linked"),
                      rs.getLong("version")
                    })
            .optional()
            .orElseThrow(() -> new NotFound(RESOURCE));
    List<Member> orgs =
        jdbc
            .sql(
                "SELECT organisation FROM operations.task_force_organisation WHERE task_force_id = ?"
                    + " AND removed_at IS NULL")
            .param(id)
            .query(UUID.class)
            .list()
            .stream()
            .map(o -> new Member(o, orgNames.getOrDefault(o, "")))
            .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
            .toList();
    List<UUID> memberIds =
        jdbc.sql("SELECT user_id FROM operations.task_force_member WHERE task_force_id = ?")
            .param(id)
            .query(UUID.class)
            .list();
    Map<UUID, String> userNames = memberIds.isEmpty() ? Map.of() : users.displayNames();
    List<Member> members =
        memberIds.stream()
            .map(u -> new Member(u, userNames.getOrDefault(u, "")))
            .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
            .toList();
    List<Meeting> meetings =
        jdbc.sql(
                "SELECT * FROM operations.task_force_meeting WHERE task_force_id = ?"
                    + " ORDER BY held_on DESC, recorded_at DESC")
            .param(id)
            .query(
                (rs, n) ->
                    new Meeting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("minutes"),
                        rs.getString("decisions")))
            .list();
    UUID lead = (UUID) row[2];
    return new TaskForce(
        id,
        (String) row[0],
        (String) row[1],
        lead,
        orgNames.getOrDefault(lead, ""),
        orgs,
        members,
        (String) row[3],
        (LocalDate) row[4],
        (LocalDate) row[5],
        (Boolean) row[6],
        (String) row[7],
        (Integer) row[8],
        meetings,
        (Long) row[9]);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
