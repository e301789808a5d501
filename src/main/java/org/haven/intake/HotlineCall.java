package org.haven.intake;

import java.time.Instant;
import java.util.UUID;

/** One logged hotline call: anonymous by default; the topic and outcome are short factual notes. */
public record HotlineCall(
    UUID id,
    Instant receivedAt,
    CallerType callerType,
    String topic,
    String outcome,
    UUID referral,
    Instant loggedAt) {}
