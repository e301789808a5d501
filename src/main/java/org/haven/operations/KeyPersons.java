package org.haven.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.access.Texts;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door of the key-person directory: every signed-in user finds a district's key person and
 * deputies (by region or district); the centre's caseworkers keep the directory current, every
 * change audited.
 */
@Service
public class KeyPersons {

  static final String RESOURCE = "KeyPerson";
  private static final int TEXT_LIMIT = 200;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  KeyPersons(JdbcClient jdbc, Organisations organisations, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who keeps the directory current. */
  public static boolean mayKeep(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER);
  }

  /**
   * The directory, by region and district, key persons before deputies; {@code search} matches a
   * region, a district or a name (any part, any case).
   */
  public List<KeyPerson> directory(String search) {
    Map<UUID, Organisation> districts = districts();
    String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return jdbc
        .sql("SELECT * FROM operations.key_person")
        .query((rs, n) -> row(rs, districts))
        .list()
        .stream()
        .filter(
            k ->
                wanted.isEmpty()
                    || contains(k.region(), wanted)
                    || contains(k.districtName(), wanted)
                    || contains(k.name(), wanted))
        .sorted(
            Comparator.comparing((KeyPerson k) -> k.region() == null ? "" : k.region())
                .thenComparing(KeyPerson::districtName)
                .thenComparing(KeyPerson::deputy)
                .thenComparing(KeyPerson::name)
                .thenComparing(KeyPerson::id))
        .toList();
  }

  public KeyPerson find(UUID id) {
    return jdbc.sql("SELECT * FROM operations.key_person WHERE id = ?")
        .param(id)
        .query((rs, n) -> row(rs, districts()))
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  @Transactional
  public KeyPerson add(KeyPersonDetails details, Actor by) {
    requireKeeper(by);
    KeyPersonDetails d = checked(details);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO operations.key_person (id, district, name, deputy, phone, email, routes, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            d.district(),
            d.name(),
            d.deputy(),
            d.phone(),
            d.email(),
            d.routes(),
            clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return find(id);
  }

  @Transactional
  public KeyPerson change(UUID id, long expectedVersion, KeyPersonDetails details, Actor by) {
    requireKeeper(by);
    find(id);
    KeyPersonDetails d = checked(details);
    int changed =
        jdbc.sql(
                "UPDATE operations.key_person SET district = ?, name = ?, deputy = ?, phone = ?, email = ?, routes = ?,"
                    + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .params(
                d.district(),
                d.name(),
                d.deputy(),
                d.phone(),
                d.email(),
                d.routes(),
                clock.instant().atOffset(ZoneOffset.UTC),
                id,
                expectedVersion)
            .update();
    if (changed == 0) {
      throw new StaleVersion(RESOURCE);
    }
    audit.record(by.audit(), AuditAction.UPDATE, RESOURCE, id.toString());
    return find(id);
  }

  @Transactional
  public void remove(UUID id, Actor by) {
    requireKeeper(by);
    find(id);
    jdbc.sql("DELETE FROM operations.key_person WHERE id = ?").param(id).update();
    audit.record(by.audit(), AuditAction.DELETE, RESOURCE, id.toString());
  }

  /**
   * Where a referral from {@code organisation} is routed: when it is a police district, the
   * district's key persons, the key person before the deputies; otherwise nobody.
   */
  public List<KeyPerson> routeFor(UUID organisation) {
    Map<UUID, Organisation> districts = districts();
    if (organisation == null || !districts.containsKey(organisation)) {
      return List.of();
    }
    return jdbc
        .sql("SELECT * FROM operations.key_person WHERE district = ?")
        .param(organisation)
        .query((rs, n) -> row(rs, districts))
        .list()
        .stream()
        .sorted(
            Comparator.comparing(KeyPerson::deputy)
                .thenComparing(KeyPerson::name)
                .thenComparing(KeyPerson::id))
        .toList();
  }

  /** The police districts, for choosing one. */
  public List<Organisation> policeDistricts() {
    return districts().values().stream().sorted(Comparator.comparing(Organisation::name)).toList();
  }

  private KeyPersonDetails checked(KeyPersonDetails d) {
    if (d == null || d.district() == null) {
      throw new InvalidInput("district", "validation.required");
    }
    if (!districts().containsKey(d.district())) {
      throw new InvalidInput("district", "keyPerson.notADistrict");
    }
    String name = Texts.optional("name", d.name(), TEXT_LIMIT);
    if (name == null) {
      throw new InvalidInput("name", "validation.required");
    }
    String phone = Texts.optional("phone", d.phone(), 40);
    String email = Texts.optional("email", d.email(), TEXT_LIMIT);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInput("email", "validation.email");
    }
    if (phone == null && email == null) {
      throw new InvalidInput("phone", "keyPerson.routeRequired");
    }
    return new KeyPersonDetails(
        d.district(),
        name,
        Boolean.TRUE.equals(d.deputy()),
        phone,
        email,
        Texts.optional("routes", d.routes(), 2_000));
  }

  private Map<UUID, Organisation> districts() {
    return organisations.all().stream()
        .filter(o -> o.type() == OrganisationType.POLICE_DISTRICT)
        .collect(Collectors.toMap(Organisation::id, o -> o));
  }

  private static void requireKeeper(Actor by) {
    if (!mayKeep(by)) {
      throw new AccessDeniedException("The centre keeps the key-person directory");
    }
  }

  private static boolean contains(String value, String wanted) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
  }

  private static KeyPerson row(ResultSet rs, Map<UUID, Organisation> districts)
      throws SQLException {
    UUID district = rs.getObject("district", UUID.class);
    Organisation o = districts.get(district);
    return new KeyPerson(
        rs.getObject("id", UUID.class),
        district,
        o == null ? "" : o.name(),
        o == null ? null : o.region(),
        rs.getString("name"),
        rs.getBoolean("deputy"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getString("routes"),
        rs.getLong("version"));
  }
}
