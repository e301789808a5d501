package org.haven.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code backup --to DIR --key-file K} and {@code restore --from DIR --key-file K [--to-time T]}:
 * the operator's commands for the embedded database. A backup is taken from the running Haven's
 * database, or from a stopped installation's data directory by starting its server for the time of
 * the backup. A restore goes into an empty data directory while Haven is stopped.
 */
public final class BackupCommands {

  static final String BACKUP_USAGE = "usage: backup --to DIR --key-file FILE [--data-dir DIR]";
  static final String RESTORE_USAGE =
      "usage: restore --from DIR --key-file FILE [--to-time TIME] [--data-dir DIR] [--wal-archive DIR]";

  private BackupCommands() {}

  /** Runs {@code backup} or {@code restore}; empty when {@code args} names neither. */
  public static OptionalInt run(String[] args) {
    return run(args, System.getenv()::get, System.out, System.err);
  }

  static OptionalInt run(
      String[] args, Function<String, String> env, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "backup" -> OptionalInt.of(backup(rest, env, out, err));
      case "restore" -> OptionalInt.of(restore(rest, env, out, err));
      default -> OptionalInt.empty();
    };
  }

  private static int backup(
      String[] args, Function<String, String> env, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = options(args, Set.of("to", "key-file", "data-dir"));
      require(options, "to");
    } catch (IllegalArgumentException e) {
      err.println("backup: " + e.getMessage());
      err.println(BACKUP_USAGE);
      return 2;
    }
    try {
      refuseExternal(env);
      BackupKey key = BackupKey.read(keyFile(options, env));
      Path dataDir = dataDir(options, env);
      Path to = Path.of(options.get("to"));
      if (!Files.isRegularFile(dataDir.resolve("postgresql.conf"))) {
        throw new BackupException("There is no Haven database in " + dataDir + ".");
      }
      Instant began = Instant.now();
      BackupManifest manifest;
      Optional<Connection> running = EmbeddedDatabase.connectToRunning(dataDir);
      if (running.isPresent()) {
        try (Connection connection = running.get()) {
          manifest = BaseBackup.take(connection, dataDir, to, key, Clock.systemUTC());
        }
      } else {
        out.println("Haven is not running: starting its database for the backup.");
        try (EmbeddedDatabase database =
                EmbeddedDatabase.start(dataDir, 0, false, appRole(env), null);
            Connection connection = database.superuserConnection()) {
          manifest = BaseBackup.take(connection, dataDir, to, key, Clock.systemUTC());
        }
      }
      long bytes = manifest.files().stream().mapToLong(BackupManifest.Entry::size).sum();
      out.printf(
          "Backup of %s written to %s: %d files, %.1f MB, WAL %s to %s, in %d s.%n",
          dataDir,
          to.toAbsolutePath().normalize(),
          manifest.files().size(),
          bytes / 1e6,
          manifest.startWal(),
          manifest.stopWal(),
          Duration.between(began, Instant.now()).toSeconds());
      return 0;
    } catch (BackupException e) {
      err.println("backup: " + e.getMessage());
      return 1;
    } catch (IOException | SQLException e) {
      err.println("backup: the database could not be reached: " + e.getMessage());
      return 1;
    }
  }

  private static int restore(
      String[] args, Function<String, String> env, PrintStream out, PrintStream err) {
    Map<String, String> options;
    Instant toTime;
    try {
      options = options(args, Set.of("from", "key-file", "to-time", "data-dir", "wal-archive"));
      require(options, "from");
      toTime = options.containsKey("to-time") ? moment(options.get("to-time"), zone(env)) : null;
    } catch (IllegalArgumentException e) {
      err.println("restore: " + e.getMessage());
      err.println(RESTORE_USAGE);
      return 2;
    }
    try {
      refuseExternal(env);
      BackupKey key = BackupKey.read(keyFile(options, env));
      Path dataDir = dataDir(options, env);
      String archiveDir = options.getOrDefault("wal-archive", env.apply("HAVEN_BACKUP_WALARCHIVE"));
      WalArchive archive =
          archiveDir == null || archiveDir.isBlank() ? null : new WalArchive(Path.of(archiveDir));
      Instant began = Instant.now();
      Restore.Restored restored =
          Restore.run(
              Path.of(options.get("from")),
              dataDir,
              key,
              toTime,
              archive,
              Duration.ofHours(12),
              Clock.systemUTC());
      out.printf(
          "Restored the backup of %s into %s in %d s%s.%n",
          restored.backup().finishedAt(),
          dataDir,
          Duration.between(began, Instant.now()).toSeconds(),
          restored
              .lastTransaction()
              .map(last -> "; the last transaction replayed was committed at " + last)
              .orElse(""));
      restored.notes().forEach(out::println);
      out.println("Start Haven on it as usual.");
      return 0;
    } catch (BackupException e) {
      err.println("restore: " + e.getMessage());
      return 1;
    }
  }

  /** A moment as ISO 8601 with an offset, or a local date and time in the installation's zone. */
  static Instant moment(String text, ZoneId zone) {
    String iso = text.strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(iso).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--to-time must be a date and time such as 2026-12-04T16:55:00 (in "
                + zone
                + ") or 2026-12-04T15:55:00Z, not "
                + text);
      }
    }
  }

  private static Map<String, String> options(String[] args, Set<String> known) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name == null || !known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      options.put(name, args[++i]);
    }
    return options;
  }

  private static void require(Map<String, String> options, String name) {
    if (!options.containsKey(name)) {
      throw new IllegalArgumentException("missing --" + name);
    }
  }

  private static Path keyFile(Map<String, String> options, Function<String, String> env) {
    String file = options.getOrDefault("key-file", env.apply("HAVEN_BACKUP_KEYFILE"));
    if (file == null || file.isBlank()) {
      throw new BackupException(
          "Give the backup key: --key-file FILE (or HAVEN_BACKUP_KEYFILE). Make one with"
              + " head -c 32 /dev/urandom | base64 > backup.key and keep a copy apart from the"
              + " backups.");
    }
    return Path.of(file);
  }

  private static Path dataDir(Map<String, String> options, Function<String, String> env) {
    String dir = options.getOrDefault("data-dir", env.apply("HAVEN_DATA_DIR"));
    return Path.of(dir == null || dir.isBlank() ? "./data" : dir).toAbsolutePath().normalize();
  }

  private static String appRole(Function<String, String> env) {
    String role = env.apply("HAVEN_DATABASE_APP_ROLE");
    return role == null || role.isBlank() ? "haven_app" : role;
  }

  private static ZoneId zone(Function<String, String> env) {
    String zone = env.apply("HAVEN_TIME_ZONE");
    return ZoneId.of(zone == null || zone.isBlank() ? "Europe/Copenhagen" : zone);
  }

  private static void refuseExternal(Function<String, String> env) {
    String url = env.apply("SPRING_DATASOURCE_URL");
    if (url != null && !url.isBlank()) {
      throw new BackupException(
          "Haven uses an external database here: back it up with its own tools (pgBackRest or"
              + " Barman, see the README's operator section).");
    }
  }
}
