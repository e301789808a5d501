package org.haven.identification;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Days added to a period, on a ground, approved by a named user.
 *
 * @param periodNumber the period it extended (1 for the first one the process had)
 */
@Table(schema = "identification", name = "period_extension")
public record PeriodExtension(
    int days,
    ExtensionGround ground,
    String reason,
    UUID approvedBy,
    Instant approvedAt,
    int periodNumber) {}
