package org.haven.funding;

import java.util.List;
import java.util.UUID;

/**
 * A training course as entered: what it teaches, for which sectors, under which initiative of the
 * plan (optional), and where its materials are.
 */
public record CourseDetails(
    String title, String description, List<Sector> sectors, UUID initiative, String materials) {

  public CourseDetails {
    sectors = sectors == null ? List.of() : sectors;
  }
}
