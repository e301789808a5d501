package org.haven.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk export of person-level data (HTCDS case rows) and its release: requested with a purpose,
 * approved by a second person, downloaded once by the requester before it expires.
 *
 * @param year the year of decisions exported, or null for every year
 * @param expiresAt 24 hours after the approval; null before it
 */
public record ExportRelease(
    UUID id,
    Integer year,
    String purpose,
    UUID requestedBy,
    Instant requestedAt,
    UUID approvedBy,
    Instant approvedAt,
    Instant expiresAt,
    Instant downloadedAt) {

  /** Where a release stands at {@code now}. */
  public ReleaseState status(Instant now) {
    if (downloadedAt != null) {
      return ReleaseState.DOWNLOADED;
    }
    if (approvedAt == null) {
      return now.isAfter(requestedAt.plus(ExportReleases.REQUEST_LIFE))
          ? ReleaseState.EXPIRED
          : ReleaseState.AWAITING_APPROVAL;
    }
    return now.isAfter(expiresAt) ? ReleaseState.EXPIRED : ReleaseState.READY;
  }

  public enum ReleaseState {
    AWAITING_APPROVAL,
    READY,
    DOWNLOADED,
    EXPIRED
  }
}
