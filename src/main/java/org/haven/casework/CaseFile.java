package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.haven.people.PersonId;

/**
 * A case file's summary.
 *
 * @param personReference the pseudonymous reference shown to users
 * @param decisionOutcome the decision in force (an HTCDS-mapped code), or null
 * @param periodEndsOn the deadline of the running reflection or restitution period, or null
 * @param mergedInto the case this one is kept in since the person's two records were merged, or
 *     null
 */
public record CaseFile(
    CaseId id,
    PersonId person,
    String personReference,
    UUID identification,
    CaseStatus status,
    ClosureReason closureReason,
    String closureNote,
    UUID contactPerson,
    boolean minor,
    Instant openedAt,
    Instant closedAt,
    String decisionOutcome,
    String competentAuthority,
    LocalDate periodEndsOn,
    Instant consentWithdrawnAt,
    long version,
    CaseId mergedInto) {}
