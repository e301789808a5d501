package org.haven.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.haven.support.MachineAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operator's drill: write, back up, write more, note the time, make a mistake (a shelter
 * deleted by hand in the database), restore to the noted time from the backup and the WAL archive,
 * and find every record up to that time, the mistake undone and the audit chain intact. Then what
 * must be refused: a restore into a data directory that is not empty, a key that does not match, an
 * archive with a gap — each with a clear message and nothing changed.
 */
class BackupDrillTest {

  static final String TOKEN = "bootstrap-token-for-backup-drill-0123456789";

  @Test
  void restoresToTheNotedMomentWithEveryRecordAndTheMistakeUndone() throws Exception {
    Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "backup-drill-");
    Path data = root.resolve("data");
    Path archive = root.resolve("wal-archive");
    Path keyFile = root.resolve("backup.key");
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(secret));
    Path backup = root.resolve("backup-1");
    Map<String, String> env = Map.of("HAVEN_BOOTSTRAP_TOKEN", TOKEN);

    String caseworker;
    List<String> beforeTheMistake = new ArrayList<>();
    Instant noted;
    try (HavenProcess haven =
        HavenProcess.start(data, env, "--haven.backup.wal-archive=" + archive)) {
      Http http = new Http(haven.port());
      caseworker = caseworker(http);
      for (String name : List.of("Shelter Aarhus", "Shelter Brande", "Shelter Coppenhagen")) {
        beforeTheMistake.add(shelter(http, caseworker, name));
      }

      Command backedUp =
          command("backup", "--to", backup, "--key-file", keyFile, "--data-dir", data);
      assertThat(backedUp.code()).as(backedUp.err()).isZero();
      assertThat(backedUp.out()).contains("Backup of");
      assertThat(Files.readString(backup.resolve("backup.json"))).doesNotContain("Shelter");

      for (String name : List.of("Shelter Dragør", "Shelter Esbjerg")) {
        beforeTheMistake.add(shelter(http, caseworker, name));
      }
      Thread.sleep(1_000);
      noted = Instant.now();
      Thread.sleep(1_000);
      try (Connection superuser = EmbeddedDatabase.connectToRunning(data).orElseThrow();
          Statement statement = superuser.createStatement()) {
        // the Friday-afternoon mistake, by hand in psql
        statement.executeUpdate(
            "DELETE FROM accommodation.shelter WHERE id = '" + beforeTheMistake.get(1) + "'");
        switchAndAwaitArchived(statement);
        shelter(http, caseworker, "Shelter Fanø");
        switchAndAwaitArchived(statement);
        shelter(http, caseworker, "Shelter Gudhjem");
        switchAndAwaitArchived(statement);
      }
    }

    Path restored = root.resolve("restored");
    Command restore =
        command(
            "restore",
            "--from",
            backup,
            "--key-file",
            keyFile,
            "--data-dir",
            restored,
            "--to-time",
            noted.toString(),
            "--wal-archive",
            archive);
    assertThat(restore.code()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("Restored the backup");
    try (HavenProcess haven = HavenProcess.start(restored, env)) {
      Http http = new Http(haven.port());
      List<String> names = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (JsonNode shelter : http.get("/api/v1/shelters", caseworker).json()) {
        names.add(shelter.get("name").asString());
        ids.add(shelter.get("id").asString());
      }
      assertThat(ids).containsAll(beforeTheMistake);
      assertThat(names).contains("Shelter Brande").doesNotContain("Shelter Fanø");
      JsonNode verified = http.get("/api/v1/audit/verify", TOKEN).json();
      assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
      assertThat(http.get("/api/v1/audit?resourceType=Database", TOKEN).raw().body())
          .as("the trail says the installation was restored, and to when")
          .contains("restored from the backup finished at");
      assertThat(restored.resolveSibling(restored.getFileName() + "-restored")).doesNotExist();
    }

    // refused, nothing changed: a data directory that is not empty
    Command intoFull =
        command("restore", "--from", backup, "--key-file", keyFile, "--data-dir", restored);
    assertThat(intoFull.code()).isEqualTo(1);
    assertThat(intoFull.err()).contains("is not empty");

    // a key that does not match
    Path otherKey = root.resolve("other.key");
    Files.writeString(otherKey, Base64.getEncoder().encodeToString(new byte[32]));
    Path elsewhere = root.resolve("elsewhere");
    Command wrongKey =
        command("restore", "--from", backup, "--key-file", otherKey, "--data-dir", elsewhere);
    assertThat(wrongKey.code()).isEqualTo(1);
    assertThat(wrongKey.err()).contains("does not match");
    assertThat(elsewhere).doesNotExist();

    // an archive with a hole in it: a segment after the backup missing while later ones are there
    String stopWal = BackupManifest.read(backup, BackupKey.read(keyFile)).stopWal();
    Path holed = root.resolve("holed-archive");
    Files.createDirectories(holed);
    List<Path> afterTheBackup;
    try (Stream<Path> files = Files.list(archive)) {
      afterTheBackup =
          files
              .filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}"))
              .filter(f -> f.getFileName().toString().startsWith(stopWal.substring(0, 8)))
              .filter(f -> f.getFileName().toString().compareTo(stopWal) > 0)
              .sorted()
              .toList();
    }
    assertThat(afterTheBackup).hasSizeGreaterThanOrEqualTo(2);
    for (Path segment : afterTheBackup) {
      Files.copy(segment, holed.resolve(segment.getFileName()));
    }
    Files.delete(holed.resolve(afterTheBackup.get(0).getFileName()));
    Command gap =
        command(
            "restore",
            "--from",
            backup,
            "--key-file",
            keyFile,
            "--data-dir",
            elsewhere,
            "--wal-archive",
            holed);
    assertThat(gap.code()).isEqualTo(1);
    assertThat(gap.err()).contains("gap");
    assertThat(elsewhere).doesNotExist();
  }

  /** Closes the current WAL segment and waits until the archiver has it. */
  private static void switchAndAwaitArchived(Statement statement) throws Exception {
    String segment;
    try (ResultSet switched = statement.executeQuery("SELECT pg_walfile_name(pg_switch_wal())")) {
      switched.next();
      segment = switched.getString(1);
    }
    for (int i = 0; i < 300; i++) {
      try (ResultSet archiver =
          statement.executeQuery("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")) {
        archiver.next();
        if (archiver.getString(1).compareTo(segment) >= 0) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the archiver did not archive " + segment);
  }

  record Command(int code, String out, String err) {}

  private static Command command(Object... words) {
    String[] args = Stream.of(words).map(Object::toString).toArray(String[]::new);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Function<String, String> env = name -> null;
    int code =
        BackupCommands.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .orElseThrow();
    return new Command(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String shelter(Http http, String token, String name) {
    Answer created =
        http.post(
            "/api/v1/shelters",
            token,
            """
            {"name":"%s","municipality":"Aarhus","address":"Vej 1","contact":"+45 1111 2222",
             "approved":true,"places":{"WOMEN":4}}
            """
                .formatted(name));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** A centre caseworker with a token, made by the bootstrap administrator. */
  private static String caseworker(Http http) {
    return MachineAccounts.token(
        http,
        TOKEN,
        MachineAccounts.organisationOfType(http, TOKEN, "NATIONAL_CENTRE"),
        "CENTRE_CASEWORKER",
        "drill@haven.test");
  }
}
