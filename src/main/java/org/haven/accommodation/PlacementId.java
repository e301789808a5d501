package org.haven.accommodation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a placement. */
public record PlacementId(UUID value) {

  public PlacementId {
    Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
