package org.haven.repatriation;

import java.util.UUID;

/** Identifies a repatriation. */
public record RepatriationId(UUID value) {

  public RepatriationId {
    java.util.Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
