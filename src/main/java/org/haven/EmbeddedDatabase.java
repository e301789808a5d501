package org.haven;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 cluster that makes Haven run with zero setup.
 *
 * <p>Unlike the library's test defaults, the cluster keeps its data between runs, writes with fsync
 * and synchronous commit, listens on loopback only, and recovers from a postmaster left behind when
 * the JVM was killed.
 */
final class EmbeddedDatabase implements Closeable {

  static final String DATABASE = "haven";
  static final String SUPERUSER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDir, int port, boolean cleanOnClose) throws IOException {
    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    stopOrphanedPostmaster(dir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(cleanOnClose)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("timezone", "UTC");
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres = builder.start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres);
    database.createDatabaseIfMissing();
    log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), dir);
    return database;
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl(SUPERUSER, DATABASE);
  }

  private void createDatabaseIfMissing() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var exists =
            connection.prepareStatement(
                "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
        var result = exists.executeQuery()) {
      if (!result.next()) {
        try (var create = connection.createStatement()) {
          create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
      }
    } catch (SQLException e) {
      throw new IOException("Could not create the embedded database", e);
    }
  }

  /**
   * After {@code kill -9} of the JVM the postmaster it started lives on and keeps the data
   * directory locked. Stop it when it is a postgres process whose parent JVM is gone; leave a
   * postmaster owned by a live JVM alone.
   */
  static void stopOrphanedPostmaster(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !isPostgres(process.get()) || hasLiveJavaParent(process.get())) {
      return;
    }
    log.warn("Stopping a PostgreSQL server (pid {}) left running by an earlier Haven process", pid);
    ProcessHandle postmaster = process.get();
    postmaster.destroy(); // SIGTERM: smart shutdown, then the next start replays the WAL if needed
    try {
      postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      postmaster.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping a leftover PostgreSQL server", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("Could not stop a leftover PostgreSQL server", e);
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
  }

  private static boolean hasLiveJavaParent(ProcessHandle process) {
    return process
        .parent()
        .filter(ProcessHandle::isAlive)
        .flatMap(parent -> parent.info().command())
        .map(command -> command.endsWith("java") || command.endsWith("java.exe"))
        .orElse(false);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
