package org.haven.people;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An identity document (sensitive).
 *
 * @param type e.g. PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE, OTHER
 */
@Table(schema = "people", name = "identity_document")
public record IdentityDocument(
    String type, String number, String issuingCountry, LocalDate validFrom, LocalDate validUntil) {}
