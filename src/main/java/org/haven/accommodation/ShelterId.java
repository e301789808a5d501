package org.haven.accommodation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a shelter. */
public record ShelterId(UUID value) {

  public ShelterId {
    Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
