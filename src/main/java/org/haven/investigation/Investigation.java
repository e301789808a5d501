package org.haven.investigation;

import java.util.UUID;

/**
 * The criminal case linked to a case file, with the names of the police district and the
 * prosecution service on it.
 */
public record Investigation(
    UUID caseId,
    UUID policeDistrict,
    String policeDistrictName,
    UUID prosecution,
    String prosecutionName,
    InvestigationDetails details,
    long version) {}
