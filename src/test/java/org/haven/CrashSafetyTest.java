package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.haven.database.EmbeddedDatabase;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.haven.support.MachineAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash safety under load: four writers — two creating referrals, one adding case notes, one
 * placing a person in a shelter (and ending the stay, so the next one fits) — send every write with
 * an idempotency key and, as the retry contract says, repeat a request whose answer they did not
 * get with the same key until they get one. Meanwhile the Java process is killed with SIGKILL and
 * started again, and separately the PostgreSQL postmaster is killed (Haven starts it again itself).
 * Afterwards: every acknowledged write is there, no key made two referrals, no key is left "in
 * progress", and the audit chain verifies. (Every acknowledged note and stay is there too, once.)
 * CI runs the short form; {@code -Dhaven.crash.cycles=20} runs the full one.
 */
class CrashSafetyTest {

  static final String TOKEN = "bootstrap-token-for-crash-tests-0123456789ab";
  static final String REFERRAL =
      """
      {"path":"ANONYMOUS","channel":"NGO_OUTREACH","encounterDate":"2026-11-02","encounterPlace":"%s",
       "exploitation":["ForcedLabour"],"forcedLabourIndustry":"F","indicators":["WRK_EXCESSIVE_HOURS"],
       "gender":"Masculine","citizenships":["UA"],"ageBand":"AGE_25_34"}
      """;
  static final String FULL =
      """
      {"path":"FULL","channel":"NGO_OUTREACH","encounterDate":"2026-11-02","encounterPlace":"Aarhus",
       "exploitation":["SexualExploitation"],"indicators":["DOC_DOCUMENTS_WITHHELD"],
       "givenNames":"Olena","familyName":"Shevchenko","gender":"Feminine",
       "birth":{"precision":"YEAR","year":1996},"citizenships":["UA"],
       "consent":{"toReferral":true,"toPolice":false,"toContact":true}}
      """;

  /** What a writer writes: the path, the body of its n-th write, and what follows an answer. */
  private record Kind(String name, String path, IntFunction<String> body, Consumer<String> after) {}

  private final JsonMapper json = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void noAcknowledgedWriteIsLostNorDoubledWhenJavaOrPostgresIsKilled() throws Exception {
    int cycles = Integer.getInteger("haven.crash.cycles", 3);
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
    Map<String, String> env = Map.of("HAVEN_BOOTSTRAP_TOKEN", TOKEN);
    int port = HavenProcess.freePort();
    Random random = new Random(20261204);
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger retries = new AtomicInteger();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Map<String, String> notes = new ConcurrentHashMap<>();
    Map<String, String> stays = new ConcurrentHashMap<>();
    HavenProcess haven = HavenProcess.start(data, env, port);
    try {
      Http setUp = new Http(port);
      String ngo = ngoWorker(setUp);
      String centre =
          MachineAccounts.token(
              setUp,
              TOKEN,
              MachineAccounts.organisationOfType(setUp, TOKEN, "NATIONAL_CENTRE"),
              "CENTRE_CASEWORKER",
              "centre@haven.test");
      String[] person = acceptedPerson(setUp, ngo, centre, data);
      String caseId = person[1];
      String shelter =
          setUp
              .post(
                  "/api/v1/shelters",
                  centre,
                  """
                  {"name":"Crash House","municipality":"Aarhus","address":"Vej 1","contact":"+45 1111 2222",
                   "approved":true,"places":{"WOMEN":4}}
                  """)
              .json()
              .get("id")
              .asString();
      String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
      String tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1).toString();
      List<Kind> kinds =
          List.of(
              new Kind("referral", "/api/v1/referrals", n -> REFERRAL.formatted("#" + n), id -> {}),
              new Kind("referral", "/api/v1/referrals", n -> REFERRAL.formatted("#" + n), id -> {}),
              new Kind(
                  "note",
                  "/api/v1/cases/" + caseId + "/notes",
                  n -> "{\"sensitivity\":\"NORMAL\",\"text\":\"Note " + n + "\"}",
                  id -> {}),
              new Kind(
                  "stay",
                  "/api/v1/placements",
                  n ->
                      """
                      {"person":"%s","shelter":"%s","targetGroup":"WOMEN","startsOn":"%s","plannedTo":"%s"}
                      """
                          .formatted(person[0], shelter, today, tomorrow),
                  // the stay ends the day it began, so the next one fits; repeated until answered
                  id ->
                      send(
                          port,
                          centre,
                          "/api/v1/placements/" + id + "/end",
                          null,
                          "{\"endedOn\":\"%s\",\"reason\":\"MOVED_ON\"}".formatted(today),
                          stop,
                          retries)));
      List<Map<String, String>> written = List.of(acknowledged, acknowledged, notes, stays);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        String token = w < 2 ? ngo : centre;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    write(
                        writer, port, token, kinds.get(writer), written.get(writer), stop, retries);
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                },
                "writer-" + w);
        thread.start();
        writers.add(thread);
      }
      for (int cycle = 0; cycle < cycles; cycle++) {
        Thread.sleep(1_500 + random.nextInt(3_000));
        haven.kill9();
        haven = HavenProcess.start(data, env, port);
        Thread.sleep(1_500 + random.nextInt(3_000));
        long postmaster =
            Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
      }
      Thread.sleep(3_000);
      stop.set(true);
      for (Thread writer : writers) {
        writer.join(120_000);
        assertThat(writer.isAlive()).as("a writer could not finish its last key").isFalse();
      }

      assertThat(failures).as("writers that met an unexpected answer").isEmpty();
      Http http = new Http(port);
      for (String id : acknowledged.values()) {
        assertThat(http.get("/api/v1/referrals/" + id, ngo).status())
            .as("acknowledged referral " + id)
            .isEqualTo(200);
      }
      try (Connection superuser = EmbeddedDatabase.connectToRunning(data).orElseThrow();
          Statement statement = superuser.createStatement()) {
        assertThat(count(statement, "SELECT count(*) FROM intake.referral"))
            .as("one referral per key: none lost, none doubled")
            .isEqualTo(acknowledged.size() + 1);
        assertThat(count(statement, "SELECT count(*) FROM casework.note"))
            .as("one note per key: none lost, none doubled")
            .isEqualTo(notes.size());
        assertThat(count(statement, "SELECT count(*) FROM accommodation.placement"))
            .as("one stay per key: none lost, none doubled")
            .isEqualTo(stays.size());
        assertThat(
                count(
                    statement,
                    "SELECT count(*) FROM accommodation.placement WHERE ended_on IS NULL"))
            .as("every stay ended before the next began")
            .isLessThanOrEqualTo(1);
        assertThat(
                count(
                    statement,
                    "SELECT count(*) FROM public.idempotent_request WHERE status IS NULL"))
            .as("keys left in progress")
            .isZero();
      }
      JsonNode verified = http.get("/api/v1/audit/verify", TOKEN).json();
      assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
      assertThat(acknowledged.size()).isGreaterThan(cycles * 2);
      assertThat(notes.size()).isGreaterThan(cycles);
      assertThat(stays.size()).isGreaterThan(cycles);
      System.out.printf(
          "crash safety: %d cycles (Java and PostgreSQL killed), %d acknowledged writes (%d referrals,"
              + " %d notes, %d stays), %d retries, 0 lost, 0 doubled%n",
          cycles,
          acknowledged.size() + notes.size() + stays.size(),
          acknowledged.size(),
          notes.size(),
          stays.size(),
          retries.get());
    } finally {
      stop.set(true);
      haven.close();
    }
  }

  /** One writer: a new key after each answer, the same key again until it gets one. */
  private void write(
      int writer,
      int port,
      String token,
      Kind kind,
      Map<String, String> acknowledged,
      AtomicBoolean stop,
      AtomicInteger retries) {
    for (int n = 0; !stop.get(); n++) {
      String key = "crash-" + writer + "-" + n;
      String id = send(port, token, kind.path(), key, kind.body().apply(n), stop, retries);
      if (id == null) {
        return;
      }
      String earlier = acknowledged.putIfAbsent(key, id);
      assertThat(earlier == null || earlier.equals(id)).isTrue();
      kind.after().accept(id);
    }
  }

  /**
   * Sends one write, again and again while there is no answer (Haven or its database down), and
   * answers the id it created ({@code null} when interrupted). A write without a key that was
   * carried out before its answer was lost answers 400 when repeated: that is its answer too.
   */
  private String send(
      int port,
      String token,
      String path,
      String key,
      String body,
      AtomicBoolean stop,
      AtomicInteger retries) {
    while (true) {
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
          request.header("Idempotency-Key", key);
        }
        HttpResponse<String> answer =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201 || answer.statusCode() == 200) {
          return json.readTree(answer.body()).get("id").asString();
        }
        if (key == null && answer.statusCode() == 400 && answer.body().contains("ended")) {
          return "";
        }
        if (answer.statusCode() < 500 && answer.statusCode() != 409) {
          throw new AssertionError("answered " + answer.statusCode() + ": " + answer.body());
        }
      } catch (IOException down) {
        // no answer: Haven or its database is down; retry the same key
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      retries.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  /** A person an NGO referred and the centre accepted: her reference and her case's id. */
  private static String[] acceptedPerson(Http http, String ngo, String centre, Path data)
      throws Exception {
    String referral = http.post("/api/v1/referrals", ngo, FULL).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + referral + "/submit", ngo, "").status())
        .isEqualTo(200);
    assertThat(http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}").status())
        .isEqualTo(200);
    try (Connection superuser = EmbeddedDatabase.connectToRunning(data).orElseThrow();
        Statement statement = superuser.createStatement()) {
      for (int tries = 0; tries < 100; tries++) {
        try (ResultSet found =
            statement.executeQuery(
                """
                SELECT p.reference, c.id FROM intake.referral r JOIN people.person p ON p.id = r.person_id
                JOIN casework.case_file c ON c.person_id = p.id WHERE r.id = '%s'
                """
                    .formatted(UUID.fromString(referral)))) {
          if (found.next()) {
            return new String[] {found.getString(1), found.getString(2)};
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the accepted referral opened no case");
  }

  private static long count(Statement statement, String sql) throws Exception {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** An NGO and a machine account of its worker, with a token, made by the bootstrap admin. */
  private static String ngoWorker(Http http) {
    return MachineAccounts.token(
        http,
        TOKEN,
        MachineAccounts.organisation(http, TOKEN, "Street Outreach", "NGO"),
        "NGO_WORKER",
        "writer@haven.test");
  }
}
