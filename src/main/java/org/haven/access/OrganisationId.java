package org.haven.access;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an organisation. */
public record OrganisationId(UUID value) implements Serializable {

  public OrganisationId {
    if (value == null) {
      throw new IllegalArgumentException("An organisation id needs a value");
    }
  }

  public static OrganisationId random() {
    return new OrganisationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
