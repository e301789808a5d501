package org.haven.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.AuditActor;

/**
 * Who is acting: a signed-in person or a machine client with a token, the organisation they act
 * for, and what they may do.
 *
 * @param authenticatedAt when the person completed sign-in (both factors) or the token was
 *     presented
 * @param token the API token this request came with; absent for a signed-in person
 * @param tokenIssuer who issued that token, for a machine account's token
 */
public record Actor(
    UserId user,
    OrganisationId organisation,
    String displayName,
    Set<Role> roles,
    Language language,
    Instant authenticatedAt,
    UUID token,
    UserId tokenIssuer)
    implements Serializable {

  public Actor {
    roles = Set.copyOf(roles);
  }

  /**
   * The user's id only: an actor's name never goes where its text form may go (logs, the session
   * table's principal column).
   */
  @Override
  public String toString() {
    return user.toString();
  }

  /** A signed-in person (no token). */
  public Actor(
      UserId user,
      OrganisationId organisation,
      String displayName,
      Set<Role> roles,
      Language language,
      Instant authenticatedAt) {
    this(user, organisation, displayName, roles, language, authenticatedAt, null, null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** This actor as the audit trail records it, with the token and its issuer when there is one. */
  public AuditActor audit() {
    return new AuditActor(
        user.toString(),
        organisation.value(),
        token == null ? null : token.toString(),
        tokenIssuer == null ? null : tokenIssuer.toString());
  }

  static Actor of(UserAccount account, Instant at) {
    return new Actor(
        account.userId(),
        account.organisation(),
        account.displayName(),
        account.roles(),
        account.language(),
        at);
  }
}
