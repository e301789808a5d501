package org.haven.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold: while in force, the person's data is not erased, neither by the retention schedule
 * nor on request.
 *
 * @param reference the person's pseudonymous reference
 * @param reason why it is needed (a running investigation, a complaint, a court order)
 */
public record LegalHold(
    UUID id,
    String reference,
    String reason,
    UUID placedBy,
    Instant placedAt,
    UUID liftedBy,
    Instant liftedAt,
    String liftReason) {

  /** Whether the hold still keeps the person's data. */
  public boolean inForce() {
    return liftedAt == null;
  }
}
