package org.haven.people;

import java.nio.file.Path;
import org.haven.keys.KeyFiles;
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

  private final byte[] key;

  EncodingKey(
      @Value("${haven.encoding.key:}") String configured,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    this.key =
        StringUtils.hasText(configured)
            ? KeyFiles.decode(configured, "HAVEN_ENCODING_KEY")
            : KeyFiles.readOrCreate(
                file(dataDir), "privacy-preserving encodings", "HAVEN_ENCODING_KEY");
  }

  byte[] bytes() {
    return key.clone();
  }

  static Path file(Path dataDir) {
    return KeyFiles.nextTo(dataDir, "encoding.key");
  }
}
