package org.haven.identification;

import java.util.List;
import java.util.UUID;

/**
 * Decisions delivered in an import were recorded, many at once (history: no period opened). One
 * event per batch instead of a {@link VictimStatusDecided} each, so the projections take them in
 * one go. Carries decision ids only.
 */
public record DecisionsImported(List<UUID> decisions) {}
