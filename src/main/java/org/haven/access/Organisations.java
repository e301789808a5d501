package org.haven.access;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditTrail;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Front door for the organisations that take part in Haven. Every change is audited. */
@Service
public class Organisations {

  static final String RESOURCE = "Organisation";

  private final OrganisationRepository organisations;
  private final UserAccountRepository accounts;
  private final AuditTrail audit;
  private final Clock clock;

  private final JdbcClient jdbc;
  private final Recent<Map<UUID, String>> names = new Recent<>(this::readNames);

  Organisations(
      OrganisationRepository organisations,
      UserAccountRepository accounts,
      AuditTrail audit,
      Clock clock,
      JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Registers an organisation; its name must be new. */
  @Transactional
  public Organisation register(
      String name, OrganisationType type, String country, String region, AuditActor by) {
    Organisation organisation = Organisation.create(name, type, country, region, clock.instant());
    requireFreeName(organisation.name(), organisation.id());
    Organisation saved = organisations.save(organisation);
    names.forget();
    audit.record(by, AuditAction.CREATE, RESOURCE, saved.id().toString());
    return saved;
  }

  /** Changes an organisation that the caller read at {@code expectedVersion}. */
  @Transactional
  public Organisation change(
      OrganisationId id,
      long expectedVersion,
      String name,
      OrganisationType type,
      String country,
      String region,
      AuditActor by) {
    Organisation current =
        organisations.findById(id.value()).orElseThrow(() -> new NotFound(RESOURCE));
    if (current.version() != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    Organisation changed = current.change(name, type, country, region);
    requireFreeName(changed.name(), changed.id());
    if (changed.type() != current.type()
        && accounts.findByOrganisation(current.id()).stream()
            .anyMatch(a -> !RolePolicy.allows(a.roles(), changed.type()))) {
      throw new InvalidInput("type", "organisation.typeDoesNotFitUsers");
    }
    try {
      Organisation saved = organisations.save(changed);
      names.forget();
      audit.record(by, AuditAction.UPDATE, RESOURCE, saved.id().toString());
      return saved;
    } catch (OptimisticLockingFailureException e) {
      throw new StaleVersion(RESOURCE);
    }
  }

  @Transactional(readOnly = true)
  public List<Organisation> all() {
    return organisations.findAllByName();
  }

  @Transactional(readOnly = true)
  public Optional<Organisation> find(OrganisationId id) {
    return organisations.findById(id.value());
  }

  /**
   * Every organisation's name by id, in name order, for pages and lists: read again after {@link
   * Recent#FOR} or a change here (names shown on every page; never used to decide access).
   */
  public Map<UUID, String> names() {
    return names.get();
  }

  /** One organisation's name (every page's header), from {@link #names()}. */
  public Optional<String> nameOf(OrganisationId id) {
    return Optional.ofNullable(names().get(id.value()));
  }

  private Map<UUID, String> readNames() {
    Map<UUID, String> read = new LinkedHashMap<>();
    jdbc.sql("SELECT id, name FROM access.organisation ORDER BY name")
        .query((rs, row) -> read.put(rs.getObject("id", UUID.class), rs.getString("name")))
        .list();
    return Collections.unmodifiableMap(read);
  }

  @Transactional(readOnly = true)
  public long count() {
    return organisations.count();
  }

  private void requireFreeName(String name, UUID except) {
    if (organisations.nameTaken(name, except)) {
      throw new InvalidInput("name", "organisation.nameTaken");
    }
  }
}
