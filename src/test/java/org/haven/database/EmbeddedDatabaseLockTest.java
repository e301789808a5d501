package org.haven.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL is a locked room: a local user without the password file cannot connect,
 * there is no world-open Unix socket, and the application's own login can neither become superuser
 * nor read files or run programs.
 */
class EmbeddedDatabaseLockTest {

  @Test
  void aConnectionWithoutThePasswordIsRefusedAndTheApplicationsRoleHasNoFileOrProgramAccess()
      throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "locked-");
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, true, "haven_app")) {
      String url = database.jdbcUrl();

      assertThatThrownBy(() -> connect(url, "postgres", null))
          .as("no password")
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(() -> connect(url, "postgres", "guessed"))
          .as("a wrong password")
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      assertThatThrownBy(() -> connect(url, "haven_app", null)).isInstanceOf(SQLException.class);

      Path passwordFile = EmbeddedDatabase.passwordFile(data);
      assertThat(Files.getPosixFilePermissions(passwordFile))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      assertThat(Files.readString(passwordFile).strip()).isEqualTo(database.ownerPassword());

      try (Connection owner = connect(url, "postgres", database.ownerPassword());
          Statement statement = owner.createStatement()) {
        var sockets = statement.executeQuery("SHOW unix_socket_directories");
        sockets.next();
        assertThat(sockets.getString(1)).as("no Unix socket").isEmpty();
        var listen = statement.executeQuery("SHOW listen_addresses");
        listen.next();
        assertThat(listen.getString(1)).isEqualTo("127.0.0.1");
        var rules = statement.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules");
        Set<String> methods = new HashSet<>();
        while (rules.next()) {
          methods.add(rules.getString(1));
        }
        assertThat(methods).containsExactly("scram-sha-256");
      }

      try (Connection app = connect(url, "haven_app", database.appPassword());
          Statement statement = app.createStatement()) {
        var role =
            statement.executeQuery(
                "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user");
        role.next();
        assertThat(role.getBoolean(1) || role.getBoolean(2) || role.getBoolean(3)).isFalse();
        assertThatThrownBy(() -> statement.execute("SELECT pg_read_file('postgresql.conf')"))
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> statement.execute("RESET ROLE; SET ROLE postgres"))
            .hasMessageContaining("permission denied");
      }
    }
  }

  @Test
  void aClusterMadeBeforePasswordsWereRequiredIsLockedAtItsNextStart() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upgraded-");
    // the cluster as older Haven versions left it: every loopback connection trusted
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
      try (Connection trusted = old.getPostgresDatabase().getConnection()) {
        assertThat(trusted.isValid(1)).isTrue();
      }
    }
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, false, "haven_app")) {
      assertThatThrownBy(() -> connect(database.jdbcUrl(), "postgres", null))
          .isInstanceOf(SQLException.class);
      try (Connection owner = connect(database.jdbcUrl(), "postgres", database.ownerPassword())) {
        assertThat(owner.isValid(1)).isTrue();
      }
    } finally {
      deleteTree(data);
      Files.deleteIfExists(EmbeddedDatabase.passwordFile(data));
    }
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
