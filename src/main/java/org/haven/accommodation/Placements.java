package org.haven.accommodation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
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
 * Front door for placements. A placement holds a place from its first day until it ends; one that
 * would take more places than a shelter has for its target group on any day of its planned stay is
 * refused. Placements in one shelter are decided one at a time (a lock on the shelter's row), so
 * two people can never both take the last place. One person is never placed twice at once.
 */
@Service
public class Placements {

  static final String RESOURCE = "Placement";

  /**
   * Whether placement {@code p} holds a place on day {@code ?} (bound twice, then today): within
   * its range, or still open after its planned end (overdue stays keep their place until the
   * departure is recorded).
   */
  static final String OCCUPYING =
      "(p.occupies @> %1$s OR (p.ended_on IS NULL AND p.planned_to < %2$s AND p.planned_to <= %1$s))";

  /** The longest note on the waiting list. */
  static final int NOTE_LIMIT = 2_000;

  /** How far ahead a planned stay is checked against capacity. */
  static final int HORIZON_DAYS = 366;

  private final JdbcClient jdbc;
  private final Shelters shelters;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Placements(
      JdbcClient jdbc,
      Shelters shelters,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.shelters = shelters;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Bed-nights in the shelters the organisations operate, from {@code from} to {@code to} (both
   * days' nights included): each stay counts the nights it spent there within the period, an open
   * stay up to yesterday's night. Counts only, nobody named: for the action plan's indicators and
   * the reports grant holders owe.
   */
  public long bedNights(LocalDate from, LocalDate to, Collection<UUID> operators) {
    if (operators.isEmpty() || to.isBefore(from)) {
      return 0;
    }
    return jdbc.sql(
            """
            SELECT coalesce(sum(greatest(0,
                       least(coalesce(p.ended_on, ?), ?) - greatest(p.starts_on, ?))), 0)
            FROM accommodation.placement p JOIN accommodation.shelter s ON s.id = p.shelter_id
            WHERE s.operator = ANY(?) AND p.starts_on <= ?
            """)
        .params(LocalDate.now(clock), to.plusDays(1), from, operators.toArray(UUID[]::new), to)
        .query(Long.class)
        .single();
  }

  /**
   * Stays begun from {@code from} to {@code to} in the shelters the organisations operate: a count,
   * for the action plan's indicators and the reports grant holders owe.
   */
  public long placementsBegun(LocalDate from, LocalDate to, Collection<UUID> operators) {
    if (operators.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            SELECT count(*) FROM accommodation.placement p
            JOIN accommodation.shelter s ON s.id = p.shelter_id
            WHERE s.operator = ANY(?) AND p.starts_on BETWEEN ? AND ?
            """)
        .params(operators.toArray(UUID[]::new), from, to)
        .query(Long.class)
        .single();
  }

  /**
   * Whether {@code actor} may place persons and keep the waiting list: the centre decides who goes
   * where; shelter staff record arrivals and departures.
   */
  public static boolean mayPlace(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER);
  }

  /** Places a person (the centre, in any shelter). */
  @Transactional
  public Placement place(
      PersonId person,
      ShelterId shelterId,
      TargetGroup targetGroup,
      LocalDate startsOn,
      LocalDate plannedTo,
      Actor by) {
    if (person == null) {
      throw new InvalidInput("person", "person.unknown");
    }
    if (shelterId == null) {
      throw new InvalidInput("shelter", "placement.shelterUnknown");
    }
    if (targetGroup == null) {
      throw new InvalidInput("targetGroup", "validation.required");
    }
    if (startsOn == null) {
      throw new InvalidInput("startsOn", "validation.required");
    }
    LocalDate today = LocalDate.now(clock);
    if (startsOn.isBefore(today.minusDays(30))) {
      throw new InvalidInput("startsOn", "placement.tooEarly");
    }
    if (plannedTo != null && !plannedTo.isAfter(startsOn)) {
      throw new InvalidInput("plannedTo", "placement.plannedBeforeStart");
    }
    if (!mayPlace(by)) {
      throw new AccessDeniedException("Placements are made by the centre");
    }
    Shelter shelter = shelters.lock(shelterId);
    if (!shelter.active()) {
      throw new InvalidInput("shelter", "placement.shelterClosed");
    }
    int places = shelter.places().getOrDefault(targetGroup, 0);
    if (places == 0) {
      throw new InvalidInput("targetGroup", "placement.noSuchPlaces");
    }
    // one person, one place: serialise on the person too, then look for an overlapping stay
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))")
        .param(person.value().toString())
        .query()
        .singleRow();
    // an open-ended stay holds its place from now on: check it as far ahead as bookings go
    LocalDate last = plannedTo == null ? startsOn.plusDays(HORIZON_DAYS) : plannedTo;
    boolean overlaps =
        jdbc.sql(
                """
                SELECT EXISTS (SELECT 1 FROM accommodation.placement
                               WHERE person_id = ? AND (occupies && daterange(?, ?, '[)')
                                                        OR (ended_on IS NULL AND planned_to < ?)))
                """)
            .params(person.value(), startsOn, plannedTo, today)
            .query(Boolean.class)
            .single();
    if (overlaps) {
      throw new InvalidInput("startsOn", "placement.overlap");
    }
    LocalDate until =
        last.isAfter(startsOn.plusDays(HORIZON_DAYS)) ? startsOn.plusDays(HORIZON_DAYS) : last;
    Integer fullest =
        jdbc.sql(
                """
                SELECT max(taken) FROM (
                  SELECT d, count(p.id) AS taken
                  FROM generate_series(?::date, ?::date - 1, interval '1 day') AS d
                  LEFT JOIN accommodation.placement p
                    ON p.shelter_id = ? AND p.target_group = ? AND """
                    + OCCUPYING.formatted("d::date", "?::date")
                    + """

                  GROUP BY d) AS days
                """)
            .params(startsOn, until, shelterId.value(), targetGroup.name(), today)
            .query(Integer.class)
            .single();
    if (fullest != null && fullest >= places) {
      throw new InvalidInput("shelter", "placement.full", places);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO accommodation.placement (id, version, person_id, shelter_id, target_group, starts_on, planned_to,
                                                 created_by, created_at)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            person.value(),
            shelterId.value(),
            targetGroup.name(),
            startsOn,
            plannedTo,
            by.user().value(),
            Shelters.utc(now))
        .update();
    shelters.capacityChanged();
    jdbc.sql(
            "UPDATE accommodation.waiting_list SET status = 'PLACED', closed_at = ? WHERE person_id = ? AND status = 'WAITING'")
        .params(Shelters.utc(now), person.value())
        .update();
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    events.publishEvent(
        new PlacementStarted(
            new PlacementId(id), person, shelterId, startsOn, now, by.user().value()));
    return load(new PlacementId(id));
  }

  /** Ends a placement (the centre, or the shelter's operator). */
  @Transactional
  public Placement end(
      PlacementId id,
      long expectedVersion,
      LocalDate endedOn,
      PlacementEndReason reason,
      Actor by) {
    Placement placement = load(id);
    requireManages(shelters.load(placement.shelter(), false), by);
    if (expectedVersion >= 0 && placement.version() != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    endPlacement(placement, endedOn, reason, clock.instant(), false, by.user().value());
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "ended");
    return load(id);
  }

  /**
   * Ends every open placement of a person who left (e.g. a prepared repatriation on the day of
   * return); for other modules. Returns how many ended.
   */
  @Transactional
  public int endAllFor(PersonId person, LocalDate on, PlacementEndReason reason) {
    List<Placement> open =
        jdbc.sql("SELECT * FROM accommodation.placement WHERE person_id = ? AND ended_on IS NULL")
            .param(person.value())
            .query(Placements::placement)
            .list();
    for (Placement placement : open) {
      // a stay that had not begun is called off: it ends on its first day and never held a place
      LocalDate end = on.isBefore(placement.startsOn()) ? placement.startsOn() : on;
      endPlacement(placement, end, reason, clock.instant(), true, null);
      audit.record(
          AuditActor.SYSTEM,
          AuditAction.UPDATE,
          RESOURCE,
          placement.id().toString(),
          AuditOutcome.SUCCESS,
          "ended: " + reason);
    }
    return open.size();
  }

  /** A person's placements, newest first (the centre; audited). */
  @Transactional
  public List<Placement> of(PersonId person, Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Only the centre sees where a person stays");
    }
    audit.record(
        by.audit(),
        AuditAction.READ,
        RESOURCE,
        person.toString(),
        AuditOutcome.SUCCESS,
        "placements");
    return jdbc.sql(
            "SELECT * FROM accommodation.placement WHERE person_id = ? ORDER BY starts_on DESC")
        .param(person.value())
        .query(Placements::placement)
        .list();
  }

  /**
   * Placements in one shelter that start, run or end between two days: arrivals, residents and
   * departures for the shelter's staff (audited).
   */
  @Transactional
  public List<Placement> inShelter(ShelterId id, LocalDate from, LocalDate to, Actor by) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new InvalidInput("from", "placement.period");
    }
    Shelter shelter = shelters.load(id, false);
    shelters.requireSees(shelter, by);
    audit.record(
        by.audit(),
        AuditAction.READ,
        Shelters.RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "placements");
    return jdbc.sql(
            """
            SELECT * FROM accommodation.placement
            WHERE shelter_id = ? AND (occupies && daterange(?, ?, '[]')
                                      OR (ended_on IS NULL AND planned_to < ? AND starts_on <= ?))
            ORDER BY starts_on, id
            """)
        .params(id.value(), from, to, LocalDate.now(clock), to)
        .query(Placements::placement)
        .list();
  }

  /** Puts a person on the waiting list when nothing fits. */
  @Transactional
  public UUID waitFor(
      PersonId person, TargetGroup targetGroup, LocalDate neededFrom, String note, Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("The centre keeps the waiting list");
    }
    if (targetGroup == null) {
      throw new InvalidInput("targetGroup", "validation.required");
    }
    if (note != null && note.strip().length() > NOTE_LIMIT) {
      throw new InvalidInput("note", "placement.waitNoteTooLong");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO accommodation.waiting_list (id, person_id, target_group, needed_from, note, requested_by,
                                                    requested_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING')
            """)
        .params(
            id,
            person.value(),
            targetGroup.name(),
            neededFrom == null ? LocalDate.now(clock) : neededFrom,
            note == null || note.isBlank() ? null : note.strip(),
            by.user().value(),
            Shelters.utc(clock.instant()))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, "WaitingList", id.toString());
    return id;
  }

  /** Who waits for a place, longest first (the centre). */
  @Transactional(readOnly = true)
  public List<Waiting> waiting(Actor by) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("The centre keeps the waiting list");
    }
    return jdbc.sql(
            "SELECT * FROM accommodation.waiting_list WHERE status = 'WAITING' ORDER BY requested_at LIMIT 200")
        .query(
            (rs, row) ->
                new Waiting(
                    rs.getObject("id", UUID.class),
                    new PersonId(rs.getObject("person_id", UUID.class)),
                    TargetGroup.valueOf(rs.getString("target_group")),
                    rs.getObject("needed_from", LocalDate.class),
                    rs.getObject("requested_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** A person waiting for a place. */
  public record Waiting(
      UUID id, PersonId person, TargetGroup targetGroup, LocalDate neededFrom, Instant since) {}

  public Placement load(PlacementId id) {
    return jdbc.sql("SELECT * FROM accommodation.placement WHERE id = ?")
        .param(id.value())
        .query(Placements::placement)
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  private void endPlacement(
      Placement placement,
      LocalDate endedOn,
      PlacementEndReason reason,
      Instant at,
      boolean callOff,
      UUID actor) {
    if (!placement.open()) {
      throw new InvalidInput("endedOn", "placement.alreadyEnded");
    }
    if (endedOn == null) {
      throw new InvalidInput("endedOn", "validation.required");
    }
    if (reason == null) {
      throw new InvalidInput("reason", "validation.required");
    }
    if (endedOn.isBefore(placement.startsOn())) {
      throw new InvalidInput("endedOn", "placement.endBeforeStart");
    }
    if (endedOn.isAfter(LocalDate.now(clock))
        && !(callOff && endedOn.equals(placement.startsOn()))) {
      throw new InvalidInput("endedOn", "validation.futureDate");
    }
    int ended =
        jdbc.sql(
                "UPDATE accommodation.placement SET ended_on = ?, end_reason = ?, version = version + 1 WHERE id = ? AND ended_on IS NULL")
            .params(endedOn, reason.name(), placement.id().value())
            .update();
    if (ended == 0) {
      throw new InvalidInput("endedOn", "placement.alreadyEnded");
    }
    shelters.capacityChanged();
    events.publishEvent(
        new PlacementEnded(
            placement.id(), placement.person(), placement.shelter(), endedOn, reason, at, actor));
  }

  private static void requireManages(Shelter shelter, Actor by) {
    boolean centre = by.has(Role.CENTRE_CASEWORKER);
    boolean own =
        by.has(Role.SHELTER_STAFF) && shelter.operator().equals(by.organisation().value());
    if (!centre && !own) {
      throw new AccessDeniedException(
          "Placements are made by the centre and the shelter's operator");
    }
  }

  static Placement placement(ResultSet rs, int row) throws SQLException {
    String reason = rs.getString("end_reason");
    return new Placement(
        new PlacementId(rs.getObject("id", UUID.class)),
        new PersonId(rs.getObject("person_id", UUID.class)),
        new ShelterId(rs.getObject("shelter_id", UUID.class)),
        TargetGroup.valueOf(rs.getString("target_group")),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("planned_to", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class),
        reason == null ? null : PlacementEndReason.valueOf(reason),
        rs.getObject("created_by", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getLong("version"));
  }

  /** Every stay, oldest first, for rebuilding the statistics (ids and dates only). */
  @Transactional(readOnly = true)
  public void replayPlacements(Consumer<PlacementFact> sink) {
    jdbc.sql(
            "SELECT id, person_id, shelter_id, starts_on, ended_on FROM accommodation.placement"
                + " ORDER BY starts_on, id")
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new PlacementFact(
                            rs.getObject("id", UUID.class),
                            new PersonId(rs.getObject("person_id", UUID.class)),
                            rs.getObject("shelter_id", UUID.class),
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ended_on", LocalDate.class))));
  }
}
