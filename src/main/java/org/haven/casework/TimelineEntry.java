package org.haven.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened to the person, from any module.
 *
 * @param kind what happened, e.g. {@code VICTIM_STATUS_DECIDED}; the UI has a sentence per kind
 * @param actor who did it, when known (null: Haven itself or another module's event)
 * @param args facts for the sentence as stored: dates, numbers, codes ({@link #facts()} types them)
 */
public record TimelineEntry(
    long id, Instant occurredAt, String kind, String module, UUID actor, List<String> args) {

  public TimelineEntry {
    args = List.copyOf(args);
  }

  /** The sentence's facts, typed, in order. */
  public List<TimelineFact> facts() {
    return args.stream().map(TimelineFact::of).toList();
  }
}
