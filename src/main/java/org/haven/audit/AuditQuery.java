package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

/** An auditor's search of the trail; every criterion is optional. */
public record AuditQuery(
    String actor,
    UUID organisation,
    String resourceType,
    String resourceId,
    AuditAction action,
    Instant from,
    Instant to,
    int page,
    int size) {

  public AuditQuery {
    page = Math.max(page, 0);
    size = size <= 0 ? 50 : Math.min(size, 500);
  }
}
