package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haven.keys.KeyFiles;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.PersonRecord;
import org.haven.support.Browser;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.haven.support.MachineAccounts;
import org.haven.support.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two Haven instances on one PostgreSQL, as behind a load balancer: the first runs the embedded
 * server, the second connects to it as an external database with the same keys. A person signs in
 * on one and goes on, signed in and in the language she chose, on the other; signing out on one
 * signs her out of both. A person registered through one is answered "known" through the other at
 * once, and the questions an organisation may ask per hour are counted across both.
 */
class SeveralInstancesTest {

  static final String TOKEN = "bootstrap-token-for-several-instances-0123";

  @Test
  void twoInstancesShareSessionsAndWhoIsKnown() throws Exception {
    Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-instances-");
    Path first = root.resolve("a");
    int databasePort = HavenProcess.freePort();
    Map<String, String> firstEnvironment = new HashMap<>();
    firstEnvironment.put("HAVEN_BOOTSTRAP_TOKEN", TOKEN);
    firstEnvironment.put("HAVEN_ORGANISATION_NAME", "Centre for Testing");
    firstEnvironment.put("HAVEN_DATABASE_EMBEDDED_PORT", String.valueOf(databasePort));
    firstEnvironment.put("HAVEN_MATCHING_KNOWNPERHOUR", "3");
    try (HavenProcess one = HavenProcess.start(first, firstEnvironment)) {
      // the second instance: the same database and keys, its own audit checkpoints
      Path second = root.resolve("b");
      try (Stream<Path> files = Files.list(root)) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (name.startsWith("a-") && !name.equals("a-audit.checkpoints")) {
            Files.copy(file, root.resolve("b-" + name.substring(2)));
          }
        }
      }
      Map<String, String> secondEnvironment = new HashMap<>();
      secondEnvironment.put("HAVEN_BOOTSTRAP_TOKEN", TOKEN);
      secondEnvironment.put("HAVEN_MATCHING_KNOWNPERHOUR", "3");
      secondEnvironment.put(
          "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + databasePort + "/haven");
      secondEnvironment.put("SPRING_DATASOURCE_USERNAME", "postgres");
      secondEnvironment.put(
          "SPRING_DATASOURCE_PASSWORD",
          Files.readString(root.resolve("a-database.password"), StandardCharsets.US_ASCII).strip());
      try (HavenProcess two = HavenProcess.start(second, secondEnvironment)) {
        signInOnOneContinueOnTheOther(one, two);
        knownThroughTheOther(one, two, root.resolve("a-encoding.key"));
        try (Connection database =
                DriverManager.getConnection(
                    secondEnvironment.get("SPRING_DATASOURCE_URL"),
                    "postgres",
                    secondEnvironment.get("SPRING_DATASOURCE_PASSWORD"));
            PreparedStatement locks =
                database.prepareStatement("SELECT name FROM public.shedlock ORDER BY name");
            ResultSet names = locks.executeQuery()) {
          List<String> jobs = new ArrayList<>();
          while (names.next()) {
            jobs.add(names.getString(1));
          }
          assertThat(jobs)
              .as("the duplicate scan takes its turn through the shared lock")
              .contains("people.match-review-scan");
        }
        assertThat(two.output()).doesNotContain("Adaeze").doesNotContain("Okonkwo");
        assertThat(one.output()).doesNotContain("Adaeze").doesNotContain("Okonkwo");
      }
    }
  }

  private static void signInOnOneContinueOnTheOther(HavenProcess one, HavenProcess two)
      throws Exception {
    Matcher printed = Pattern.compile("one-time password:\\s+(\\S+)").matcher(one.output());
    assertThat(printed.find()).isTrue();
    try (Browser browser = new Browser()) {
      browser.open(one.baseUrl() + "/login");
      browser.type("email", "admin@haven.local");
      browser.type("password", printed.group(1));
      browser.submit("sign-in");
      browser.type("newPassword", "tidal orchard lantern 42");
      browser.type("confirmPassword", "tidal orchard lantern 42");
      browser.submit("save-password");
      browser.driver().findElement(By.tagName("summary")).click();
      String secret = browser.text("totp-secret").replace(" ", "");
      browser.type("code", Totp.code(secret, 0));
      browser.submit("confirm-enrolment");
      browser.submit("continue");
      assertThat(browser.heading()).isEqualTo("Welcome, Administrator");

      // the same browser, the other instance (cookies are not bound to a port)
      browser.open(two.baseUrl() + "/");
      assertThat(browser.path()).as("the session is known to the other instance").isEqualTo("/");
      assertThat(browser.heading()).isEqualTo("Welcome, Administrator");
      browser.submit("language-da");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("da");
      browser.open(one.baseUrl() + "/");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .as("the language chosen on one instance holds on the other")
          .isEqualTo("da");

      browser.submit("sign-out");
      browser.open(two.baseUrl() + "/admin/users");
      assertThat(browser.path()).as("signed out of both").isEqualTo("/login");
    }
  }

  private static void knownThroughTheOther(HavenProcess one, HavenProcess two, Path encodingKey)
      throws Exception {
    Http first = new Http(one.port());
    Http second = new Http(two.port());
    String centreOrganisation = MachineAccounts.organisationOfType(first, TOKEN, "NATIONAL_CENTRE");
    String centre =
        MachineAccounts.token(
            first,
            TOKEN,
            centreOrganisation,
            "CENTRE_CASEWORKER",
            "centre-" + UUID.randomUUID() + "@haven.test");
    String ngoOrganisation =
        MachineAccounts.organisation(first, TOKEN, "NGO " + UUID.randomUUID(), "NGO");
    String ngo =
        MachineAccounts.token(
            first,
            TOKEN,
            ngoOrganisation,
            "NGO_WORKER",
            "ngo-" + UUID.randomUUID() + "@haven.test");
    BloomEncoder encoder =
        new BloomEncoder(
            KeyFiles.decode(
                Files.readString(encodingKey, StandardCharsets.US_ASCII), "HAVEN_ENCODING_KEY"));
    String question =
        "{\"encoding\":\"%s\"}"
            .formatted(
                Base64.getEncoder()
                    .encodeToString(
                        encoder.encode(
                            new PersonRecord(
                                "q",
                                "Adaeze",
                                "Okonkwo",
                                List.of(),
                                LocalDate.of(1994, 3, 17),
                                null,
                                "F",
                                List.of("NG")))));
    // the limit counts per clock hour: four questions asked across the hour's turn fall in two
    // windows, so they wait for the turn when it is near
    long toTheHour = 3_600_000L - System.currentTimeMillis() % 3_600_000L;
    if (toTheHour < 60_000L) {
      Thread.sleep(toTheHour + 1_000L);
    }
    Answer before = second.post("/api/v1/persons/known", ngo, question);
    assertThat(before.status()).as(before.raw().body()).isEqualTo(200);
    assertThat(before.json().get("answer").asString()).isEqualTo("notKnown");

    Answer registered =
        first.post(
            "/api/v1/persons",
            centre,
            "{\"givenNames\":\"Adaeze\",\"familyName\":\"Okonkwo\",\"gender\":\"Feminine\","
                + "\"birth\":{\"precision\":\"EXACT\",\"date\":\"1994-03-17\"},\"citizenships\":[\"NG\"]}");
    assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
    Answer after = second.post("/api/v1/persons/known", ngo, question);
    assertThat(after.status()).as(after.raw().body()).isEqualTo(200);
    assertThat(after.json().get("answer").asString())
        .as("registered through one instance, known through the other at once")
        .isEqualTo("known");

    // three questions an hour for the organisation (set low here): the fourth is refused on
    // whichever instance it is asked
    assertThat(first.post("/api/v1/persons/known", ngo, question).status()).isEqualTo(200);
    assertThat(second.post("/api/v1/persons/known", ngo, question).status())
        .as("the questions of both instances count")
        .isEqualTo(429);
  }
}
