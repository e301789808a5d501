package org.haven.database;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What an operator needs to know to promise that no record is lost: whether backups are made, the
 * ones kept (when, how large, whether the backup key still opens them), and whether PostgreSQL's
 * WAL archiving keeps up ({@code pg_stat_archiver}). Read-only; who may see it is decided by the
 * page that shows it (administrators).
 */
@Service
public class BackupStatus {

  /** A backup older than this means the daily one failed or did not run. */
  public static final Duration STALE = Duration.ofHours(26);

  private final BackupProperties properties;
  private final ObjectProvider<EmbeddedDatabase> embedded;
  private final Clock clock;

  BackupStatus(
      BackupProperties properties, ObjectProvider<EmbeddedDatabase> embedded, Clock clock) {
    this.properties = properties;
    this.embedded = embedded;
    this.clock = clock;
  }

  /**
   * The state of backups now.
   *
   * @param embedded whether Haven runs its own PostgreSQL (an external one is backed up by its own
   *     tools, and nothing else here applies)
   * @param scheduled whether the daily backup is configured (a directory and a key file)
   * @param archiving whether WAL archiving is configured
   * @param backups the backups in the directory, newest first
   * @param archiver PostgreSQL's account of the archiving, when the database answered
   * @param problems what needs the operator's attention, as message keys, in order of weight
   */
  public record State(
      boolean embedded,
      boolean scheduled,
      boolean archiving,
      int keepDays,
      String schedule,
      List<Backup> backups,
      Archiver archiver,
      List<String> problems) {}

  /**
   * One backup kept.
   *
   * @param finishedAt when it was consistent (null when its manifest cannot be opened)
   * @param readable whether the configured key opens its manifest
   */
  public record Backup(String name, Instant finishedAt, long bytes, int files, boolean readable) {}

  /** PostgreSQL's archiver: how many segments went, the last one's time, failures since. */
  public record Archiver(
      long archived, Instant lastArchivedAt, long failed, Instant lastFailedAt) {}

  public State state() {
    EmbeddedDatabase database = embedded.getIfAvailable();
    if (database == null) {
      return new State(
          false,
          false,
          false,
          properties.keepDays(),
          properties.schedule(),
          List.of(),
          null,
          List.of());
    }
    boolean scheduled = properties.directory() != null && properties.keyFile() != null;
    boolean archiving = properties.walArchive() != null;
    List<Backup> backups = scheduled ? backups() : List.of();
    Archiver archiver = archiver(database);
    List<String> problems = new ArrayList<>();
    if (!scheduled) {
      problems.add("backups.problem.notScheduled");
    } else if (backups.isEmpty()) {
      problems.add("backups.problem.none");
    } else {
      Backup newest = backups.get(0);
      if (!newest.readable()) {
        problems.add("backups.problem.unreadable");
      } else if (newest.finishedAt().isBefore(clock.instant().minus(STALE))) {
        problems.add("backups.problem.stale");
      }
    }
    if (!archiving) {
      problems.add("backups.problem.noArchive");
    } else if (archiver == null) {
      problems.add("backups.problem.archiverUnknown");
    } else if (archiver.lastFailedAt() != null
        && (archiver.lastArchivedAt() == null
            || archiver.lastFailedAt().isAfter(archiver.lastArchivedAt()))) {
      problems.add("backups.problem.archiveFailing");
    }
    return new State(
        true,
        scheduled,
        archiving,
        properties.keepDays(),
        properties.schedule(),
        backups,
        archiver,
        List.copyOf(problems));
  }

  private List<Backup> backups() {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(properties.directory())) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry.resolve(BackupManifest.FILE))) {
          found.add(entry);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    found.sort(Comparator.comparing(Path::getFileName).reversed());
    BackupKey key;
    try {
      key = BackupKey.read(properties.keyFile());
    } catch (BackupException e) {
      key = null;
    }
    List<Backup> backups = new ArrayList<>();
    for (Path backup : found) {
      String name = backup.getFileName().toString();
      try {
        if (key == null) {
          throw new BackupException("no key");
        }
        BackupManifest manifest = BackupManifest.read(backup, key);
        backups.add(
            new Backup(
                name,
                manifest.finishedAt(),
                manifest.files().stream().mapToLong(BackupManifest.Entry::size).sum(),
                manifest.files().size(),
                true));
      } catch (BackupException e) {
        backups.add(new Backup(name, null, 0, 0, false));
      }
    }
    return List.copyOf(backups);
  }

  private static Archiver archiver(EmbeddedDatabase database) {
    try (Connection connection = database.superuserConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT archived_count, last_archived_time, failed_count, last_failed_time"
                    + " FROM pg_stat_archiver")) {
      if (!row.next()) {
        return null;
      }
      return new Archiver(
          row.getLong(1),
          instant(row.getTimestamp(2)),
          row.getLong(3),
          instant(row.getTimestamp(4)));
    } catch (SQLException e) {
      return null;
    }
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
