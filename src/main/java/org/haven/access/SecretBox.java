package org.haven.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.haven.keys.KeyFiles;
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

  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

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
    this.key = new SecretKeySpec(bytes, "AES");
  }

  String seal(String plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a secret", e);
    }
  }

  String open(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("A stored secret is not encrypted");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Could not decrypt a stored secret: is HAVEN_SECRETS_KEY (or the key file) the one it was made with?");
    }
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
