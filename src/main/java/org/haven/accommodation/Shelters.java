package org.haven.accommodation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.reads.RoundTrip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for shelters and their capacity. The centre sees every shelter; shelter staff the
 * shelters of their own operator. The secret address is read only by the operator's staff and the
 * centre, and each reading is audited.
 */
@Service
public class Shelters {

  static final String RESOURCE = "Shelter";
  static final int TEXT_LIMIT = 200;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  Shelters(JdbcClient jdbc, Organisations organisations, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Registers a shelter: the centre for any operator, shelter staff for their own. */
  @Transactional
  public Shelter register(ShelterDetails details, Actor by) {
    UUID operator = details.operator() == null ? by.organisation().value() : details.operator();
    requireManages(operator, by);
    var type =
        organisations
            .find(new OrganisationId(operator))
            .orElseThrow(() -> new InvalidInput("operator", "shelter.operatorUnknown"))
            .type();
    if (!mayOperate(type)) {
      throw new InvalidInput("operator", "shelter.operatorType");
    }
    validate(details);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO accommodation.shelter (id, version, name, operator, municipality, address, contact, approved, created_at)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            details.name().strip(),
            operator,
            text("municipality", details.municipality()),
            text("address", details.address()),
            text("contact", details.contact()),
            details.approved() && by.has(Role.CENTRE_CASEWORKER),
            utc(clock.instant()))
        .update();
    writePlaces(id, details.places());
    capacityChanged();
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return load(new ShelterId(id), true);
  }

  /** Whether an organisation of this kind may run a shelter. */
  public static boolean mayOperate(OrganisationType type) {
    return type == OrganisationType.SHELTER_OPERATOR
        || type == OrganisationType.NGO
        || type == OrganisationType.MUNICIPALITY
        || type == OrganisationType.NATIONAL_CENTRE;
  }

  /** Changes a shelter read at {@code expectedVersion}. */
  @Transactional
  public Shelter change(ShelterId id, long expectedVersion, ShelterDetails details, Actor by) {
    Shelter current = load(id, true);
    requireManages(current.operator(), by);
    validate(details);
    int changed =
        jdbc.sql(
                """
                UPDATE accommodation.shelter SET name = ?, municipality = ?, address = ?, contact = ?, approved = ?,
                       version = version + 1
                WHERE id = ? AND version = ?
                """)
            .params(
                details.name().strip(),
                text("municipality", details.municipality()),
                text("address", details.address()),
                text("contact", details.contact()),
                by.has(Role.CENTRE_CASEWORKER) ? details.approved() : current.approved(),
                id.value(),
                expectedVersion)
            .update();
    if (changed == 0) {
      throw new StaleVersion(RESOURCE);
    }
    jdbc.sql("DELETE FROM accommodation.shelter_places WHERE shelter_id = ?")
        .param(id.value())
        .update();
    writePlaces(id.value(), details.places());
    capacityChanged();
    audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, id.toString());
    return load(id, true);
  }

  /**
   * One shelter; the address only for the operator's staff and the centre, and that reading is
   * audited.
   */
  @Transactional
  public Shelter find(ShelterId id, Actor by) {
    Shelter shelter = load(id, false);
    requireSees(shelter, by);
    if (!mayReadAddress(shelter, by)) {
      return shelter;
    }
    audit.record(
        by.audit(), AuditAction.READ, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "address");
    return load(id, true);
  }

  /** One shelter without its address (no audit needed: nothing secret is read). */
  @Transactional(readOnly = true)
  public Shelter summary(ShelterId id, Actor by) {
    Shelter shelter = load(id, false);
    requireSees(shelter, by);
    return shelter;
  }

  /** The shelters the actor may see, by name, without addresses. */
  @Transactional(readOnly = true)
  public List<Shelter> list(Actor by) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    scope(by, where, params);
    List<Shelter> shelters =
        jdbc.sql(
                "SELECT s.*, NULL AS secret FROM accommodation.shelter s WHERE s.active"
                    + where
                    + " ORDER BY s.name")
            .params(params)
            .query((rs, row) -> shelter(rs, false, Map.of()))
            .list();
    Map<UUID, Map<TargetGroup, Integer>> places =
        places(shelters.stream().map(s -> s.id().value()).toList());
    return shelters.stream()
        .map(s -> withPlaces(s, places.getOrDefault(s.id().value(), Map.of())))
        .toList();
  }

  /**
   * Places, taken and free, per shelter and target group on {@code date}: every shelter the actor
   * may see, optionally one target group. The figures for all shelters are computed in one query
   * over the placements' date ranges and kept until places or placements change (a counter in the
   * database that every such change moves on, so every instance sees it at once).
   */
  @Transactional(readOnly = true)
  public List<Capacity> capacity(LocalDate date, TargetGroup targetGroup, Actor by) {
    return capacity(date, targetGroup, by, jdbc.sql(CAPACITY_VERSION).query(Long.class).single());
  }

  /**
   * As {@link #capacity(LocalDate, TargetGroup, Actor)}, the counter read in the caller's round
   * trip with the rest of its page; the figures computed afresh, when the counter has moved, in the
   * caller's transaction once asked for.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<List<Capacity>> capacity(
      LocalDate date, TargetGroup targetGroup, Actor by, RoundTrip reads) {
    return RoundTrip.then(
        reads.add(CAPACITY_VERSION, (rs, row) -> rs.getLong(1)),
        version -> capacity(date, targetGroup, by, version.get(0)));
  }

  private static final String CAPACITY_VERSION =
      "SELECT version FROM accommodation.capacity_version WHERE id = 1";

  private List<Capacity> capacity(LocalDate date, TargetGroup targetGroup, Actor by, long version) {
    LocalDate today = LocalDate.now(clock);
    CapacityKey key = new CapacityKey(date, today, version);
    List<Capacity> all = capacityCache.get(key);
    if (all == null) {
      all = computeCapacity(date, today);
      if (capacityCache.size() > 256) {
        capacityCache.clear();
      }
      capacityCache.put(key, all);
    }
    boolean centre = by.has(Role.CENTRE_CASEWORKER);
    UUID own = by.organisation().value();
    return all.stream()
        .filter(c -> centre || c.operator().equals(own))
        .filter(c -> targetGroup == null || c.targetGroup() == targetGroup)
        .toList();
  }

  private record CapacityKey(LocalDate date, LocalDate today, long version) {}

  private final ConcurrentHashMap<CapacityKey, List<Capacity>> capacityCache =
      new ConcurrentHashMap<>();

  private List<Capacity> computeCapacity(LocalDate date, LocalDate today) {
    return jdbc.sql(
            """
            WITH taken AS (
              SELECT p.shelter_id, p.target_group, count(*) AS taken FROM accommodation.placement p
              WHERE """
                + Placements.OCCUPYING.formatted("?::date", "?::date")
                + """

              GROUP BY p.shelter_id, p.target_group)
            SELECT s.id, s.operator, s.name, s.municipality, t.target_group, t.places, coalesce(k.taken, 0) AS taken
            FROM accommodation.shelter s
            JOIN accommodation.shelter_places t ON t.shelter_id = s.id
            LEFT JOIN taken k ON k.shelter_id = s.id AND k.target_group = t.target_group
            WHERE s.active
            ORDER BY s.name, t.target_group
            """)
        .params(date, today, date)
        .query(
            (rs, row) ->
                new Capacity(
                    new ShelterId(rs.getObject("id", UUID.class)),
                    rs.getObject("operator", UUID.class),
                    rs.getString("name"),
                    rs.getString("municipality"),
                    TargetGroup.valueOf(rs.getString("target_group")),
                    date,
                    rs.getInt("places"),
                    rs.getInt("taken")))
        .list();
  }

  /**
   * Moves the capacity counter on: called in the transaction of every change to places or
   * placements.
   */
  void capacityChanged() {
    jdbc.sql("UPDATE accommodation.capacity_version SET version = version + 1 WHERE id = 1")
        .update();
  }

  /** Places taken per day in one shelter over a period, for the occupancy chart. */
  @Transactional(readOnly = true)
  public Map<LocalDate, Integer> occupancy(ShelterId id, LocalDate from, LocalDate to, Actor by) {
    Shelter shelter = load(id, false);
    requireSees(shelter, by);
    Map<LocalDate, Integer> days = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT d::date AS day, count(p.id) AS taken
            FROM generate_series(?::date, ?::date, interval '1 day') AS d
            LEFT JOIN accommodation.placement p ON p.shelter_id = ? AND """
                + Placements.OCCUPYING.formatted("d::date", "?::date")
                + """

            GROUP BY d ORDER BY d
            """)
        .params(from, to, id.value(), LocalDate.now(clock))
        .query((rs, row) -> days.put(rs.getObject("day", LocalDate.class), rs.getInt("taken")))
        .list();
    return days;
  }

  /** Whether the actor may read the shelter's address: its operator's staff and the centre. */
  public boolean mayReadAddress(Shelter shelter, Actor by) {
    return by.has(Role.CENTRE_CASEWORKER)
        || (by.has(Role.SHELTER_STAFF) && shelter.operator().equals(by.organisation().value()));
  }

  /** Whether the actor sees this shelter at all. */
  public boolean maySee(Shelter shelter, Actor by) {
    return by.has(Role.CENTRE_CASEWORKER) || shelter.operator().equals(by.organisation().value());
  }

  // ---- for this module ----

  Shelter load(ShelterId id, boolean withAddress) {
    Shelter shelter =
        jdbc.sql("SELECT * FROM accommodation.shelter WHERE id = ?")
            .param(id.value())
            .query((rs, row) -> shelter(rs, withAddress, Map.of()))
            .optional()
            .orElseThrow(() -> new NotFound(RESOURCE));
    return withPlaces(shelter, places(List.of(id.value())).getOrDefault(id.value(), Map.of()));
  }

  /** Locks the shelter's row until the transaction ends: placements in one shelter queue here. */
  Shelter lock(ShelterId id) {
    jdbc.sql("SELECT id FROM accommodation.shelter WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new InvalidInput("shelter", "placement.shelterUnknown"));
    return load(id, false);
  }

  void requireSees(Shelter shelter, Actor by) {
    if (!maySee(shelter, by)) {
      throw new AccessDeniedException("Not this organisation's shelter");
    }
  }

  private static void scope(Actor by, StringBuilder where, List<Object> params) {
    if (!by.has(Role.CENTRE_CASEWORKER)) {
      where.append(" AND s.operator = ?");
      params.add(by.organisation().value());
    }
  }

  private static void requireManages(UUID operator, Actor by) {
    boolean centre = by.has(Role.CENTRE_CASEWORKER);
    boolean own = by.has(Role.SHELTER_STAFF) && operator.equals(by.organisation().value());
    if (!centre && !own) {
      throw new AccessDeniedException("Shelters are managed by the centre and their operator");
    }
  }

  private void validate(ShelterDetails details) {
    if (details.name() == null || details.name().isBlank()) {
      throw new InvalidInput("name", "validation.required");
    }
    if (details.name().strip().length() > TEXT_LIMIT) {
      throw new InvalidInput("name", "validation.tooLong", TEXT_LIMIT);
    }
    if (details.places().values().stream().noneMatch(count -> count != null && count > 0)) {
      throw new InvalidInput("places", "shelter.placesRequired");
    }
    for (var entry : details.places().entrySet()) {
      if (entry.getKey() == null
          || entry.getValue() == null
          || entry.getValue() < 0
          || entry.getValue() > 1_000) {
        throw new InvalidInput("places", "shelter.placesRange");
      }
    }
  }

  private void writePlaces(UUID shelter, Map<TargetGroup, Integer> places) {
    places.forEach(
        (group, count) ->
            jdbc.sql(
                    "INSERT INTO accommodation.shelter_places (shelter_id, target_group, places) VALUES (?, ?, ?)")
                .params(shelter, group.name(), count)
                .update());
  }

  private Map<UUID, Map<TargetGroup, Integer>> places(List<UUID> shelters) {
    Map<UUID, Map<TargetGroup, Integer>> places = new LinkedHashMap<>();
    if (shelters.isEmpty()) {
      return places;
    }
    jdbc.sql(
            "SELECT * FROM accommodation.shelter_places WHERE shelter_id = ANY (?) ORDER BY target_group")
        .param(shelters.toArray(UUID[]::new))
        .query(
            (rs, row) ->
                places
                    .computeIfAbsent(
                        rs.getObject("shelter_id", UUID.class),
                        k -> new EnumMap<>(TargetGroup.class))
                    .put(TargetGroup.valueOf(rs.getString("target_group")), rs.getInt("places")))
        .list();
    return places;
  }

  private static Shelter withPlaces(Shelter s, Map<TargetGroup, Integer> places) {
    return new Shelter(
        s.id(),
        s.name(),
        s.operator(),
        s.municipality(),
        s.address(),
        s.contact(),
        s.approved(),
        s.active(),
        Map.copyOf(places),
        s.createdAt(),
        s.version());
  }

  private static Shelter shelter(
      ResultSet rs, boolean withAddress, Map<TargetGroup, Integer> places) throws SQLException {
    return new Shelter(
        new ShelterId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        rs.getObject("operator", UUID.class),
        rs.getString("municipality"),
        withAddress ? rs.getString("address") : null,
        rs.getString("contact"),
        rs.getBoolean("approved"),
        rs.getBoolean("active"),
        places,
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getLong("version"));
  }

  private static String text(String field, String value) {
    return Texts.optional(field, value, TEXT_LIMIT);
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
