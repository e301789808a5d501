package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.haven.keys.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The audit trail's key, never in the database: {@code HAVEN_AUDIT_KEY} (base64, 32 bytes or more),
 * else the key file {@code <data-dir>-audit.key}, generated once. Two keys are derived from it, one
 * to chain the rows and one to sign the checkpoints of the chain's head.
 */
@Component
class AuditKey {

  private final byte[] chain;
  private final byte[] checkpoints;

  AuditKey(
      @Value("${haven.audit.key:}") String configured,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    byte[] master =
        StringUtils.hasText(configured)
            ? KeyFiles.decode(configured, "HAVEN_AUDIT_KEY")
            : KeyFiles.readOrCreate(file(dataDir), "the audit trail", "HAVEN_AUDIT_KEY");
    this.chain = derive(master, "haven audit chain v1");
    this.checkpoints = derive(master, "haven audit checkpoints v1");
  }

  static Path file(Path dataDir) {
    return KeyFiles.nextTo(dataDir, "audit.key");
  }

  AuditChain chain() {
    return new AuditChain(chain);
  }

  /** The signature of a checkpoint's text. */
  String sign(String text) {
    return AuditChain.hex(hmac(checkpoints, text));
  }

  private static byte[] derive(byte[] master, String purpose) {
    return hmac(master, purpose);
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }
}
