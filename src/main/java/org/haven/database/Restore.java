package org.haven.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.haven.keys.KeyFiles;

/**
 * Puts a backup back as a data directory and lets PostgreSQL recover it, as the manual's
 * "Recovering Using a Continuous Archive Backup" says: the files restored, the backup's own WAL in
 * {@code pg_wal}, a {@code recovery.signal}, a {@code restore_command} that reads the WAL archive,
 * and a {@code recovery_target_time} when one is asked for; the server replays, promotes itself at
 * the target and is stopped again, ready for Haven to start. Refused before anything is written: a
 * data directory that is not empty, a key that does not match, a moment before the backup ended or
 * without an archive, an archive with a gap, a key file beside the data directory that differs. A
 * recovery that fails removes what it wrote.
 */
final class Restore {

  private static final String CHECKPOINTS = "audit.checkpoints";
  private static final String PASSWORD = "database.password";
  private static final String RECOVERY_BEGINS = "# Haven restore: removed when recovery ends";

  /** What came back: the moment of the last replayed transaction, if any was replayed. */
  record Restored(BackupManifest backup, Optional<Instant> lastTransaction, List<String> notes) {}

  private Restore() {}

  static Restored run(
      Path from,
      Path dataDir,
      BackupKey key,
      Instant toTime,
      WalArchive archive,
      Duration recoveryLimit,
      Clock clock) {
    BackupManifest manifest = BackupManifest.read(from, key);
    Path data = dataDir.toAbsolutePath().normalize();
    refuseUnlessEmpty(data);
    if (toTime != null && archive == null) {
      throw new BackupException(
          "A restore to a moment needs the WAL archive (--wal-archive or HAVEN_BACKUP_WALARCHIVE)."
              + " Nothing was restored.");
    }
    if (toTime != null && toTime.isBefore(manifest.finishedAt())) {
      throw new BackupException(
          "This backup ended at "
              + manifest.finishedAt()
              + "; it cannot go back to "
              + toTime
              + ". Use an older backup. Nothing was restored.");
    }
    if (archive != null) {
      if (!Files.isDirectory(archive.directory())) {
        throw new BackupException(
            "The WAL archive " + archive.directory() + " does not exist. Nothing was restored.");
      }
      try {
        Optional<String> gap = archive.gapAfter(manifest.stopWal(), manifest.walSegmentSize());
        if (gap.isPresent()) {
          throw new BackupException(
              "The WAL archive has a gap: segment "
                  + gap.get()
                  + " is missing while later ones are there, so a replay would stop early and"
                  + " lose what follows. Find the segment, or restore without the archive (to the"
                  + " end of the backup). Nothing was restored.");
        }
      } catch (IOException e) {
        throw new BackupException("The WAL archive cannot be read: " + e, e);
      }
    }
    List<String> notes = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    List<Path[]> movedAside = new ArrayList<>();
    boolean done = false;
    try {
      List<KeyFile> keys = keyFiles(from, manifest, key, data);
      writeData(from, manifest, key, data);
      for (KeyFile keyFile : keys) {
        if (keyFile.existing() == null) {
          KeyFiles.writeOwnerOnly(keyFile.target(), "");
          Files.write(keyFile.target(), keyFile.content());
          written.add(keyFile.target());
        } else if (!Arrays.equals(keyFile.existing(), keyFile.content())) {
          // only the audit checkpoints may differ (checked above): the restored chain is older
          Path aside =
              keyFile
                  .target()
                  .resolveSibling(
                      keyFile.target().getFileName()
                          + ".before-restore-"
                          + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                              .withZone(ZoneOffset.UTC)
                              .format(clock.instant()));
          Files.move(keyFile.target(), aside);
          movedAside.add(new Path[] {keyFile.target(), aside});
          Files.write(keyFile.target(), keyFile.content());
          notes.add(
              "The audit checkpoints of the installation restored over were kept as " + aside);
        }
      }
      String password = password(keys);
      Optional<Instant> last = recover(data, password, manifest, toTime, archive, recoveryLimit);
      // for the audit trail: the next start records that this installation was restored, and how
      Path marker = KeyFiles.nextTo(data, KeyFiles.RESTORED);
      Files.deleteIfExists(marker);
      KeyFiles.writeOwnerOnly(
          marker,
          "restored from the backup finished at "
              + manifest.finishedAt()
              + (toTime == null ? ", to its end" : ", to " + toTime)
              + last.map(t -> "; last transaction replayed at " + t).orElse(""));
      done = true;
      return new Restored(manifest, last, List.copyOf(notes));
    } catch (IOException | GeneralSecurityException e) {
      throw new BackupException("The restore failed and was undone: " + e.getMessage(), e);
    } finally {
      if (!done) {
        undo(data, written, movedAside);
      }
    }
  }

  private record KeyFile(Path target, byte[] content, byte[] existing) {}

  /** The backup's key files, each checked against what already lies beside the data directory. */
  private static List<KeyFile> keyFiles(
      Path from, BackupManifest manifest, BackupKey key, Path data)
      throws IOException, GeneralSecurityException {
    List<KeyFile> keys = new ArrayList<>();
    for (BackupManifest.Entry entry : manifest.files()) {
      if (!entry.kind().equals("key")) {
        continue;
      }
      byte[] content;
      try (InputStream in =
          key.files()
              .newDecryptingStream(Files.newInputStream(entry.in(from)), entry.associatedData())) {
        content = in.readAllBytes();
      }
      Path target = KeyFiles.nextTo(data, entry.path());
      byte[] existing = Files.exists(target) ? Files.readAllBytes(target) : null;
      if (existing != null
          && !Arrays.equals(existing, content)
          && !entry.path().equals(CHECKPOINTS)) {
        throw new BackupException(
            target
                + " exists and differs from the backup's "
                + entry.path()
                + ": move it away (the backup's key must go with its data). Nothing was restored.");
      }
      keys.add(new KeyFile(target, content, existing));
    }
    return keys;
  }

  private static String password(List<KeyFile> keys) {
    for (KeyFile keyFile : keys) {
      if (keyFile.target().getFileName().toString().endsWith("-" + PASSWORD)) {
        return Base64.getEncoder()
            .encodeToString(
                KeyFiles.decode(
                    new String(keyFile.content(), StandardCharsets.US_ASCII),
                    "the database password"));
      }
    }
    throw new BackupException(
        "The backup holds no database password file; it was not made by Haven's backup.");
  }

  private static void writeData(Path from, BackupManifest manifest, BackupKey key, Path data)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(data);
    // PostgreSQL starts only on a data directory its owner alone may enter
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    for (String directory : manifest.directories()) {
      Files.createDirectories(data.resolve(directory));
    }
    Files.createDirectories(data.resolve("pg_wal").resolve("archive_status"));
    for (BackupManifest.Entry entry : manifest.files()) {
      Path target =
          switch (entry.kind()) {
            case "data" -> data.resolve(entry.path());
            case "wal" -> data.resolve("pg_wal").resolve(entry.path());
            default -> null;
          };
      if (target == null) {
        continue;
      }
      if (!target.normalize().startsWith(data)) {
        throw new BackupException("The backup names a file outside the data directory.");
      }
      Files.createDirectories(target.getParent());
      try (InputStream in =
              key.files()
                  .newDecryptingStream(
                      Files.newInputStream(entry.in(from)), entry.associatedData());
          OutputStream out = Files.newOutputStream(target)) {
        long size = in.transferTo(out);
        if (size != entry.size()) {
          throw new BackupException(
              "The backup's " + entry.path() + " is " + size + " bytes, not " + entry.size() + ".");
        }
      } catch (IOException e) {
        throw new BackupException(
            "The backup's " + entry.path() + " is damaged or was changed: " + e.getMessage(), e);
      }
    }
    Files.writeString(data.resolve("recovery.signal"), "");
  }

  private static Optional<Instant> recover(
      Path data,
      String password,
      BackupManifest manifest,
      Instant toTime,
      WalArchive archive,
      Duration limit)
      throws IOException {
    Path autoConf = data.resolve("postgresql.auto.conf");
    String original = Files.exists(autoConf) ? Files.readString(autoConf) : "";
    StringBuilder recovery = new StringBuilder(original);
    if (!original.isEmpty() && !original.endsWith("\n")) {
      recovery.append('\n');
    }
    recovery.append(RECOVERY_BEGINS).append('\n');
    setting(recovery, "restore_command", archive == null ? "false" : archive.restoreCommand());
    setting(recovery, "recovery_target_action", "promote");
    setting(recovery, "recovery_target_timeline", "latest");
    if (toTime != null) {
      setting(
          recovery,
          "recovery_target_time",
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
              .withZone(ZoneOffset.UTC)
              .format(toTime));
    }
    if (archive != null) {
      // the new timeline's history goes to the archive like any segment
      setting(recovery, "archive_mode", "on");
      setting(recovery, "archive_command", archive.archiveCommand());
    }
    Files.writeString(autoConf, recovery.toString());
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(limit)
            .setConnectConfig("password", password)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", "''")
            .start()) {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
          try (ResultSet result = statement.executeQuery("SELECT pg_is_in_recovery()")) {
            result.next();
            if (!result.getBoolean(1)) {
              break;
            }
          }
          if (Instant.now().isAfter(deadline)) {
            throw new BackupException("PostgreSQL did not finish the recovery in " + limit + ".");
          }
          Thread.sleep(200);
        }
        try (ResultSet result = statement.executeQuery("SELECT pg_last_xact_replay_timestamp()")) {
          result.next();
          Timestamp last = result.getTimestamp(1);
          return Optional.ofNullable(last).map(Timestamp::toInstant);
        }
      } catch (SQLException e) {
        throw new BackupException("The recovered database does not answer: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackupException("Interrupted during the recovery", e);
      }
    } catch (IOException e) {
      throw new BackupException(
          "PostgreSQL could not recover the backup"
              + (toTime == null ? "" : " to " + toTime)
              + (toTime == null ? "" : " (does the WAL archive reach that moment?)")
              + ": "
              + e.getMessage()
              + " Its log is in "
              + data.resolve("log")
              + " or the output above.",
          e);
    } finally {
      if (Files.exists(autoConf)) {
        Files.writeString(autoConf, original);
      }
    }
  }

  private static void setting(StringBuilder conf, String name, String value) {
    conf.append(name).append(" = '").append(value.replace("'", "''")).append("'\n");
  }

  private static void refuseUnlessEmpty(Path data) {
    if (!Files.exists(data)) {
      return;
    }
    try (Stream<Path> content = Files.list(data)) {
      if (content.findAny().isPresent()) {
        throw new BackupException(
            data
                + " is not empty. A restore goes into an empty data directory: stop Haven and move"
                + " the old one away first. Nothing was restored.");
      }
    } catch (IOException e) {
      throw new BackupException(data + " cannot be read: " + e, e);
    }
  }

  private static void undo(Path data, List<Path> written, List<Path[]> movedAside) {
    try {
      Directories.delete(data, false);
      for (Path file : written) {
        Files.deleteIfExists(file);
      }
      for (Path[] move : movedAside) {
        Files.move(move[1], move[0], StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new BackupException("The failed restore could not be undone completely: " + e, e);
    }
  }
}
