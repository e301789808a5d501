package org.haven.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An API token as listed: never its secret. {@code issuedBy} is the administrator who issued a
 * machine account's token (absent for a person's own tokens and the bootstrap token).
 */
public record ApiToken(
    UUID id,
    UserId user,
    String name,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt,
    UserId issuedBy) {

  public boolean activeAt(Instant at) {
    return revokedAt == null && expiresAt.isAfter(at);
  }
}
