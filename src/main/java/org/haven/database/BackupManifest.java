package org.haven.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds ({@code backup.json} in its directory): PostgreSQL's own facts of the base
 * backup (start and stop position, the WAL segments it needs, the label and tablespace map being
 * files among the data), every file with its size, and the key check; sealed with the backup key so
 * a file removed from the list or a changed position is noticed.
 *
 * @param walSegmentSize the cluster's WAL segment size in bytes, to name the segments that follow
 * @param startWal the first WAL segment the backup needs
 * @param stopWal the last WAL segment the backup needs; a restore replays at least to its end
 */
record BackupManifest(
    String format,
    String label,
    Instant startedAt,
    Instant finishedAt,
    int postgresMajor,
    long walSegmentSize,
    String startLsn,
    String stopLsn,
    String startWal,
    String stopWal,
    List<String> directories,
    List<Entry> files,
    String keyCheck,
    String mac) {

  static final String FORMAT = "haven-backup/1";
  static final String FILE = "backup.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One file of the backup: its kind ({@code data}, {@code wal} or {@code key}) and path. */
  record Entry(String kind, String path, long size) {

    /** Where its encrypted copy lies inside the backup directory. */
    Path in(Path backup) {
      return backup.resolve(kind).resolve(path);
    }

    /** Bound to the encrypted copy, so a file moved to another place fails to decrypt. */
    byte[] associatedData() {
      return (kind + ":" + path).getBytes(StandardCharsets.UTF_8);
    }
  }

  BackupManifest sealedWith(BackupKey key) {
    BackupManifest unsealed = withMac(null);
    return unsealed.withMac(key.mac(JSON.writeValueAsString(unsealed)));
  }

  private BackupManifest withMac(String seal) {
    return new BackupManifest(
        format,
        label,
        startedAt,
        finishedAt,
        postgresMajor,
        walSegmentSize,
        startLsn,
        stopLsn,
        startWal,
        stopWal,
        directories,
        files,
        keyCheck,
        seal);
  }

  void write(Path backup) throws IOException {
    Files.writeString(
        backup.resolve(FILE),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this),
        StandardCharsets.UTF_8);
  }

  /** Reads and checks the manifest of the backup in {@code backup} against {@code key}. */
  static BackupManifest read(Path backup, BackupKey key) {
    BackupManifest manifest;
    try {
      manifest =
          JSON.readValue(
              Files.readString(backup.resolve(FILE), StandardCharsets.UTF_8), BackupManifest.class);
    } catch (NoSuchFileException e) {
      throw new BackupException(backup + " holds no Haven backup (" + FILE + " is missing).");
    } catch (IOException | JacksonException e) {
      throw new BackupException(backup.resolve(FILE) + " cannot be read: " + e.getMessage());
    }
    if (!FORMAT.equals(manifest.format())) {
      throw new BackupException(
          backup + " is a backup of another format (" + manifest.format() + ").");
    }
    if (manifest.keyCheck() == null || !manifest.keyCheck().equals(key.check())) {
      throw new BackupException(
          "The backup key does not match this backup: it was sealed with another key. Nothing was"
              + " restored.");
    }
    if (manifest.mac() == null
        || !key.matches(manifest.mac(), JSON.writeValueAsString(manifest.withMac(null)))) {
      throw new BackupException(
          backup.resolve(FILE) + " was changed after the backup was made. Nothing was restored.");
    }
    return manifest;
  }
}
