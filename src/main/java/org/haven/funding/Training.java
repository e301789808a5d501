package org.haven.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisations;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training register, an initiative of the plan in its own right: courses for frontline staff,
 * their sessions, and how many took part from each sector. It names nobody. The centre keeps it;
 * every signed-in user reads it.
 */
@Service
public class Training {

  static final String COURSE = "TrainingCourse";
  private static final int TEXT_LIMIT = 2_000;
  private static final int MOST_PER_SESSION = 10_000;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  Training(JdbcClient jdbc, Organisations organisations, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public TrainingCourse createCourse(CourseDetails details, Actor by) {
    requireManager(by);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    String title = checks.check(() -> required("title", details.title(), 200));
    String description =
        checks.check(() -> Texts.optional("description", details.description(), TEXT_LIMIT));
    String materials =
        checks.check(() -> Texts.optional("materials", details.materials(), TEXT_LIMIT));
    if (details.sectors().isEmpty() || details.sectors().stream().anyMatch(s -> s == null)) {
      checks.add("sectors", "training.sectorsRequired");
    }
    if (details.initiative() != null
        && jdbc.sql("SELECT count(*) FROM funding.initiative WHERE id = ?")
                .param(details.initiative())
                .query(Long.class)
                .single()
            == 0) {
      checks.add("initiative", "funding.unknownInitiative");
    }
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO funding.training_course (id, title, description, sectors, initiative_id, materials, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            title,
            description,
            sectors(details.sectors()),
            details.initiative(),
            materials,
            by.user().value(),
            now())
        .update();
    audit.record(by.audit(), AuditAction.CREATE, COURSE, id.toString());
    return course(id);
  }

  /** Records a held session; the course's version moves so a page read before it knows. */
  @Transactional
  public TrainingCourse addSession(UUID courseId, SessionDetails details, Actor by) {
    requireManager(by);
    TrainingCourse course = course(courseId);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    LocalDate today = LocalDate.now(clock);
    if (details.heldOn() == null) {
      checks.add("heldOn", "validation.required");
    } else if (details.heldOn().isAfter(today)) {
      checks.add("heldOn", "validation.futureDate");
    }
    LocalDate endsOn = details.endsOn() == null ? details.heldOn() : details.endsOn();
    if (endsOn != null && details.heldOn() != null && endsOn.isBefore(details.heldOn())) {
      checks.add("endsOn", "funding.endsBeforeStart");
    } else if (endsOn != null && endsOn.isAfter(today)) {
      checks.add("endsOn", "validation.futureDate");
    }
    String place = checks.check(() -> Texts.optional("place", details.place(), 200));
    Map<UUID, String> known = organisations.names();
    for (UUID organisation : details.organisations()) {
      if (organisation == null || !known.containsKey(organisation)) {
        checks.add("organisations", "funding.unknownOrganisation");
      }
    }
    Map<Sector, Integer> participants = new EnumMap<>(Sector.class);
    details
        .participants()
        .forEach(
            (sector, count) -> {
              if (sector == null) {
                checks.add("participants", "validation.invalid");
              } else if (count == null || count < 0 || count > MOST_PER_SESSION) {
                checks.add("participants", "training.participantsRange", MOST_PER_SESSION);
              } else if (count > 0) {
                participants.put(sector, count);
              }
            });
    if (participants.isEmpty()) {
      checks.add("participants", "training.participantsRequired");
    }
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO funding.training_session (id, course_id, held_on, ends_on, place, organisations, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            course.id(),
            details.heldOn(),
            endsOn,
            place,
            ids(details.organisations()),
            by.user().value(),
            now())
        .update();
    participants.forEach(
        (sector, count) ->
            jdbc.sql(
                    "INSERT INTO funding.training_participants (session_id, sector, participants) VALUES (?, ?, ?)")
                .params(id, sector.name(), count)
                .update());
    jdbc.sql("UPDATE funding.training_course SET version = version + 1 WHERE id = ?")
        .param(course.id())
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        COURSE,
        course.id().toString(),
        AuditOutcome.SUCCESS,
        "session " + id);
    return course(course.id());
  }

  public List<TrainingCourse> courses() {
    List<UUID> ids =
        jdbc.sql("SELECT id FROM funding.training_course ORDER BY title, id")
            .query(UUID.class)
            .list();
    List<TrainingCourse> courses = new ArrayList<>();
    Map<UUID, List<TrainingSession>> sessions = sessions(null);
    for (UUID id : ids) {
      courses.add(course(id, sessions.getOrDefault(id, List.of())));
    }
    return courses;
  }

  public TrainingCourse course(UUID id) {
    return course(id, sessions(id).getOrDefault(id, List.of()));
  }

  /**
   * How many took part in sessions that began in {@code year}, by sector (every sector, zero where
   * nobody), in the sectors' order: the status report's figure.
   */
  public Map<Sector, Long> participants(int year) {
    Map<Sector, Long> counts = new EnumMap<>(Sector.class);
    for (Sector sector : Sector.values()) {
      counts.put(sector, 0L);
    }
    jdbc.sql(
            """
            SELECT p.sector, sum(p.participants) AS n
            FROM funding.training_participants p JOIN funding.training_session s ON s.id = p.session_id
            WHERE s.held_on >= ? AND s.held_on < ?
            GROUP BY p.sector
            """)
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .query((rs, row) -> counts.put(Sector.valueOf(rs.getString("sector")), rs.getLong("n")))
        .list();
    return counts;
  }

  /** The year's training as the status report counts it: sessions, participants by sector, all. */
  public ActionPlanYear.TrainingYear year(int year) {
    Map<Sector, Long> bySector = participants(year);
    return new ActionPlanYear.TrainingYear(
        sessions(year), bySector, bySector.values().stream().mapToLong(Long::longValue).sum());
  }

  /** Sessions held in {@code year}. */
  public long sessions(int year) {
    return jdbc.sql(
            "SELECT count(*) FROM funding.training_session WHERE held_on >= ? AND held_on < ?")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .query(Long.class)
        .single();
  }

  /** Everyone trained in {@code year} under courses of {@code initiative}. */
  long participants(UUID initiative, int year) {
    return jdbc.sql(
            """
            SELECT coalesce(sum(p.participants), 0)
            FROM funding.training_participants p
            JOIN funding.training_session s ON s.id = p.session_id
            JOIN funding.training_course c ON c.id = s.course_id
            WHERE c.initiative_id = ? AND s.held_on >= ? AND s.held_on < ?
            """)
        .params(initiative, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .query(Long.class)
        .single();
  }

  private TrainingCourse course(UUID id, List<TrainingSession> sessions) {
    return jdbc.sql("SELECT * FROM funding.training_course WHERE id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new TrainingCourse(
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getString("description"),
                    sectors(rs.getString("sectors")),
                    rs.getObject("initiative_id", UUID.class),
                    rs.getString("materials"),
                    sessions,
                    rs.getLong("version")))
        .optional()
        .orElseThrow(() -> new NotFound("training course"));
  }

  /** Sessions by course (one course, or all when {@code course} is null), earliest first. */
  private Map<UUID, List<TrainingSession>> sessions(UUID course) {
    Map<UUID, Map<Sector, Integer>> participants = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT p.session_id, p.sector, p.participants
            FROM funding.training_participants p JOIN funding.training_session s ON s.id = p.session_id
            WHERE ?::uuid IS NULL OR s.course_id = ?
            """)
        .params(course, course)
        .query(
            (rs, row) ->
                participants
                    .computeIfAbsent(
                        rs.getObject("session_id", UUID.class), k -> new EnumMap<>(Sector.class))
                    .put(Sector.valueOf(rs.getString("sector")), rs.getInt("participants")))
        .list();
    Map<UUID, List<TrainingSession>> byCourse = new TreeMap<>();
    jdbc.sql(
            """
            SELECT * FROM funding.training_session
            WHERE ?::uuid IS NULL OR course_id = ?
            ORDER BY held_on, id
            """)
        .params(course, course)
        .query(
            (rs, row) ->
                byCourse
                    .computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                    .add(session(rs, participants)))
        .list();
    return byCourse;
  }

  private static TrainingSession session(ResultSet rs, Map<UUID, Map<Sector, Integer>> counts)
      throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TrainingSession(
        id,
        rs.getObject("held_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getString("place"),
        uuids(rs.getString("organisations")),
        counts.getOrDefault(id, new EnumMap<>(Sector.class)));
  }

  private static String sectors(List<Sector> sectors) {
    return String.join(",", sectors.stream().distinct().sorted().map(Sector::name).toList());
  }

  private static List<Sector> sectors(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(",")).map(Sector::valueOf).toList();
  }

  private static String ids(List<UUID> ids) {
    return String.join(",", ids.stream().distinct().sorted().map(UUID::toString).toList());
  }

  private static List<UUID> uuids(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(",")).map(UUID::fromString).toList();
  }

  private static void requireManager(Actor by) {
    if (!FundingPolicy.mayManage(by)) {
      throw new AccessDeniedException("The training register is kept by the centre");
    }
  }

  private static String required(String field, String value, int limit) {
    String text = Texts.optional(field, value, limit);
    if (text == null) {
      throw new InvalidInput(field, "validation.required");
    }
    return text;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
