package org.haven.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.haven.keys.KeyFiles;

/**
 * A consistent base backup of a running PostgreSQL cluster by the server's low-level API, as the
 * PostgreSQL manual describes it ("Making a Base Backup Using the Low Level API"): {@code
 * pg_backup_start()} on one connection, a copy of the data directory while the server runs, {@code
 * pg_backup_stop()} on the same connection, whose backup label and tablespace map are stored as
 * files of the copy, and the WAL segments from the start to the stop position, which a temporary
 * replication slot keeps from being recycled meanwhile. Every file is encrypted on its way into the
 * backup; the key files beside the data directory go with it.
 */
final class BaseBackup {

  /** Directories whose content the manual says to leave out: it is rebuilt or useless. */
  static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  /** Files of the top directory left out: the running server's, or a restore's own. */
  static final Set<String> SKIPPED =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "backup_label",
          "backup_label.old",
          "tablespace_map",
          "tablespace_map.old",
          "recovery.signal",
          "standby.signal");

  static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");
  static final Pattern HISTORY = Pattern.compile("[0-9A-F]{8}\\.history");

  private BaseBackup() {}

  /**
   * Backs up the cluster in {@code dataDir}, reached as a superuser through {@code connection},
   * with the key files beside it, into the new or empty directory {@code to}.
   */
  static BackupManifest take(
      Connection connection, Path dataDir, Path to, BackupKey key, Clock clock) {
    Path data = dataDir.toAbsolutePath().normalize();
    prepareTarget(to);
    boolean finished = false;
    try {
      BackupManifest manifest = copy(connection, data, to, key, clock);
      manifest.write(to);
      finished = true;
      return manifest;
    } catch (SQLException e) {
      throw new BackupException("PostgreSQL refused the backup: " + e.getMessage(), e);
    } catch (IOException | GeneralSecurityException e) {
      throw new BackupException("The backup could not be written to " + to + ": " + e, e);
    } finally {
      if (!finished) {
        clear(to);
      }
    }
  }

  /** A failed backup leaves no half: the directory is emptied again. */
  private static void clear(Path to) {
    try {
      Directories.delete(to, false);
    } catch (IOException e) {
      // the manifest is written last: without it the directory is no backup anyway
    }
  }

  private static BackupManifest copy(
      Connection connection, Path data, Path to, BackupKey key, Clock clock)
      throws SQLException, IOException, GeneralSecurityException {
    Instant startedAt = clock.instant();
    long segmentSize;
    int major;
    boolean archiving;
    try (Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                """
                SELECT (SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size'),
                       current_setting('server_version_num')::int / 10000,
                       current_setting('archive_mode') <> 'off'
                """)) {
      settings.next();
      segmentSize = settings.getLong(1);
      major = settings.getInt(2);
      archiving = settings.getBoolean(3);
    }
    String slot =
        "haven_backup_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    single(
        connection,
        "SELECT pg_create_physical_replication_slot(?, true, true)",
        slot); // temporary: reserves WAL from now until this session ends
    String label = "haven " + startedAt;
    String startLsn;
    String startWal;
    try (PreparedStatement start =
        connection.prepareStatement(
            "SELECT lsn::text, pg_walfile_name(lsn) FROM pg_backup_start(?, true) AS lsn")) {
      start.setString(1, label);
      try (ResultSet result = start.executeQuery()) {
        result.next();
        startLsn = result.getString(1);
        startWal = result.getString(2);
      }
    }
    List<String> directories = new ArrayList<>();
    List<BackupManifest.Entry> files = new ArrayList<>();
    String stopLsn;
    String stopWal;
    String labelFile;
    String tablespaceMap;
    try {
      copyData(data, to, key, directories, files);
      // before the stop: a checkpoint of the audit chain copied now vouches only for rows the
      // restored database will hold
      files.addAll(copyKeys(data, to, key));
    } finally {
      try (PreparedStatement stop =
          connection.prepareStatement(
              "SELECT lsn::text, labelfile, spcmapfile, pg_walfile_name(lsn) FROM pg_backup_stop(?)")) {
        stop.setBoolean(1, archiving);
        try (ResultSet result = stop.executeQuery()) {
          result.next();
          stopLsn = result.getString(1);
          labelFile = result.getString(2);
          tablespaceMap = result.getString(3);
          stopWal = result.getString(4);
        }
      }
    }
    files.add(write(to, key, "data", "backup_label", labelFile));
    if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
      files.add(write(to, key, "data", "tablespace_map", tablespaceMap));
    }
    files.addAll(copyWal(data, to, key, startWal, stopWal, segmentSize));
    single(connection, "SELECT pg_drop_replication_slot(?)", slot);
    return new BackupManifest(
            BackupManifest.FORMAT,
            label,
            startedAt,
            clock.instant(),
            major,
            segmentSize,
            startLsn,
            stopLsn,
            startWal,
            stopWal,
            List.copyOf(directories),
            List.copyOf(files),
            key.check(),
            null)
        .sealedWith(key);
  }

  private static void copyData(
      Path data, Path to, BackupKey key, List<String> directories, List<BackupManifest.Entry> files)
      throws IOException {
    Files.walkFileTree(
        data,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (dir.equals(data)) {
              return FileVisitResult.CONTINUE;
            }
            String relative = relative(data, dir);
            if (dir.getFileName().toString().startsWith("pgsql_tmp")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            directories.add(relative);
            if (EMPTIED.contains(relative)) {
              if (relative.equals("pg_wal")) {
                directories.add("pg_wal/archive_status");
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            String relative = relative(data, file);
            String name = file.getFileName().toString();
            boolean top = file.getParent().equals(data);
            if (!attributes.isRegularFile()
                || (top && SKIPPED.contains(name))
                || name.equals("pg_internal.init")
                || name.startsWith("pgsql_tmp")) {
              return FileVisitResult.CONTINUE;
            }
            try {
              files.add(encrypt(file, to, key, "data", relative));
            } catch (NoSuchFileException vanished) {
              // dropped while copying: the WAL replay removes it too, as the manual says
            } catch (GeneralSecurityException e) {
              throw new IOException(e);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }

  /** The WAL from the start to the stop segment, and the timeline histories, from pg_wal. */
  private static List<BackupManifest.Entry> copyWal(
      Path data, Path to, BackupKey key, String startWal, String stopWal, long segmentSize)
      throws IOException, GeneralSecurityException {
    Path walDir = data.resolve("pg_wal");
    List<BackupManifest.Entry> entries = new ArrayList<>();
    TreeSet<String> present = new TreeSet<>();
    try (DirectoryStream<Path> wal = Files.newDirectoryStream(walDir)) {
      for (Path file : wal) {
        String name = file.getFileName().toString();
        if (HISTORY.matcher(name).matches()) {
          entries.add(encrypt(file, to, key, "wal", name));
        } else if (SEGMENT.matcher(name).matches()) {
          present.add(name);
        }
      }
    }
    for (String segment = startWal; ; segment = WalSegments.next(segment, segmentSize)) {
      if (!present.contains(segment)) {
        throw new BackupException(
            "The WAL segment " + segment + " the backup needs is gone from pg_wal.");
      }
      entries.add(encrypt(walDir.resolve(segment), to, key, "wal", segment));
      if (segment.equals(stopWal)) {
        return entries;
      }
    }
  }

  /** The key files {@code <data-dir>-*} beside the data directory. */
  private static List<BackupManifest.Entry> copyKeys(Path data, Path to, BackupKey key)
      throws IOException, GeneralSecurityException {
    List<BackupManifest.Entry> entries = new ArrayList<>();
    String prefix = data.getFileName() + "-";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(data.getParent())) {
      List<Path> sorted = new ArrayList<>();
      siblings.forEach(sorted::add);
      sorted.sort(null);
      for (Path sibling : sorted) {
        String name = sibling.getFileName().toString();
        if (name.startsWith(prefix)
            && Files.isRegularFile(sibling)
            // a restore's marker belongs to that restore, not to the installation's keys
            && !name.substring(prefix.length()).equals(KeyFiles.RESTORED)) {
          entries.add(encrypt(sibling, to, key, "key", name.substring(prefix.length())));
        }
      }
    }
    return entries;
  }

  static BackupManifest.Entry encrypt(Path source, Path to, BackupKey key, String kind, String path)
      throws IOException, GeneralSecurityException {
    BackupManifest.Entry entry = new BackupManifest.Entry(kind, path, 0);
    Path target = entry.in(to);
    Files.createDirectories(target.getParent());
    long size;
    try (InputStream in = Files.newInputStream(source);
        OutputStream out =
            key.files()
                .newEncryptingStream(Files.newOutputStream(target), entry.associatedData())) {
      size = in.transferTo(out);
    }
    return new BackupManifest.Entry(kind, path, size);
  }

  private static BackupManifest.Entry write(
      Path to, BackupKey key, String kind, String path, String content)
      throws IOException, GeneralSecurityException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    BackupManifest.Entry entry = new BackupManifest.Entry(kind, path, bytes.length);
    Path target = entry.in(to);
    Files.createDirectories(target.getParent());
    try (OutputStream out =
        key.files().newEncryptingStream(Files.newOutputStream(target), entry.associatedData())) {
      out.write(bytes);
    }
    return entry;
  }

  private static void prepareTarget(Path to) {
    try {
      if (Files.exists(to)) {
        try (var content = Files.list(to)) {
          if (content.findAny().isPresent()) {
            throw new BackupException(
                to + " is not empty: a backup goes into a new or empty directory.");
          }
        }
      }
      Files.createDirectories(to);
    } catch (IOException e) {
      throw new BackupException("The directory " + to + " cannot be created: " + e, e);
    }
  }

  private static void single(Connection connection, String sql, String argument)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, argument);
      statement.executeQuery().close();
    }
  }

  static String relative(Path base, Path path) {
    return base.relativize(path).toString().replace('\\', '/');
  }
}
