package org.haven.repatriation;

import java.time.Instant;

/**
 * A repatriation was offered, declined or cancelled: the steps that have no fact of their own
 * ({@link RepatriationAgreed}, {@link PersonReturned} and {@link ReintegrationEnded} have).
 */
public record RepatriationChanged(RepatriationId repatriation, Instant occurredAt) {}
