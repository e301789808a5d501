package org.haven.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of the retention schedule: what it erased and what a legal hold kept.
 *
 * @param persons persons whose data was erased (records merged into them included)
 * @param notifications anonymous notifications whose words were erased
 * @param calls hotline calls whose words were erased
 * @param held persons due but kept by a legal hold
 * @param failure why the run stopped early, if it did (what it erased before stays erased)
 */
public record ErasureRun(
    UUID id,
    Instant startedAt,
    Instant finishedAt,
    int persons,
    int notifications,
    int calls,
    int held,
    String failure) {}
