package org.haven.accommodation;

import java.util.UUID;

/** Identifies a shelter. */
public record ShelterId(UUID value) {

  public ShelterId {
    java.util.Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
