package org.haven.people;

import java.util.List;
import java.util.UUID;

/**
 * A module that keeps records about persons says, per person and kind, when the last of them ended,
 * so the retention schedule can tell when a person's data falls due for erasure: only when every
 * module's records about her have ended and their periods have run out.
 */
public interface PersonRecordsKept {

  /**
   * The persons this module holds records about, by kind (at most one row per person and kind):
   * every one when {@code persons} is null, else those given.
   */
  List<RecordEnd> recordEnds(UUID[] persons);
}
