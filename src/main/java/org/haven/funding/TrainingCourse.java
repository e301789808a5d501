package org.haven.funding;

import java.util.List;
import java.util.UUID;

/** A training course for frontline staff with its sessions, earliest first. */
public record TrainingCourse(
    UUID id,
    String title,
    String description,
    List<Sector> sectors,
    UUID initiative,
    String materials,
    List<TrainingSession> sessions,
    long version) {

  /** Everyone trained in every session. */
  public int participants() {
    return sessions.stream().mapToInt(TrainingSession::total).sum();
  }
}
