package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A case shared with another organisation: which parts, on what basis, until revoked.
 *
 * @param basisDetail the legal basis cited, or a note on the consent
 */
public record CaseShare(
    UUID id,
    UUID organisation,
    Set<CasePart> parts,
    ShareBasis basis,
    String basisDetail,
    LocalDate consentGivenOn,
    UUID recordedBy,
    Instant recordedAt,
    Instant revokedAt,
    UUID revokedBy,
    String revokeReason) {

  public boolean active() {
    return revokedAt == null;
  }
}
