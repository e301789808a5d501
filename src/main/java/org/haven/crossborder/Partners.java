package org.haven.crossborder;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.people.IsoCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door of the partner register. The administrator registers a partner installation from its
 * installation document; nothing travels until the administrator confirms the fingerprint read out
 * by the partner's administrator (by telephone or in person), and nothing travels while a partner
 * is suspended. New keys (the partner rotated) need a new confirmation. The centre's caseworkers
 * read the register to choose a partner. Every change audited.
 */
@Service
public class Partners {

  static final String RESOURCE = "Partner";
  private static final int NAME_LIMIT = 200;
  private static final int REASON_LIMIT = 500;
  private static final int ENDPOINT_LIMIT = 500;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final LocalInstallation installation;
  private final CrossborderSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  Partners(
      JdbcClient jdbc,
      Organisations organisations,
      LocalInstallation installation,
      CrossborderSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.installation = installation;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who keeps the register. */
  public static boolean mayKeep(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** Who reads it: the administrator, and the centre's caseworkers who send. */
  public static boolean mayRead(Actor actor) {
    return mayKeep(actor) || actor.has(Role.CENTRE_CASEWORKER);
  }

  /** Every partner, by country and name. */
  @Transactional(readOnly = true)
  public List<Partner> list(Actor by) {
    requireReader(by);
    return jdbc.sql("SELECT * FROM crossborder.partner").query(Partners::row).list().stream()
        .sorted(
            Comparator.comparing(Partner::country)
                .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(Partner::id))
        .toList();
  }

  @Transactional(readOnly = true)
  public Partner find(UUID id, Actor by) {
    requireReader(by);
    return find(id).orElseThrow(() -> new NotFound(RESOURCE));
  }

  /** Registers a partner, unconfirmed; an organisation of the same name stands for it here. */
  @Transactional
  public Partner register(PartnerDetails details, Actor by) {
    requireKeeper(by);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    String name = checks.check(() -> name(details.name()));
    String country = checks.check(() -> IsoCodes.country("country", details.country()));
    if (details.kind() == null) {
      checks.add("kind", "validation.required");
    }
    String endpoint = checks.check(() -> endpoint(details.endpoint()));
    if (details.installation() == null) {
      checks.add("installation", "validation.required");
    } else if (details.installation().equals(installation.id())) {
      checks.add("installation", "partner.ownInstallation");
    } else if (jdbc.sql("SELECT count(*) FROM crossborder.partner WHERE installation = ?")
            .param(details.installation())
            .query(Long.class)
            .single()
        > 0) {
      checks.add("installation", "partner.installationTaken");
    }
    JWKSet keys = checks.check(() -> keys(details.keys(), null));
    checks.done();
    UUID organisation =
        organisations
            .register(
                name,
                details.kind() == PartnerKind.RETURN_ORGANISATION
                    ? OrganisationType.INTERNATIONAL_ORGANISATION
                    : OrganisationType.OTHER,
                country,
                null,
                by.audit())
            .id();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO crossborder.partner (id, installation, name, country, kind, endpoint, keys, fingerprint,
                                             status, organisation, registered_by, registered_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'UNCONFIRMED', ?, ?, ?)
            """)
        .params(
            id,
            details.installation(),
            name,
            country,
            details.kind().name(),
            endpoint,
            keys.toString(true),
            Fingerprints.of(keys),
            organisation,
            by.user().value(),
            utc(clock.instant()))
        .update();
    storeKeyIds(id, keys);
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return find(id).orElseThrow();
  }

  /**
   * Confirms the partner's fingerprint as read out by its administrator: if it is the one computed
   * from the keys registered, envelopes travel.
   */
  @Transactional
  public Partner confirm(UUID id, String fingerprint, Actor by) {
    requireKeeper(by);
    Partner partner = find(id).orElseThrow(() -> new NotFound(RESOURCE));
    if (fingerprint == null || fingerprint.isBlank()) {
      throw new InvalidInput("fingerprint", "validation.required");
    }
    if (!Fingerprints.normalise(fingerprint).equals(partner.fingerprint())) {
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          RESOURCE,
          id.toString(),
          AuditOutcome.FAILURE,
          "fingerprint did not match");
      throw new InvalidInput("fingerprint", "partner.fingerprintMismatch");
    }
    if (partner.status() != PartnerStatus.UNCONFIRMED) {
      throw new InvalidInput("fingerprint", "partner.alreadyConfirmed");
    }
    jdbc.sql(
            "UPDATE crossborder.partner SET status = 'ACTIVE', confirmed_by = ?, confirmed_at = ?, version = version + 1 WHERE id = ?")
        .params(by.user().value(), utc(clock.instant()), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "confirmed");
    return find(id).orElseThrow();
  }

  /** Suspends a partner, saying why: nothing travels either way until reactivated. */
  @Transactional
  public Partner suspend(UUID id, String reason, Actor by) {
    requireKeeper(by);
    Partner partner = find(id).orElseThrow(() -> new NotFound(RESOURCE));
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInput("reason", "validation.required");
    }
    if (why.length() > REASON_LIMIT) {
      throw new InvalidInput("reason", "validation.tooLong", REASON_LIMIT);
    }
    if (partner.status() == PartnerStatus.SUSPENDED) {
      throw new InvalidInput("reason", "partner.alreadySuspended");
    }
    jdbc.sql(
            "UPDATE crossborder.partner SET status = 'SUSPENDED', suspended_reason = ?, version = version + 1 WHERE id = ?")
        .params(why, id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "suspended");
    return find(id).orElseThrow();
  }

  /** Ends a suspension: a confirmed partner is active again, an unconfirmed one still waits. */
  @Transactional
  public Partner reactivate(UUID id, Actor by) {
    requireKeeper(by);
    Partner partner = find(id).orElseThrow(() -> new NotFound(RESOURCE));
    if (partner.status() != PartnerStatus.SUSPENDED) {
      throw new InvalidInput("status", "partner.notSuspended");
    }
    jdbc.sql(
            """
            UPDATE crossborder.partner
               SET status = CASE WHEN confirmed_at IS NULL THEN 'UNCONFIRMED' ELSE 'ACTIVE' END,
                   suspended_reason = NULL, version = version + 1
             WHERE id = ?
            """)
        .param(id)
        .update();
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "reactivated");
    return find(id).orElseThrow();
  }

  /**
   * Replaces the partner's public keys (it rotated; during the overlap its set holds the old keys
   * and the new): the fingerprint changes, so the partner waits for a new confirmation.
   */
  @Transactional
  public Partner changeKeys(UUID id, long expectedVersion, Map<String, Object> keys, Actor by) {
    requireKeeper(by);
    Partner partner = find(id).orElseThrow(() -> new NotFound(RESOURCE));
    if (partner.version() != expectedVersion) {
      throw new StaleVersion(RESOURCE);
    }
    JWKSet parsed = keys(keys, id);
    jdbc.sql(
            """
            UPDATE crossborder.partner
               SET keys = ?, fingerprint = ?, confirmed_by = NULL, confirmed_at = NULL,
                   status = CASE WHEN status = 'SUSPENDED' THEN 'SUSPENDED' ELSE 'UNCONFIRMED' END,
                   version = version + 1
             WHERE id = ?
            """)
        .params(parsed.toString(true), Fingerprints.of(parsed), id)
        .update();
    jdbc.sql("DELETE FROM crossborder.partner_key WHERE partner = ?").param(id).update();
    storeKeyIds(id, parsed);
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        RESOURCE,
        id.toString(),
        AuditOutcome.SUCCESS,
        "keys changed");
    return find(id).orElseThrow();
  }

  // for the module: no actor, no audit (the inbox and outbox audit their own acts)

  Optional<Partner> find(UUID id) {
    return jdbc.sql("SELECT * FROM crossborder.partner WHERE id = ?")
        .param(id)
        .query(Partners::row)
        .optional();
  }

  /** The partner that signs with this key id. */
  Optional<Partner> bySigningKey(String kid) {
    return jdbc.sql(
            "SELECT p.* FROM crossborder.partner p JOIN crossborder.partner_key k ON k.partner = p.id"
                + " WHERE k.kid = ? AND k.use = 'sig'")
        .param(kid)
        .query(Partners::row)
        .optional();
  }

  /** The partner's signing keys (every one in its set). */
  static List<ECKey> signingKeys(Partner partner) {
    return parsed(partner).getKeys().stream()
        .filter(k -> KeyUse.SIGNATURE.equals(k.getKeyUse()))
        .map(JWK::toECKey)
        .toList();
  }

  /** The key to encrypt to: the first encryption key in the partner's set (its newest). */
  static ECKey encryptionKey(Partner partner) {
    return parsed(partner).getKeys().stream()
        .filter(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()))
        .map(JWK::toECKey)
        .findFirst()
        .orElseThrow();
  }

  private static JWKSet parsed(Partner partner) {
    try {
      return JWKSet.parse(partner.keys());
    } catch (ParseException e) {
      throw new IllegalStateException("A partner's stored keys do not parse", e);
    }
  }

  private void storeKeyIds(UUID partner, JWKSet keys) {
    for (JWK key : keys.getKeys()) {
      jdbc.sql("INSERT INTO crossborder.partner_key (kid, partner, use) VALUES (?, ?, ?)")
          .params(key.getKeyID(), partner, key.getKeyUse().identifier())
          .update();
    }
  }

  private static String name(String typed) {
    String name = typed == null ? "" : typed.strip();
    if (name.isEmpty()) {
      throw new InvalidInput("name", "validation.required");
    }
    if (name.length() > NAME_LIMIT) {
      throw new InvalidInput("name", "validation.tooLong", NAME_LIMIT);
    }
    return name;
  }

  private String endpoint(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new InvalidInput("endpoint", "validation.required");
    }
    if (text.length() > ENDPOINT_LIMIT) {
      throw new InvalidInput("endpoint", "validation.tooLong", ENDPOINT_LIMIT);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidInput("endpoint", "partner.endpointInvalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
      throw new InvalidInput("endpoint", "partner.endpointInvalid");
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && settings.allowHttp())) {
      throw new InvalidInput("endpoint", "partner.endpointNotHttps");
    }
    return uri.toString();
  }

  /**
   * The partner's public keys: a JWK set of EC P-256 keys, each with a key id and a use, at least
   * one to verify and one to encrypt to, no private part, no key id another partner uses.
   */
  private JWKSet keys(Map<String, Object> given, UUID partner) {
    if (given == null || given.isEmpty()) {
      throw new InvalidInput("keys", "validation.required");
    }
    JWKSet set;
    try {
      set = JWKSet.parse(given);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidInput("keys", "partner.keysUnreadable");
    }
    Set<String> seen = new HashSet<>();
    boolean signs = false;
    boolean encrypts = false;
    for (JWK key : set.getKeys()) {
      if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
        throw new InvalidInput("keys", "partner.keysNotP256");
      }
      if (key.isPrivate()) {
        throw new InvalidInput("keys", "partner.keysPrivate");
      }
      if (key.getKeyID() == null || key.getKeyID().isBlank() || key.getKeyUse() == null) {
        throw new InvalidInput("keys", "partner.keysNeedIdAndUse");
      }
      if (!seen.add(key.getKeyUse().identifier() + ":" + key.getKeyID())) {
        throw new InvalidInput("keys", "partner.keysDuplicate");
      }
      signs |= KeyUse.SIGNATURE.equals(key.getKeyUse());
      encrypts |= KeyUse.ENCRYPTION.equals(key.getKeyUse());
      Long elsewhere =
          jdbc.sql(
                  "SELECT count(*) FROM crossborder.partner_key WHERE kid = ? AND use = ? AND partner IS DISTINCT FROM ?")
              .params(key.getKeyID(), key.getKeyUse().identifier(), partner)
              .query(Long.class)
              .single();
      if (elsewhere > 0) {
        throw new InvalidInput("keys", "partner.keysTaken");
      }
    }
    if (!signs || !encrypts) {
      throw new InvalidInput("keys", "partner.keysIncomplete");
    }
    return set.toPublicJWKSet();
  }

  private static void requireKeeper(Actor by) {
    if (!mayKeep(by)) {
      throw new AccessDeniedException("Only administrators keep the partner register");
    }
  }

  private static void requireReader(Actor by) {
    if (!mayRead(by)) {
      throw new AccessDeniedException("The partner register is for administrators and the centre");
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  static Partner row(ResultSet rs, int n) throws SQLException {
    Map<String, Object> keys;
    try {
      keys = JWKSet.parse(rs.getString("keys")).toJSONObject(true);
    } catch (ParseException e) {
      throw new IllegalStateException("A partner's stored keys do not parse", e);
    }
    return new Partner(
        rs.getObject("id", UUID.class),
        rs.getObject("installation", UUID.class),
        rs.getString("name"),
        rs.getString("country"),
        PartnerKind.valueOf(rs.getString("kind")),
        rs.getString("endpoint"),
        keys,
        rs.getString("fingerprint"),
        PartnerStatus.valueOf(rs.getString("status")),
        rs.getObject("organisation", UUID.class),
        instant(rs, "registered_at"),
        instant(rs, "confirmed_at"),
        rs.getString("suspended_reason"),
        rs.getLong("version"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
