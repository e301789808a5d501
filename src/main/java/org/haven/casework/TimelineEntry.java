package org.haven.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened to the person, from any module.
 *
 * @param kind what happened, e.g. {@code VICTIM_STATUS_DECIDED}; the UI has a sentence per kind
 * @param actor who did it, when known (null: Haven itself or another module's event)
 * @param args facts for the sentence: dates, numbers, codes
 */
public record TimelineEntry(
    long id, Instant occurredAt, String kind, String module, UUID actor, List<String> args) {}
