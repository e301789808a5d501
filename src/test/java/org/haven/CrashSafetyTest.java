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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.haven.database.EmbeddedDatabase;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.haven.support.MachineAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash safety under load: four writers create referrals with idempotency keys and, as the retry
 * contract says, repeat a request whose answer they did not get with the same key until they get
 * one. Meanwhile the Java process is killed with SIGKILL and started again, and separately the
 * PostgreSQL postmaster is killed (Haven starts it again itself). Afterwards: every acknowledged
 * write is there, no key made two referrals, no key is left "in progress", and the audit chain
 * verifies. CI runs the short form; {@code -Dhaven.crash.cycles=20} runs the full one.
 */
class CrashSafetyTest {

  static final String TOKEN = "bootstrap-token-for-crash-tests-0123456789ab";
  static final String REFERRAL =
      """
      {"path":"ANONYMOUS","channel":"NGO_OUTREACH","encounterDate":"2026-11-02","encounterPlace":"%s",
       "exploitation":["ForcedLabour"],"forcedLabourIndustry":"F","indicators":["WRK_EXCESSIVE_HOURS"],
       "gender":"Masculine","citizenships":["UA"],"ageBand":"AGE_25_34"}
      """;

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
    HavenProcess haven = HavenProcess.start(data, env, port);
    try {
      String ngo = ngoWorker(new Http(port));
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    write(writer, port, ngo, acknowledged, stop, retries);
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
            .isEqualTo(acknowledged.size());
        assertThat(
                count(
                    statement,
                    "SELECT count(*) FROM public.idempotent_request WHERE status IS NULL"))
            .as("keys left in progress")
            .isZero();
      }
      JsonNode verified = http.get("/api/v1/audit/verify", TOKEN).json();
      assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
      assertThat(acknowledged.size()).isGreaterThan(cycles * 4);
      System.out.printf(
          "crash safety: %d cycles (Java and PostgreSQL killed), %d acknowledged writes, %d retries,"
              + " 0 lost, 0 doubled%n",
          cycles, acknowledged.size(), retries.get());
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
      Map<String, String> acknowledged,
      AtomicBoolean stop,
      AtomicInteger retries) {
    for (int n = 0; !stop.get(); n++) {
      String key = "crash-" + writer + "-" + n;
      String body = REFERRAL.formatted("Writer " + writer + " #" + n);
      while (true) {
        try {
          HttpResponse<String> answer =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/api/v1/referrals"))
                      .timeout(Duration.ofSeconds(20))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .header("Idempotency-Key", key)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 201 || answer.statusCode() == 200) {
            String id = json.readTree(answer.body()).get("id").asString();
            String earlier = acknowledged.putIfAbsent(key, id);
            assertThat(earlier == null || earlier.equals(id)).isTrue();
            break;
          }
          if (answer.statusCode() < 500 && answer.statusCode() != 409) {
            throw new AssertionError("answered " + answer.statusCode() + ": " + answer.body());
          }
        } catch (IOException down) {
          // no answer: Haven or its database is down; retry the same key
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        retries.incrementAndGet();
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
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
