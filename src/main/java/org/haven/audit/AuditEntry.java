package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail as the auditor sees it; {@code token} and {@code tokenIssuer} are set
 * for an act done with an API token.
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    UUID organisation,
    AuditAction action,
    String resourceType,
    String resourceId,
    AuditOutcome outcome,
    String purpose,
    String requestId,
    String token,
    String tokenIssuer) {}
