package org.haven.crossborder;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.haven.casework.CasePart;

/**
 * A caseworker's request to send a case abroad.
 *
 * @param partner the partner installation
 * @param parts what of the case travels besides the summary (timeline, tasks, notes); testimony
 *     never travels in version 1 of the format
 * @param consentGivenOn for consent (the person's or the guardian's): when it was given
 * @param basisDetail for a legal basis: the provision relied on; for consent, an optional note on
 *     its scope
 * @param note what the sender asks of the recipient (no more than needed)
 */
public record TransferRequest(
    UUID partner,
    TransferPurpose purpose,
    Set<CasePart> parts,
    TransferBasis basis,
    LocalDate consentGivenOn,
    String basisDetail,
    String note) {}
