package org.haven.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.haven.keys.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 cluster that makes Haven run with zero setup.
 *
 * <p>Unlike the library's test defaults, the cluster keeps its data between runs, writes with fsync
 * and synchronous commit, and recovers from a postmaster left behind when the JVM was killed. It is
 * a locked room: it listens on loopback only, has no Unix socket, asks every connection for a
 * password (SCRAM-SHA-256; the superuser's is a key file outside the database), and the application
 * connects as a role that is no superuser and has no file or program access.
 */
public final class EmbeddedDatabase implements Closeable {

  static final String DATABASE = "haven";
  public static final String SUPERUSER = "postgres";

  /** Client authentication: a password (SCRAM) for every connection, over loopback TCP only. */
  static final String HBA =
      """
      # Written by Haven at every start; changes here are overwritten.
      # Every connection proves a password (SCRAM-SHA-256); there is no Unix socket and no trust.
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private volatile EmbeddedPostgres postgres;
  private volatile ProcessHandle postmaster;
  private final EmbeddedPostgres.Builder builder;
  private final boolean cleanOnClose;
  private final Path dataDir;
  private final String password;
  private final String appRole;

  private final DirectoryLock lock;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres,
      EmbeddedPostgres.Builder builder,
      boolean cleanOnClose,
      Path dataDir,
      String password,
      String appRole,
      DirectoryLock lock) {
    this.postgres = postgres;
    this.builder = builder;
    this.cleanOnClose = cleanOnClose;
    this.postmaster = postmasterOf(dataDir).orElse(null);
    this.dataDir = dataDir;
    this.password = password;
    this.appRole = appRole;
    this.lock = lock;
  }

  /**
   * Starts (creating it the first time) the cluster in {@code dataDir}. The superuser's password is
   * the key file {@code <data-dir>-database.password}; the application logs in as {@code appRole},
   * a role without superuser, file or program rights, whose password is derived from it.
   */
  static EmbeddedDatabase start(Path dataDir, int port, boolean cleanOnClose, String appRole)
      throws IOException {
    return start(dataDir, port, cleanOnClose, appRole, null);
  }

  /**
   * Starts the cluster as {@link #start(Path, int, boolean, String)}, archiving every finished WAL
   * segment into {@code archive} when it is given (continuous archiving for point-in-time recovery;
   * a segment is closed at least every five minutes of activity).
   */
  public static EmbeddedDatabase start(
      Path dataDir, int port, boolean cleanOnClose, String appRole, WalArchive archive)
      throws IOException {
    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    DirectoryLock lock = DirectoryLock.acquire(dir);
    try {
      return start(dir, port, cleanOnClose, appRole, archive, lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static EmbeddedDatabase start(
      Path dir,
      int port,
      boolean cleanOnClose,
      String appRole,
      WalArchive archive,
      DirectoryLock lock)
      throws IOException {
    // holding the lock, no other Haven owns a postmaster running on this directory
    stopOrphanedPostmaster(dir);
    boolean fresh = cleanOnClose || !Files.exists(dir.resolve("postgresql.conf"));
    Path passwordFile = passwordFile(dir);
    boolean passwordKnownToCluster = !fresh && Files.exists(passwordFile);
    String password =
        Base64.getEncoder()
            .encodeToString(
                KeyFiles.readOrCreate(
                    passwordFile, "the embedded database's superuser", "the database password"));
    if (!fresh) {
      // A cluster made before passwords were required has none: it is opened by password-less
      // loopback once, to set one, and closed at once below.
      writeHba(dir, passwordKnownToCluster ? HBA : UPGRADE_HBA);
    }
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(cleanOnClose)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            // initdb: the superuser gets the password at once, no connection is ever trusted
            .setLocaleConfig("auth", "scram-sha-256")
            .setLocaleConfig("pwfile", passwordFile.toString())
            .setConnectConfig("password", password)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", "''")
            .setServerConfig("password_encryption", "scram-sha-256")
            .setServerConfig("timezone", "UTC");
    if (port > 0) {
      builder.setPort(port);
    }
    if (archive != null) {
      Files.createDirectories(archive.directory());
      // pg_ctl hands the options to a shell: the command is one single-quoted word there
      builder
          .setServerConfig("archive_mode", "on")
          .setServerConfig("archive_command", "'" + archive.archiveCommand() + "'")
          .setServerConfig("archive_timeout", "300");
    }
    EmbeddedPostgres postgres = builder.start();
    EmbeddedDatabase database =
        new EmbeddedDatabase(postgres, builder, cleanOnClose, dir, password, appRole, lock);
    try {
      database.lockDown();
      database.createDatabaseIfMissing();
      database.prepareAppRole();
    } catch (IOException | RuntimeException e) {
      postgres.close();
      throw e;
    }
    log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), dir);
    return database;
  }

  /** Before passwords: the loopback connection that sets the superuser's password, once. */
  private static final String UPGRADE_HBA =
      """
      # Written by Haven for one start, to set the superuser's password; replaced at once.
      host all postgres 127.0.0.1/32 trust
      host all postgres ::1/128 trust
      """;

  static Path passwordFile(Path dataDir) {
    return KeyFiles.nextTo(dataDir, "database.password");
  }

  /** The database's address, without a user: each data source logs in as its own role. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  /** Whether the server process this instance started still runs. */
  public boolean serverAlive() {
    ProcessHandle process = postmaster;
    return process != null && process.isAlive();
  }

  /**
   * Starts the server again on the same port and data after it died (killed, or crashed): it
   * recovers from its WAL as after a power cut, and the pool's connections find it again. A test
   * cluster that is deleted on close is not restarted.
   */
  public synchronized void restart() throws IOException {
    if (serverAlive()) {
      return;
    }
    if (cleanOnClose) {
      throw new IOException("a cluster deleted on close is not restarted");
    }
    int port = postgres.getPort();
    try {
      postgres.close(); // releases the library's lock; stopping the dead server fails quietly
    } catch (IOException | RuntimeException alreadyGone) {
      log.debug("The dead server's handle closed with {}", alreadyGone.toString());
    }
    postgres = builder.setPort(port).setCleanDataDirectory(false).start();
    postmaster = postmasterOf(dataDir).orElse(null);
  }

  /** The server process named in {@code postmaster.pid}, if it runs. */
  private static Optional<ProcessHandle> postmasterOf(Path dataDir) {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
      return lines.isEmpty()
          ? Optional.empty()
          : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The cluster's data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** A connection as the superuser: for migrations and backups only. */
  public Connection superuserConnection() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), SUPERUSER, password);
  }

  /**
   * A connection as the superuser to the cluster in {@code dataDir} when a server (another Haven
   * process) runs it now, found by its {@code postmaster.pid} and the password key file beside it.
   */
  public static Optional<Connection> connectToRunning(Path dataDir)
      throws IOException, SQLException {
    Path dir = dataDir.toAbsolutePath().normalize();
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    long pid;
    int port;
    try {
      pid = Long.parseLong(lines.get(0).strip());
      port = Integer.parseInt(lines.get(3).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
      return Optional.empty();
    }
    String password =
        Base64.getEncoder()
            .encodeToString(
                KeyFiles.decode(Files.readString(passwordFile(dir)), "the database password"));
    return Optional.of(
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, SUPERUSER, password));
  }

  /** The superuser's password, for migrations. */
  public String ownerPassword() {
    return password;
  }

  /** The application role's password: derived from the superuser's, never stored. */
  public String appPassword() {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(hmac.doFinal(("login of " + appRole).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }

  public String appRole() {
    return appRole;
  }

  /**
   * Makes sure the superuser has the password and only password logins over loopback are accepted,
   * whatever the cluster allowed before.
   */
  private void lockDown() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(password));
      for (String durable : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        try (var setting = statement.executeQuery("SHOW " + durable)) {
          setting.next();
          if (setting.getString(1).equals("off")) {
            throw new IOException(
                durable + " is off: Haven refuses to run on a database that may lose commits.");
          }
        }
      }
      writeHba(dataDir, HBA);
      statement.execute("SELECT pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("Could not secure the embedded database", e);
    }
  }

  /**
   * The role the application logs in as: it may log in, and nothing more than the grants of the
   * migrations give it (no superuser, no role or database creation, no file or program access).
   */
  private void prepareAppRole() throws IOException {
    try (Connection connection = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
        Statement statement = connection.createStatement()) {
      String role = quoteIdentifier(appRole);
      String attributes =
          " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
              + literal(appPassword());
      try (var exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
        exists.setString(1, appRole);
        try (var result = exists.executeQuery()) {
          statement.execute((result.next() ? "ALTER ROLE " : "CREATE ROLE ") + role + attributes);
        }
      }
      for (String privileged :
          new String[] {
            "pg_read_server_files",
            "pg_write_server_files",
            "pg_execute_server_program",
            "pg_signal_backend"
          }) {
        statement.execute("REVOKE " + privileged + " FROM " + role);
      }
    } catch (SQLException e) {
      throw new IOException("Could not prepare the application's database role", e);
    }
  }

  private static void writeHba(Path dataDir, String content) throws IOException {
    Files.writeString(dataDir.resolve("pg_hba.conf"), content, StandardCharsets.UTF_8);
  }

  /** A role's name as an SQL identifier: only a plain lower-case one is accepted. */
  public static String quoteIdentifier(String identifier) {
    if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "haven.database.app-role must be a plain lower-case PostgreSQL identifier");
    }
    return "\"" + identifier + "\"";
  }

  /** A password as an SQL literal (base64 holds no quote, but never trust that). */
  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
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
      postmaster.onExit().get(30, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      postmaster.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping a leftover PostgreSQL server", e);
    } catch (ExecutionException e) {
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
    try {
      postgres.close();
    } finally {
      lock.close();
    }
  }
}
