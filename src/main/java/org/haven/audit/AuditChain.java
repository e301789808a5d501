package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** How a row's hash is computed from its content and its predecessor's hash. */
final class AuditChain {

  /** The predecessor hash of the first row. */
  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(
      String previousHash,
      Instant occurredAt,
      String actor,
      UUID organisation,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      String purpose,
      String requestId) {
    StringBuilder canonical = new StringBuilder(256);
    for (Object field :
        new Object[] {
          previousHash,
          occurredAt,
          actor,
          organisation,
          action,
          resourceType,
          resourceId,
          outcome,
          purpose,
          requestId
        }) {
      // A null and an empty string must hash differently, and no value can imitate a separator.
      canonical.append(
          field == null
              ? "-"
              : "+" + field.toString().replace("\\", "\\\\").replace("\u001f", "\\u"));
      canonical.append('\u001f');
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
