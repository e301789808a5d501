package org.haven.repatriation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a repatriation. */
public record RepatriationId(UUID value) {

  public RepatriationId {
    Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
