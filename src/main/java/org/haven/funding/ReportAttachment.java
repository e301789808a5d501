package org.haven.funding;

import java.time.Instant;
import java.util.UUID;

/** A PDF attached to a report, as listed: never its content. */
public record ReportAttachment(
    UUID id, UUID duty, String fileName, int size, String sha256, Instant uploadedAt) {}
