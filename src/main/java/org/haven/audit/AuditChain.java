package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a row's hash is computed from its content and its predecessor's hash: an HMAC-SHA256 under
 * the chain key ({@link AuditKey}), which lives outside the database, so whoever holds only the
 * database cannot recompute the chain after an edit. Rows written before the chain was keyed keep
 * their plain SHA-256 ({@link #legacyHash}).
 */
final class AuditChain {

  /** The predecessor hash of the first row. */
  static final String GENESIS = "0".repeat(64);

  /**
   * One keyed MAC per thread: a Mac is not thread-safe, and making one costs more than using it.
   */
  private final ThreadLocal<Mac> macs;

  AuditChain(byte[] key) {
    byte[] copy = key.clone();
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(copy, "HmacSHA256"));
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
              }
            });
  }

  /** The keyed hash of a row. */
  String hash(String previousHash, RowContent row) {
    // doFinal resets the MAC to its key: ready for the next row
    return HexFormat.of()
        .formatHex(
            macs.get().doFinal(canonical(previousHash, row).getBytes(StandardCharsets.UTF_8)));
  }

  /** The unkeyed hash of rows written before the chain was keyed. */
  static String legacyHash(String previousHash, RowContent row) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical(previousHash, row).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** What a row's hash covers besides its predecessor's hash. */
  record RowContent(
      Instant occurredAt,
      String actor,
      UUID organisation,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      String purpose,
      String requestId,
      String token,
      String tokenIssuer) {}

  private static String canonical(String previousHash, RowContent row) {
    StringBuilder canonical = new StringBuilder(256);
    Object[] fields = {
      previousHash,
      row.occurredAt(),
      row.actor(),
      row.organisation(),
      row.action(),
      row.resourceType(),
      row.resourceId(),
      row.outcome(),
      row.purpose(),
      row.requestId()
    };
    for (Object field : fields) {
      append(canonical, field);
    }
    // rows without a token hash exactly as before tokens were recorded
    if (row.token() != null || row.tokenIssuer() != null) {
      append(canonical, row.token());
      append(canonical, row.tokenIssuer());
    }
    return canonical.toString();
  }

  private static void append(StringBuilder canonical, Object field) {
    // A null and an empty string must hash differently, and no value can imitate a separator.
    canonical.append(
        field == null
            ? "-"
            : "+" + field.toString().replace("\\", "\\\\").replace("\u001f", "\\u"));
    canonical.append('\u001f');
  }
}
