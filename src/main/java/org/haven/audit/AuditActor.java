package org.haven.audit;

import java.util.UUID;

/**
 * Who acted, as the audit trail records it: a user id (or {@code system}, {@code anonymous}) and
 * the organisation the actor acted for; when the act came with an API token, the token's id and,
 * for a machine account's token, the person who issued it.
 */
public record AuditActor(String id, UUID organisation, String token, String tokenIssuer) {

  /** Haven itself, e.g. a scheduled job or the first run. */
  public static final AuditActor SYSTEM = new AuditActor("system", null);

  /** Someone not signed in. */
  public static final AuditActor ANONYMOUS = new AuditActor("anonymous", null);

  public AuditActor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("An audit actor needs an id");
    }
  }

  /** An actor without a token: a signed-in person, or Haven itself. */
  public AuditActor(String id, UUID organisation) {
    this(id, organisation, null, null);
  }
}
