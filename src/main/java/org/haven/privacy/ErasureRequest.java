package org.haven.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to erase a person's data now (her right to erasure), carried out only when a second
 * person approves.
 *
 * @param outcome {@code ERASED} or {@code REFUSED} once decided; null while waiting
 */
public record ErasureRequest(
    UUID id,
    String reference,
    String reason,
    UUID requestedBy,
    Instant requestedAt,
    UUID decidedBy,
    Instant decidedAt,
    String outcome) {

  /** Whether it waits for a second person. */
  public boolean waiting() {
    return decidedAt == null;
  }
}
