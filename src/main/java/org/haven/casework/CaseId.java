package org.haven.casework;

import java.util.Objects;
import java.util.UUID;

/** Identifies one case file. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
