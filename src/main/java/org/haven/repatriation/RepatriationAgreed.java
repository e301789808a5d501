package org.haven.repatriation;

import java.time.Instant;
import org.haven.people.PersonId;

/** The person accepted a prepared repatriation. Ids and the instant only. */
public record RepatriationAgreed(
    RepatriationId repatriation, PersonId person, Programme programme, Instant occurredAt) {}
