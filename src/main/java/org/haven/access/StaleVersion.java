package org.haven.access;

/** Someone else changed the record since the caller read it (optimistic locking). */
public class StaleVersion extends RuntimeException {

  public StaleVersion(String resourceType) {
    super(resourceType + " was changed by someone else");
  }
}
