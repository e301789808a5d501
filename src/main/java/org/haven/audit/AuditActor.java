package org.haven.audit;

import java.util.UUID;

/**
 * Who acted, as the audit trail records it: a user id (or {@code system}, {@code anonymous}) and
 * the organisation the actor acted for.
 */
public record AuditActor(String id, UUID organisation) {

  /** Haven itself, e.g. a scheduled job or the first run. */
  public static final AuditActor SYSTEM = new AuditActor("system", null);

  /** Someone not signed in. */
  public static final AuditActor ANONYMOUS = new AuditActor("anonymous", null);

  public AuditActor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("An audit actor needs an id");
    }
  }
}
