package org.haven.database;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily backup of the embedded database into {@code haven.backup.directory}, one directory per
 * backup named by its local time, keeping {@code haven.backup.keep-days} days of them (the newest
 * always) and pruning the WAL archive to what the oldest kept backup needs. Off until a directory
 * and a key file are configured; an external database is backed up by its own tools.
 */
@Component
class ScheduledBackups {

  private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final BackupProperties properties;
  private final ObjectProvider<EmbeddedDatabase> embedded;
  private final Clock clock;

  ScheduledBackups(
      BackupProperties properties, ObjectProvider<EmbeddedDatabase> embedded, Clock clock) {
    this.properties = properties;
    this.embedded = embedded;
    this.clock = clock;
  }

  @Scheduled(
      cron = "${haven.backup.schedule:0 30 2 * * *}",
      zone = "${haven.time-zone:Europe/Copenhagen}")
  @SchedulerLock(name = "database.daily-backup", lockAtLeastFor = "PT10M")
  void daily() {
    if (properties.directory() == null || properties.keyFile() == null) {
      return;
    }
    try {
      run();
    } catch (BackupException e) {
      log.error("The scheduled backup failed: {}", e.getMessage());
    }
  }

  /** Takes a backup now and prunes old ones; returns where it went. */
  Optional<Path> run() {
    EmbeddedDatabase database = embedded.getIfAvailable();
    if (database == null || properties.directory() == null || properties.keyFile() == null) {
      return Optional.empty();
    }
    BackupKey key = BackupKey.read(properties.keyFile());
    Path to =
        properties.directory().resolve(NAME.withZone(clock.getZone()).format(clock.instant()));
    try (Connection connection = database.superuserConnection()) {
      BackupManifest manifest = BaseBackup.take(connection, database.dataDir(), to, key, clock);
      log.info(
          "Scheduled backup written to {} ({} files, in {} s)",
          to,
          manifest.files().size(),
          Duration.between(manifest.startedAt(), manifest.finishedAt()).toSeconds());
    } catch (SQLException e) {
      throw new BackupException("The database could not be reached: " + e.getMessage(), e);
    }
    prune(key);
    return Optional.of(to);
  }

  /** Deletes backups older than the kept days (never the newest) and the WAL they alone needed. */
  void prune(BackupKey key) {
    List<Path> backups = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(properties.directory())) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry.resolve(BackupManifest.FILE))) {
          backups.add(entry);
        }
      }
    } catch (IOException e) {
      throw new BackupException("The backup directory cannot be read: " + e, e);
    }
    backups.sort(Comparator.comparing(Path::getFileName));
    Instant limit = clock.instant().minus(Duration.ofDays(properties.keepDays()));
    BackupManifest oldestKept = null;
    for (int i = 0; i < backups.size(); i++) {
      BackupManifest manifest = BackupManifest.read(backups.get(i), key);
      boolean newest = i == backups.size() - 1;
      if (!newest && manifest.finishedAt().isBefore(limit)) {
        delete(backups.get(i));
        log.info(
            "Deleted the backup {}, older than {} days", backups.get(i), properties.keepDays());
      } else if (oldestKept == null) {
        oldestKept = manifest;
      }
    }
    if (oldestKept != null && properties.walArchive() != null) {
      try {
        int deleted = new WalArchive(properties.walArchive()).deleteBefore(oldestKept.startWal());
        if (deleted > 0) {
          log.info("Deleted {} archived WAL segments older than the oldest kept backup", deleted);
        }
      } catch (IOException e) {
        throw new BackupException("The WAL archive cannot be pruned: " + e, e);
      }
    }
  }

  private static void delete(Path backup) {
    try {
      Directories.delete(backup, true);
    } catch (IOException e) {
      throw new BackupException("The old backup " + backup + " could not be deleted: " + e, e);
    }
  }
}
