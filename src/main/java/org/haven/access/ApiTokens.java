package org.haven.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for API tokens: long random secrets for machine clients, shown once, stored as hashes,
 * expiring and revocable. A token acts with its user's organisation and roles. A person's tokens
 * are created by that person alone; administrators issue tokens only for machine accounts, and the
 * token remembers who issued it, so that every act done with it names the token and its issuer.
 */
@Service
public class ApiTokens {

  static final String RESOURCE = "ApiToken";
  static final int MAX_DAYS = 366;

  private final JdbcClient jdbc;
  private final UserAccountRepository accounts;
  private final AuditTrail audit;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, UserAccountRepository accounts, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IssuedToken issue(UserId user, String name, int expiresInDays, Actor by) {
    UserAccount account = accounts.findById(user.value()).orElseThrow(() -> new NotFound("User"));
    mayIssue(account, by);
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "validation.required");
    }
    if (name.strip().length() > 100) {
      throw new InvalidInput("name", "validation.tooLong", 100);
    }
    if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
      throw new InvalidInput("expiresInDays", "token.expiry", MAX_DAYS);
    }
    return insert(
        user,
        name.strip(),
        Secrets.apiToken(),
        Duration.ofDays(expiresInDays),
        by.user(),
        by.audit());
  }

  /**
   * A person creates their own tokens (nobody else may act as them); a machine account's tokens are
   * issued by an administrator.
   */
  private static void mayIssue(UserAccount account, Actor by) {
    boolean own = account.userId().equals(by.user()) && !account.serviceAccount();
    boolean forMachine = account.serviceAccount() && by.has(Role.ADMINISTRATOR);
    if (!own && !forMachine) {
      throw new AccessDeniedException("Tokens of a person are created by that person only");
    }
  }

  /**
   * Whether {@code by} may see and revoke the tokens of {@code user}: their own, or an
   * administrator.
   */
  public static boolean mayManage(UserId user, Actor by) {
    return user.equals(by.user()) || by.has(Role.ADMINISTRATOR);
  }

  /**
   * Registers a token whose secret was chosen outside Haven (the bootstrap token for automation).
   */
  @Transactional
  IssuedToken register(UserId user, String name, String secret, Duration validity, AuditActor by) {
    if (secret == null || secret.length() < 32) {
      throw new IllegalArgumentException("A bootstrap token needs at least 32 characters");
    }
    return insert(user, name, secret, validity, null, by);
  }

  private IssuedToken insert(
      UserId user, String name, String secret, Duration validity, UserId issuer, AuditActor by) {
    Instant now = clock.instant();
    ApiToken token =
        new ApiToken(UUID.randomUUID(), user, name, now, now.plus(validity), null, null, issuer);
    jdbc.sql(
            """
            INSERT INTO access.api_token (id, user_id, name, token_hash, created_at, expires_at, issued_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            token.id(),
            user.value(),
            name,
            Secrets.sha256(secret),
            Timestamp.from(token.createdAt()),
            Timestamp.from(token.expiresAt()),
            issuer == null ? null : issuer.value())
        .update();
    audit.record(by, AuditAction.CREATE, RESOURCE, token.id().toString());
    return new IssuedToken(token, secret);
  }

  @Transactional(readOnly = true)
  public List<ApiToken> of(UserId user, Actor by) {
    if (!mayManage(user, by)) {
      throw new AccessDeniedException("Only the person or an administrator sees their tokens");
    }
    return jdbc.sql("SELECT * FROM access.api_token WHERE user_id = ? ORDER BY created_at DESC")
        .param(user.value())
        .query(ApiTokens::token)
        .list();
  }

  /** Revokes a token of the given user; a revoked token stops working at once. */
  @Transactional
  public void revoke(UserId user, UUID tokenId, Actor by) {
    if (!mayManage(user, by)) {
      throw new AccessDeniedException("Only the person or an administrator revokes their tokens");
    }
    int revoked =
        jdbc.sql(
                "UPDATE access.api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
            .params(Timestamp.from(clock.instant()), tokenId, user.value())
            .update();
    if (revoked == 0) {
      throw new NotFound(RESOURCE);
    }
    audit.record(by.audit(), AuditAction.DELETE, RESOURCE, tokenId.toString());
  }

  /**
   * The actor a presented secret stands for, if it is a live token of an enabled account. Every API
   * request asks this, so the token, its account and the account's roles are read in one statement
   * (no transaction: the statement is one consistent read) rather than by loading the account
   * aggregate; a token revoked or an account disabled stops working with the next request.
   */
  public Optional<Actor> authenticate(String secret) {
    if (secret == null || secret.length() < 32 || secret.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Presented> presented =
        jdbc.sql(
                """
                SELECT t.id, t.last_used_at, t.issued_by, u.id AS user_id, u.organisation_id,
                       u.display_name, u.language, u.enabled, u.service_account,
                       ARRAY(SELECT r.role FROM access.user_role r WHERE r.user_id = u.id) AS roles
                FROM access.api_token t JOIN access.user_account u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?
                """)
            .params(Secrets.sha256(secret), Timestamp.from(now))
            .query(ApiTokens::presented)
            .optional();
    presented
        .filter(p -> p.lastUsedAt() == null || p.lastUsedAt().isBefore(now.minus(LAST_USED_STEP)))
        .ifPresent(
            p ->
                // kept to the minute: a write (and its commit) on every request would queue a
                // client's concurrent requests behind one another on the token's row
                jdbc.sql("UPDATE access.api_token SET last_used_at = ? WHERE id = ?")
                    .params(Timestamp.from(now), p.token())
                    .update());
    return presented.filter(Presented::enabled).map(p -> p.actor(now));
  }

  /** A live token as presented, with what its account is now. */
  private record Presented(
      UUID token,
      Instant lastUsedAt,
      UserId issuer,
      UserId user,
      OrganisationId organisation,
      String displayName,
      Language language,
      boolean enabled,
      boolean serviceAccount,
      Set<Role> roles) {

    /** The actor: a machine account's token also names who issued it. */
    Actor actor(Instant at) {
      return new Actor(
          user,
          organisation,
          displayName,
          roles,
          language,
          at,
          token,
          serviceAccount ? issuer : null);
    }
  }

  private static Presented presented(ResultSet rs, int row) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : (String[]) rs.getArray("roles").getArray()) {
      roles.add(Role.valueOf(role));
    }
    UUID issuer = rs.getObject("issued_by", UUID.class);
    return new Presented(
        rs.getObject("id", UUID.class),
        instant(rs, "last_used_at"),
        issuer == null ? null : new UserId(issuer),
        new UserId(rs.getObject("user_id", UUID.class)),
        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        rs.getString("display_name"),
        Language.valueOf(rs.getString("language")),
        rs.getBoolean("enabled"),
        rs.getBoolean("service_account"),
        roles);
  }

  /** How stale a token's "last used" may be. */
  static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

  private static ApiToken token(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getObject("id", UUID.class),
        new UserId(rs.getObject("user_id", UUID.class)),
        rs.getString("name"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "revoked_at"),
        instant(rs, "last_used_at"),
        rs.getObject("issued_by", UUID.class) == null
            ? null
            : new UserId(rs.getObject("issued_by", UUID.class)));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
