/**
 * Person matching: name forms across scripts and romanisations, comparison levels, the
 * Fellegi–Sunter model with its estimator, blocking, the batch deduplication and the Bloom-filter
 * encoding for privacy-preserving checks. Plain Java without Spring, so the offline tools in {@code
 * org.haven.tools} and the people module use the same engine.
 */
@NamedInterface("matching")
package org.haven.people.matching;

import org.springframework.modulith.NamedInterface;
