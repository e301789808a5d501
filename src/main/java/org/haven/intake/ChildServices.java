package org.haven.intake;

import java.time.Instant;

/**
 * For a child: the responsible municipality's child services were informed, by whom (name and role,
 * as told) and when.
 */
public record ChildServices(String municipality, String informedBy, Instant informedAt) {}
