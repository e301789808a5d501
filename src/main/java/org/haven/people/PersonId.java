package org.haven.people;

import java.util.UUID;

/**
 * Identifies a person record inside Haven (never shown to users: they see the {@link
 * PersonReference}).
 */
public record PersonId(UUID value) {

  public PersonId {
    if (value == null) {
      throw new IllegalArgumentException("A person id needs a value");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
