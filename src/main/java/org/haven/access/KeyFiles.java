package org.haven.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys kept in files next to the data directory (never in the database): read when present, else 32
 * random bytes generated once and written readable by the owner only.
 */
public final class KeyFiles {

  private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyFiles() {}

  /** The file {@code <data-dir>-<suffix>} beside the data directory. */
  public static Path nextTo(Path dataDir, String suffix) {
    Path absolute = dataDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + "-" + suffix);
  }

  /**
   * The key in {@code file}, or a new one written there; {@code setting} names the environment
   * variable that may hold the key instead (for messages).
   */
  public static byte[] readOrCreate(Path file, String what, String setting) {
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file), setting);
      }
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          Base64.getEncoder().encodeToString(fresh),
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      restrict(file);
      log.info("Generated a new key for {} in {}; back it up with the database", what, file);
      return fresh;
    } catch (IOException e) {
      throw new IllegalStateException("Could not read or create the key file " + file, e);
    }
  }

  /** A key given in base64: at least 32 bytes. */
  public static byte[] decode(String base64, String setting) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " must be base64");
    }
    if (bytes.length < 32) {
      throw new IllegalStateException(setting + " must hold at least 32 bytes");
    }
    return bytes;
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(
          file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the operator protects the file
    }
  }
}
