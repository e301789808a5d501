package org.haven.identification;

import java.util.Objects;
import java.util.UUID;

/** Identifies one identification process. */
public record IdentificationId(UUID value) {

  public IdentificationId {
    Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
