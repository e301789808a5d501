package org.haven.crossborder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.casework.CasePart;

/**
 * A case sent to a partner installation, or received from one.
 *
 * @param caseId the case sent (outgoing only)
 * @param referral the referral it became in the centre's queue (incoming only)
 * @param envelopeHash the SHA-256 of the envelope as it travelled
 * @param problem why delivery failed, as the partner or the network said (no personal data)
 * @param content what was received, as the envelope's {@code referral} object (incoming, on a
 *     single read by the centre only)
 */
public record Transfer(
    UUID id,
    Direction direction,
    UUID caseId,
    UUID partner,
    String partnerName,
    String partnerCountry,
    TransferPurpose purpose,
    Set<CasePart> parts,
    TransferBasis basis,
    LocalDate consentGivenOn,
    String basisDetail,
    String note,
    TransferStatus status,
    String envelopeHash,
    UUID referral,
    Instant createdAt,
    Instant deliveredAt,
    Instant decidedAt,
    String decisionReason,
    Instant consentWithdrawnAt,
    String problem,
    Map<String, Object> content,
    long version) {}
