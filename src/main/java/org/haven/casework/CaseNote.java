package org.haven.casework;

import java.time.Instant;
import java.util.UUID;

/** A note on a case, with who may read it. */
public record CaseNote(
    UUID id,
    Sensitivity sensitivity,
    String text,
    UUID author,
    UUID organisation,
    Instant createdAt) {}
