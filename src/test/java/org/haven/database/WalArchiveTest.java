package org.haven.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalArchiveTest {

  static final long SIXTEEN_MB = 16L * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void namesTheNextSegmentAcrossTheFourGigabyteBoundary() {
    assertThat(WalSegments.next("000000010000000000000009", SIXTEEN_MB))
        .isEqualTo("00000001000000000000000A");
    assertThat(WalSegments.next("0000000100000000000000FF", SIXTEEN_MB))
        .isEqualTo("000000010000000100000000");
    assertThat(WalSegments.next("000000020000000A0000003F", 64L * 1024 * 1024))
        .isEqualTo("000000020000000B00000000");
  }

  @Test
  void findsAHoleInTheArchiveButNotItsEnd() throws Exception {
    WalArchive archive = new WalArchive(dir);
    for (String name :
        new String[] {
          "000000010000000000000003", "000000010000000000000004", "000000010000000000000005"
        }) {
      Files.writeString(dir.resolve(name), "");
    }
    assertThat(archive.gapAfter("000000010000000000000002", SIXTEEN_MB)).isEmpty();
    Files.delete(dir.resolve("000000010000000000000004"));
    assertThat(archive.gapAfter("000000010000000000000002", SIXTEEN_MB))
        .contains("000000010000000000000004");
    // another timeline's segments are no hole in this one
    Files.writeString(dir.resolve("000000020000000000000009"), "");
    assertThat(archive.gapAfter("000000010000000000000004", SIXTEEN_MB)).isEmpty();
  }

  @Test
  void prunesOnlyWhatIsOlderThanTheOldestBackupNeeds() throws Exception {
    for (String name :
        new String[] {
          "000000010000000000000003",
          "000000010000000000000004",
          "000000020000000000000005",
          "00000002.history"
        }) {
      Files.writeString(dir.resolve(name), "");
    }
    assertThat(new WalArchive(dir).deleteBefore("000000020000000000000004")).isEqualTo(1);
    assertThat(dir.resolve("000000010000000000000003")).doesNotExist();
    assertThat(dir.resolve("000000010000000000000004")).exists();
    assertThat(dir.resolve("00000002.history")).exists();
  }

  @Test
  void refusesAnArchivePathTheShellWouldReadOtherwise() {
    assertThatThrownBy(() -> new WalArchive(Path.of("/tmp/wal\"; rm -rf ~; \"")))
        .isInstanceOf(BackupException.class);
    assertThat(new WalArchive(dir).archiveCommand()).contains("test ! -f").contains("%p");
  }

  @Test
  void aBackupKeyMustHoldThirtyTwoBytesAndOnlyItOpensItsManifest() {
    assertThatThrownBy(() -> BackupKey.of("c2hvcnQ=".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("at least 32");
    BackupKey key =
        BackupKey.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    BackupKey other =
        BackupKey.of("0123456789abcdef0123456789abcdeX".getBytes(StandardCharsets.UTF_8));
    assertThat(key.check()).isNotEqualTo(other.check());
    assertThat(key.matches(key.mac("text"), "text")).isTrue();
    assertThat(other.matches(key.mac("text"), "text")).isFalse();
  }

  @Test
  void readsTheMomentOfARestoreInTheInstallationsZoneOrWithItsOffset() {
    ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
    assertThat(BackupCommands.moment("2026-12-04T16:55", copenhagen))
        .isEqualTo(Instant.parse("2026-12-04T15:55:00Z"));
    assertThat(BackupCommands.moment("2026-12-04 16:55:30", copenhagen))
        .isEqualTo(Instant.parse("2026-12-04T15:55:30Z"));
    assertThat(BackupCommands.moment("2026-12-04T15:55:00Z", copenhagen))
        .isEqualTo(Instant.parse("2026-12-04T15:55:00Z"));
    assertThatThrownBy(() -> BackupCommands.moment("Friday at five", copenhagen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--to-time");
  }
}
