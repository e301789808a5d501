package org.haven.api;

import org.haven.access.StaleVersion;

/**
 * Optimistic locking over HTTP: a resource's version travels as {@code ETag: "<version>"}, and a
 * change must send it back as {@code If-Match}. Missing: 428; not a version of ours: 412 (the front
 * door answers 412 for a stale one).
 */
final class Versions {

  private Versions() {}

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired();
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new StaleVersion("Resource");
    }
  }

  /** A change arrived without {@code If-Match}. */
  static final class PreconditionRequired extends RuntimeException {
    PreconditionRequired() {
      super("If-Match required");
    }
  }
}
