package org.haven.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A request to share a case.
 *
 * @param consentGivenOn for {@code CONSENT}: when the person agreed
 * @param basisDetail for {@code LEGAL_BASIS}: the provision relied on; for consent, an optional
 *     note on its scope
 */
public record ShareRequest(
    UUID organisation,
    Set<CasePart> parts,
    ShareBasis basis,
    LocalDate consentGivenOn,
    String basisDetail) {}
