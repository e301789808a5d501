package org.haven.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's request to see what Haven holds about her, and its release.
 *
 * @param reference the person's pseudonymous reference
 * @param language the language the readable copy is written in (en, da, sv)
 * @param receivedOn when the person asked
 * @param expiresAt 24 hours after the approval; null before it
 */
public record SubjectAccessRequest(
    UUID id,
    String reference,
    String language,
    LocalDate receivedOn,
    String note,
    UUID requestedBy,
    Instant requestedAt,
    UUID approvedBy,
    Instant approvedAt,
    Instant expiresAt,
    Instant jsonReleasedAt,
    Instant pdfReleasedAt) {

  /** Whether a copy may be released at {@code now}. */
  public boolean releasable(Instant now) {
    return approvedAt != null && now.isBefore(expiresAt);
  }
}
