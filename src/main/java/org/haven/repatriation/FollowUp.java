package org.haven.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A follow-up report from the partner organisation. */
@Table(schema = "repatriation", name = "follow_up")
public record FollowUp(
    LocalDate reportedOn,
    FollowUpStatus status,
    String note,
    boolean safe,
    boolean reachable,
    UUID recordedBy,
    Instant recordedAt) {}
