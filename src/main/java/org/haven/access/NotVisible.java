package org.haven.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A record exists but the actor may not see it. Refused and audited like any refusal, but answered
 * as "not found", so that nobody learns from the answer which records exist.
 */
public class NotVisible extends AccessDeniedException {

  public NotVisible(String resourceType) {
    super(resourceType + " not visible to this actor");
  }
}
