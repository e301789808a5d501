package org.haven.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.access.Texts;

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
    String basisDetail) {

  /**
   * The request as it may be recorded on this case, or refused with the field at fault: another
   * organisation than the sharer's own; a basis; for consent, the day it was given (not in the
   * future, and after any withdrawal); for a legal basis, the provision cited. The summary is
   * always shared; a consent date is kept only with consent.
   */
  ShareRequest checked(CaseFile file, UUID ownOrganisation, LocalDate today, ZoneId zone) {
    file.requireOpen();
    if (organisation == null) {
      throw new InvalidInput("organisation", "share.organisationUnknown");
    }
    if (organisation.equals(ownOrganisation)) {
      throw new InvalidInput("organisation", "share.ownOrganisation");
    }
    if (basis == null) {
      throw new InvalidInput("basis", "share.basisRequired");
    }
    String detail = Texts.optional("basisDetail", basisDetail, CaseFiles.TITLE_LIMIT);
    LocalDate consentOn = null;
    if (basis == ShareBasis.CONSENT) {
      consentOn = consentGivenOn;
      if (consentOn == null) {
        throw new InvalidInput("consentGivenOn", "share.consentDateRequired");
      }
      if (consentOn.isAfter(today)) {
        throw new InvalidInput("consentGivenOn", "validation.futureDate");
      }
      if (!file.consentStands(consentOn, zone)) {
        throw new InvalidInput("consentGivenOn", "share.consentWithdrawn");
      }
    } else if (detail == null) {
      throw new InvalidInput("basisDetail", "share.legalBasisRequired");
    }
    Set<CasePart> shared =
        parts == null || parts.isEmpty() ? EnumSet.of(CasePart.SUMMARY) : EnumSet.copyOf(parts);
    shared.add(CasePart.SUMMARY);
    return new ShareRequest(organisation, shared, basis, consentOn, detail);
  }
}
