package org.haven.access;

import java.time.Instant;
import java.util.Set;
import org.haven.audit.AuditActor;

/**
 * Who is acting: a signed-in person or a machine client with a token, the organisation they act
 * for, and what they may do.
 *
 * @param authenticatedAt when the person completed sign-in (both factors) or the token was
 *     presented
 */
public record Actor(
    UserId user,
    OrganisationId organisation,
    String displayName,
    Set<Role> roles,
    Language language,
    Instant authenticatedAt) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** This actor as the audit trail records it. */
  public AuditActor audit() {
    return new AuditActor(user.toString(), organisation.value());
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
