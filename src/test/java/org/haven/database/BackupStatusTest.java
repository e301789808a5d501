package org.haven.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the backups page says, from a real base backup of the test database: off until configured; a
 * backup the key opens and no archive; a key that does not open it; a backup more than a day old.
 */
@HavenTest
class BackupStatusTest {

  @Autowired ObjectProvider<EmbeddedDatabase> embedded;
  @TempDir Path dir;

  @Test
  void theStateSaysWhatNeedsTheOperatorsAttention() throws Exception {
    Clock clock = Clock.system(ZoneId.of("Europe/Copenhagen"));
    BackupStatus unconfigured =
        new BackupStatus(
            new BackupProperties(null, null, null, 7, "0 30 2 * * *"), embedded, clock);
    assertThat(unconfigured.state().problems())
        .containsExactly("backups.problem.notScheduled", "backups.problem.noArchive");

    Path backups = Files.createDirectories(dir.resolve("backups"));
    Path keyFile = key(dir.resolve("backup.key"));
    BackupStatus configured =
        new BackupStatus(
            new BackupProperties(null, backups, keyFile, 7, "0 30 2 * * *"), embedded, clock);
    assertThat(configured.state().problems()).contains("backups.problem.none");

    EmbeddedDatabase database = embedded.getObject();
    try (Connection connection = database.superuserConnection()) {
      BaseBackup.take(
          connection,
          database.dataDir(),
          backups.resolve("20261204-023000"),
          BackupKey.read(keyFile),
          clock);
    }
    BackupStatus.State state = configured.state();
    assertThat(state.backups()).hasSize(1);
    assertThat(state.backups().get(0).readable()).isTrue();
    assertThat(state.backups().get(0).bytes()).isPositive();
    assertThat(state.archiver()).isNotNull();
    assertThat(state.problems()).containsExactly("backups.problem.noArchive");

    BackupStatus otherKey =
        new BackupStatus(
            new BackupProperties(null, backups, key(dir.resolve("other.key")), 7, "0 30 2 * * *"),
            embedded,
            clock);
    assertThat(otherKey.state().problems()).contains("backups.problem.unreadable");

    BackupStatus twoDaysLater =
        new BackupStatus(
            new BackupProperties(null, backups, keyFile, 7, "0 30 2 * * *"),
            embedded,
            Clock.offset(clock, Duration.ofDays(2)));
    assertThat(twoDaysLater.state().problems()).contains("backups.problem.stale");
  }

  private static Path key(Path file) throws Exception {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.writeString(file, Base64.getEncoder().encodeToString(key));
    return file;
  }
}
