package org.haven.repatriation;

import java.util.List;

/**
 * Returns delivered in an import were recorded, many at once: one event per batch, holding each
 * return as {@link PersonReturned} would announce it (ids, codes and dates only).
 */
public record ReturnsImported(List<PersonReturned> returns) {}
