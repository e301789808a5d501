package org.haven.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.haven.support.MachineAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An import survives a crash: Haven is killed (SIGKILL) in the middle of a 2,000-row import,
 * started again on the same data, takes the import over where its last committed chunk ended, and
 * the result is exactly that of an import that never stopped — every row once, nobody twice.
 */
class ImportResumeTest {

  static final String TOKEN = "bootstrap-token-for-import-tests-0123456789";
  static final int ROWS = 2_000;

  @Test
  void aCrashDuringAnImportThenResumeGivesTheSameResult() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "import-crash-");
    Map<String, String> env = Map.of("HAVEN_BOOTSTRAP_TOKEN", TOKEN);
    String[] args = {"--haven.exchange.stale-after=PT2S", "--haven.exchange.chunk-rows=50"};
    String id;
    String caseworker;
    long postmaster;
    try (HavenProcess first = HavenProcess.start(data, env, args)) {
      Http http = new Http(first.port());
      caseworker = caseworker(http);
      Answer started =
          http.postBytes(
              "/api/v1/imports/htcds",
              caseworker,
              file().getBytes(StandardCharsets.UTF_8),
              "text/csv");
      assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
      id = started.json().get("id").asString();
      JsonNode midway =
          await()
              .atMost(Duration.ofSeconds(120))
              .pollInterval(Duration.ofMillis(100))
              .until(
                  () -> http.get("/api/v1/imports/" + id, caseworker).json(),
                  s -> s.get("rowsImported").asInt() >= 200);
      assertThat(midway.get("status").asString()).isEqualTo("running");
      postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      first.kill9();
    }
    try (HavenProcess second = HavenProcess.start(data, env, args)) {
      Http http = new Http(second.port());
      JsonNode done =
          await()
              .atMost(Duration.ofSeconds(300))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> http.get("/api/v1/imports/" + id, caseworker).json(),
                  s -> s.get("status").asString().equals("completed"));
      assertThat(done.get("rowsImported").asInt()).isEqualTo(ROWS);
      assertThat(done.get("rowsRejected").asInt()).isZero();
      // every row is one person assessed in 2015: a row written twice would be counted twice
      JsonNode report =
          await()
              .atMost(Duration.ofSeconds(120))
              .until(
                  () -> http.get("/api/v1/statistics/annual/2015?disclosure=exact", TOKEN).json(),
                  r -> r.at("/victims/total").asInt() >= ROWS);
      assertThat(report.at("/victims/total").asInt()).isEqualTo(ROWS);
      assertThat(report.at("/repatriations/total").asInt()).isEqualTo(ROWS / 10);
    } finally {
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
    }
  }

  /** A centre caseworker with a token, made by the bootstrap administrator. */
  private static String caseworker(Http http) {
    return MachineAccounts.token(
        http,
        TOKEN,
        MachineAccounts.organisationOfType(http, TOKEN, "NATIONAL_CENTRE"),
        "CENTRE_CASEWORKER",
        "importer@haven.test");
  }

  private static String file() {
    StringBuilder csv =
        new StringBuilder(
            "cas_ExternalId,prs_FirstName,prs_SecondName,prs_Birthdate,prs_Gender,prs_Citizenship,"
                + "vic_TraffickingStatus,vic_TypeOfExploitation,cas_IncomingReferralDate,"
                + "ext_DecisionDate,ext_DecidingAuthority,ext_RepatriationDate,ext_RepatriationCountry\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("R")
          .append(i)
          .append(",Given")
          .append(i)
          .append(",Family")
          .append(i)
          .append(
              ",1990-01-01,Feminine,RO,ActualVictimOfTrafficking,SexualExploitation,2015-01-02,2015-03-04,NationalCentre,")
          .append(i % 10 == 0 ? "2015-06-01,RO" : ",")
          .append('\n');
    }
    return csv.toString();
  }
}
