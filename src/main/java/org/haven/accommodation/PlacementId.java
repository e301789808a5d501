package org.haven.accommodation;

import java.util.UUID;

/** Identifies a placement. */
public record PlacementId(UUID value) {

  public PlacementId {
    java.util.Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
