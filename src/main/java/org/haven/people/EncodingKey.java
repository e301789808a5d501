package org.haven.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The installation's key for privacy-preserving encodings (ADR 0009): {@code HAVEN_ENCODING_KEY}
 * (32 bytes or more, base64), else a key file next to the data directory, generated once. NGOs
 * receive it out of band to encode their contacts; it never goes into the database.
 */
@Component
class EncodingKey {

  private static final Logger log = LoggerFactory.getLogger(EncodingKey.class);

  private final byte[] key;

  EncodingKey(
      @Value("${haven.encoding.key:}") String configured,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    this.key = StringUtils.hasText(configured) ? decode(configured) : fromFile(file(dataDir));
  }

  byte[] bytes() {
    return key.clone();
  }

  static Path file(Path dataDir) {
    Path absolute = dataDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + "-encoding.key");
  }

  private static byte[] fromFile(Path file) {
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file));
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
      try {
        Files.setPosixFilePermissions(
            file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the operator protects the file
      }
      log.info("Generated the key for privacy-preserving encodings in {}", file);
      return fresh;
    } catch (IOException e) {
      throw new IllegalStateException("Could not read or create the encoding key file " + file, e);
    }
  }

  private static byte[] decode(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("HAVEN_ENCODING_KEY must be base64");
    }
    if (bytes.length < 32) {
      throw new IllegalStateException("HAVEN_ENCODING_KEY must hold at least 32 bytes");
    }
    return bytes;
  }
}
