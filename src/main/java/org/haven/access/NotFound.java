package org.haven.access;

/** The requested record does not exist (or the actor may not know that it does). */
public class NotFound extends RuntimeException {

  public NotFound(String resourceType) {
    super(resourceType + " not found");
  }
}
