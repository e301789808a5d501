package org.haven.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A hotline call was logged. Carries the call's id, when it came in and who called (a category),
 * never its topic or outcome.
 */
public record HotlineCallLogged(UUID call, Instant receivedAt, CallerType callerType) {}
