package org.haven.access;

import java.time.Instant;
import java.util.UUID;

/** An API token as listed: never its secret. */
public record ApiToken(
    UUID id,
    UserId user,
    String name,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public boolean activeAt(Instant at) {
    return revokedAt == null && expiresAt.isAfter(at);
  }
}
