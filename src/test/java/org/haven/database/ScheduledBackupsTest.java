package org.haven.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The daily backup keeps its days, never the newest alone, and prunes the WAL archive with it. */
class ScheduledBackupsTest {

  @TempDir Path dir;

  @Test
  void keepsTheConfiguredDaysAndPrunesTheArchiveToTheOldestKeptBackup() throws Exception {
    Path archive = dir.resolve("wal");
    Path keyFile = dir.resolve("backup.key");
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(new byte[48]));
    Path backups = dir.resolve("backups");
    BackupProperties properties =
        new BackupProperties(archive, backups, keyFile, 7, "0 30 2 * * *");
    try (EmbeddedDatabase database =
        EmbeddedDatabase.start(
            dir.resolve("data"), 0, false, "haven_app", new WalArchive(archive))) {
      DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
      beans.registerSingleton("database", database);
      Instant monday = Instant.parse("2026-11-23T01:30:00Z");
      ZoneId zone = ZoneId.of("Europe/Copenhagen");

      Path first =
          new ScheduledBackups(
                  properties,
                  beans.getBeanProvider(EmbeddedDatabase.class),
                  Clock.fixed(monday, zone))
              .run()
              .orElseThrow();
      assertThat(first.getFileName().toString()).isEqualTo("20261123-023000");
      assertThat(first.resolve("backup.json")).exists();

      Clock nineDaysLater = Clock.fixed(monday.plus(Duration.ofDays(9)), zone);
      Path second =
          new ScheduledBackups(
                  properties, beans.getBeanProvider(EmbeddedDatabase.class), nineDaysLater)
              .run()
              .orElseThrow();
      assertThat(first).doesNotExist();
      assertThat(second.resolve("backup.json")).exists();

      String oldestNeeded = BackupManifest.read(second, BackupKey.read(keyFile)).startWal();
      List<String> archived;
      try (Stream<Path> files = Files.list(archive)) {
        archived =
            files
                .map(f -> f.getFileName().toString())
                .filter(name -> name.matches("[0-9A-F]{24}"))
                .toList();
      }
      assertThat(archived).isNotEmpty().allMatch(name -> name.compareTo(oldestNeeded) >= 0);
    }
  }
}
