package org.haven.access;

import java.nio.file.Path;
import org.haven.keys.KeyFiles;
import org.haven.keys.SealedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts authenticator secrets at rest (AES-256-GCM), so that a copy of the database alone does
 * not give away anyone's second factor. The key comes from {@code HAVEN_SECRETS_KEY} (32 bytes,
 * base64) or, when that is not set, from a key file generated once next to the data directory
 * ({@code haven.secrets.key-file}).
 */
@Component
class SecretBox {

  private final SealedText box;

  SecretBox(
      @Value("${haven.secrets.key:}") String configuredKey,
      @Value("${haven.secrets.key-file:}") String keyFile,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    byte[] bytes =
        exactly32(
            StringUtils.hasText(configuredKey)
                ? KeyFiles.decode(configuredKey, "HAVEN_SECRETS_KEY")
                : KeyFiles.readOrCreate(
                    StringUtils.hasText(keyFile) ? Path.of(keyFile) : defaultKeyFile(dataDir),
                    "secrets at rest",
                    "HAVEN_SECRETS_KEY"));
    this.box = new SealedText(bytes, "HAVEN_SECRETS_KEY");
  }

  String seal(String plain) {
    return box.seal(plain);
  }

  String open(String stored) {
    return box.open(stored);
  }

  static Path defaultKeyFile(Path dataDir) {
    return KeyFiles.nextTo(dataDir, "secrets.key");
  }

  /** AES-256 needs exactly 32 bytes. */
  private static byte[] exactly32(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalStateException("HAVEN_SECRETS_KEY must be 32 bytes in base64");
    }
    return bytes;
  }
}
