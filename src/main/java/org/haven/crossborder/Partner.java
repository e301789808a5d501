package org.haven.crossborder;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A partner installation: another country's centre or a return organisation, known by its
 * installation id and public keys, trusted once its fingerprint was confirmed out of band.
 *
 * @param keys the partner's public keys as a JWK set
 * @param organisation the organisation that stands for the partner here (the sender of what it
 *     refers)
 */
public record Partner(
    UUID id,
    UUID installation,
    String name,
    String country,
    PartnerKind kind,
    String endpoint,
    Map<String, Object> keys,
    String fingerprint,
    PartnerStatus status,
    UUID organisation,
    Instant registeredAt,
    Instant confirmedAt,
    String suspendedReason,
    long version) {

  public boolean active() {
    return status == PartnerStatus.ACTIVE;
  }
}
