package org.haven.casework;

import java.time.Instant;

/**
 * The person withdrew consent on a case: every share and transfer resting on consent ends, and
 * whoever received the case on consent is told. Ids and a time only.
 */
public record CaseConsentWithdrawn(CaseId caseId, Instant at) {}
