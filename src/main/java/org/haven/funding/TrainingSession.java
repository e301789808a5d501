package org.haven.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A held session of a course; {@code participants} by sector, in the sectors' order. */
public record TrainingSession(
    UUID id,
    LocalDate heldOn,
    LocalDate endsOn,
    String place,
    List<UUID> organisations,
    Map<Sector, Integer> participants) {

  /** Everyone who took part. */
  public int total() {
    return participants.values().stream().mapToInt(Integer::intValue).sum();
  }
}
