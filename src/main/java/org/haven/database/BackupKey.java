package org.haven.database;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.Hkdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key an operator gives to seal a backup: a file holding at least 32 random bytes, in base64
 * (as {@code head -c 32 /dev/urandom | base64} writes them) or raw. Two keys are derived from it
 * with HKDF-SHA256: one encrypts every file of the backup in 1 MiB segments (AES-256-GCM, each
 * segment authenticated, the file's path bound as associated data), one authenticates the backup's
 * manifest. A short check value in the manifest tells a wrong key before anything is written.
 */
final class BackupKey {

  static final int MINIMUM_BYTES = 32;
  private static final int SEGMENT = 1 << 20;

  private final StreamingAead files;
  private final byte[] manifestKey;

  private BackupKey(byte[] secret) {
    try {
      byte[] salt = "haven backup v1".getBytes(StandardCharsets.UTF_8);
      byte[] fileKey =
          Hkdf.computeHkdf(
              "HMACSHA256", secret, salt, "files".getBytes(StandardCharsets.UTF_8), 32);
      this.manifestKey =
          Hkdf.computeHkdf(
              "HMACSHA256", secret, salt, "manifest".getBytes(StandardCharsets.UTF_8), 32);
      this.files = new AesGcmHkdfStreaming(fileKey, "HmacSha256", 32, SEGMENT, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM or HMAC-SHA256 is missing from this JVM", e);
    }
  }

  /** Reads the key file; refuses a missing or short one with a message for the operator. */
  static BackupKey read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BackupException(
          "The backup key file "
              + file
              + " does not exist. Make one with: head -c 32 /dev/urandom | base64 > "
              + file
              + " and keep a copy apart from the backups.");
    } catch (IOException e) {
      throw new BackupException("The backup key file " + file + " cannot be read: " + e);
    }
    return of(content);
  }

  static BackupKey of(byte[] content) {
    byte[] secret = content;
    try {
      byte[] decoded =
          Base64.getDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
      if (decoded.length >= MINIMUM_BYTES) {
        secret = decoded;
      }
    } catch (IllegalArgumentException notBase64) {
      // raw bytes
    }
    if (secret.length < MINIMUM_BYTES) {
      throw new BackupException(
          "The backup key must hold at least "
              + MINIMUM_BYTES
              + " random bytes (head -c 32 /dev/urandom | base64).");
    }
    return new BackupKey(secret);
  }

  StreamingAead files() {
    return files;
  }

  /** A value that shows whether a backup was sealed with this key, and reveals nothing of it. */
  String check() {
    return mac("haven backup key check");
  }

  /** The manifest's seal: HMAC-SHA256 of its canonical text. */
  String mac(String text) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(manifestKey, "HmacSHA256"));
      return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }

  boolean matches(String expectedMac, String text) {
    return MessageDigest.isEqual(
        expectedMac.getBytes(StandardCharsets.US_ASCII),
        mac(text).getBytes(StandardCharsets.US_ASCII));
  }
}
