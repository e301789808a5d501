package org.haven.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys kept in files next to the data directory (never in the database): read when present, else 32
 * random bytes generated once and written readable by the owner only (mode 0600 from the moment the
 * file exists). Haven's key files: {@code -secrets.key} (authenticator secrets at rest), {@code
 * -encoding.key} (person encodings), {@code -database.password} (the embedded PostgreSQL), {@code
 * -audit.key} (the audit chain's HMAC and checkpoint signatures), {@code -outreach.key} (outreach
 * pseudonyms), {@code -outreach-offline.key} (the private key that opens entries a phone sealed
 * offline); back them up with the database.
 */
public final class KeyFiles {

  private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> OWNER_ONLY =
      Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  /**
   * The suffix of the marker a restore leaves beside the data directory ({@code
   * <data-dir>-restored}, saying what was restored): the next start records it in the audit trail
   * and removes it.
   */
  public static final String RESTORED = "restored";

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
    return readOrCreate(
        file,
        what,
        setting,
        () -> {
          byte[] fresh = new byte[32];
          RANDOM.nextBytes(fresh);
          return fresh;
        });
  }

  /**
   * The key in {@code file}, or a new one made by {@code generate} (an encoded private key, say)
   * and written there.
   */
  public static byte[] readOrCreate(
      Path file, String what, String setting, Supplier<byte[]> generate) {
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file), setting);
      }
      byte[] fresh = generate.get();
      try {
        writeOwnerOnly(file, Base64.getEncoder().encodeToString(fresh));
      } catch (FileAlreadyExistsException raced) {
        // another process (a second instance, a test context) wrote it first: use theirs
        return decode(Files.readString(file), setting);
      }
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

  /**
   * Writes a new file that only its owner may read or write. It is created with those permissions
   * (no moment in which another local user could open it), and refused if it exists.
   */
  public static void writeOwnerOnly(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      FileAttribute<Set<PosixFilePermission>> ownerOnly =
          PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      Files.createFile(file, ownerOnly);
    } catch (UnsupportedOperationException notPosix) {
      // not a POSIX file system: the operator protects the file
      Files.createFile(file);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
