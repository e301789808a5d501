package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The help pages over the API: a message sent on the public form reaches the centre's queue opened
 * and audited, is marked handled and counted by month and language (and in the annual report); the
 * centre writes and publishes translations; frontline staff download leaflets; nobody else reads
 * the queue.
 */
@HavenTest
class InformationApiTest {

  static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aMessageFromThePublicFormReachesTheHotlineQueueAndTheFigures() throws Exception {
    Http http = new Http(port);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String ngo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    String text = "Tôi làm việc ở tiệm nail và không được trả lương " + UUID.randomUUID();
    HttpClient client = HttpClient.newHttpClient();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/help/vi/contact"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).isTrue();
    String form =
        "token="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
            + "&language=vi&reachBack=PHONE&phone="
            + URLEncoder.encode("+84 912 345 678", StandardCharsets.UTF_8)
            + "&inDanger=no&message="
            + URLEncoder.encode(text, StandardCharsets.UTF_8);
    HttpResponse<String> sent =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/help/vi/contact"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "100.64." + (int) (Math.random() * 250) + ".9")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sent.statusCode()).isEqualTo(303);

    assertThat(http.get("/api/v1/help-messages", ngo).status()).isEqualTo(403);
    long readsBefore = audits("READ");
    Answer queue = http.get("/api/v1/help-messages", centre);
    assertThat(queue.status()).isEqualTo(200);
    JsonNode mine = null;
    for (JsonNode m : queue.json()) {
      if (m.path("message").asString().equals(text)) {
        mine = m;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.path("language").asString()).isEqualTo("vi");
    assertThat(mine.path("reachBack").asString()).isEqualTo("PHONE");
    assertThat(mine.path("phone").asString()).isEqualTo("+84 912 345 678");
    assertThat(mine.path("handledAt").isNull()).isTrue();
    assertThat(audits("READ")).isGreaterThan(readsBefore);

    String id = mine.path("id").asString();
    assertThat(http.post("/api/v1/help-messages/" + id + "/handled", ngo, "").status())
        .isEqualTo(403);
    assertThat(http.post("/api/v1/help-messages/" + id + "/handled", centre, "").status())
        .isEqualTo(204);
    assertThat(
            http.post("/api/v1/help-messages/" + UUID.randomUUID() + "/handled", centre, "")
                .status())
        .isEqualTo(404);

    int year = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
    Answer monthly = http.get("/api/v1/help-messages/monthly?year=" + year, centre);
    assertThat(monthly.status()).isEqualTo(200);
    long vietnamese = 0;
    for (JsonNode row : monthly.json()) {
      assertThat(row.path("month").asString()).startsWith(year + "-");
      if (row.path("language").asString().equals("vi")) {
        vietnamese += row.path("messages").asLong();
      }
    }
    assertThat(vietnamese).isGreaterThanOrEqualTo(1);

    String analyst = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    Answer report = http.get("/api/v1/statistics/annual/" + year + "?disclosure=exact", analyst);
    assertThat(report.json().path("helpMessages").path("byLanguage").path("vi").asLong())
        .isGreaterThanOrEqualTo(1);
    assertThat(report.json().path("helpMessages").path("total").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theCentreWritesAndPublishesATranslationAndScriptIsRefused() {
    Http http = new Http(port);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String slug = "api-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("INSERT INTO information.page (slug, position, source_language) VALUES (?, 950, 'en')")
        .param(slug)
        .update();
    assertThat(http.get("/api/v1/help-pages/" + slug + "/translations/pl", centre).status())
        .isEqualTo(404);
    Answer script =
        http.put(
            "/api/v1/help-pages/" + slug + "/translations/en",
            centre,
            """
            {"title":"Rights","body":"<script>alert(1)</script> ![x](https://tracker.example/p.gif)","status":"PUBLISHED","reviewer":"Editor"}
            """,
            null);
    assertThat(script.status()).isEqualTo(400);
    assertThat(script.raw().body()).contains("\"body\"");
    Answer source =
        http.put(
            "/api/v1/help-pages/" + slug + "/translations/en",
            centre,
            """
            {"title":"Rights","body":"You have rights.","status":"PUBLISHED","reviewer":"Editor"}
            """,
            null);
    assertThat(source.status()).isEqualTo(200);
    assertThat(source.json().path("published").asBoolean()).isTrue();
    Answer polish =
        http.put(
            "/api/v1/help-pages/" + slug + "/translations/pl",
            centre,
            """
            {"title":"Prawa","body":"Masz prawa.","status":"PUBLISHED","translator":"Anna","reviewer":"Piotr"}
            """,
            null);
    assertThat(polish.status()).isEqualTo(200);
    Answer newer =
        http.put(
            "/api/v1/help-pages/" + slug + "/translations/en",
            centre,
            """
            {"title":"Your rights","body":"You have rights, and more.","status":"PUBLISHED","reviewer":"Editor"}
            """,
            source.header("ETag"));
    assertThat(newer.status()).isEqualTo(200);
    assertThat(
            http.get("/api/v1/help-pages/" + slug + "/translations/pl", centre)
                .json()
                .path("stale")
                .asBoolean())
        .isTrue();
    Answer lost =
        http.put(
            "/api/v1/help-pages/" + slug + "/translations/en",
            centre,
            """
            {"title":"Mine","body":"Mine.","status":"DRAFT"}
            """,
            source.header("ETag"));
    assertThat(lost.status()).isIn(409, 412);
    boolean listed = false;
    for (JsonNode p : http.get("/api/v1/help-pages", centre).json()) {
      if (p.path("slug").asString().equals(slug)) {
        listed = true;
        assertThat(p.path("translations").path("PL").asString()).isEqualTo("STALE");
        assertThat(p.path("translations").path("EN").asString()).isEqualTo("PUBLISHED");
      }
    }
    assertThat(listed).isTrue();
  }

  @Test
  void frontlineStaffDownloadLeafletsAndCards() {
    Http http = new Http(port);
    String ngo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    Http.Bytes leaflet = http.getBytes("/api/v1/help-leaflets/ar?format=A5", ngo);
    assertThat(leaflet.status()).isEqualTo(200);
    assertThat(leaflet.contentType()).startsWith("application/pdf");
    assertThat(new String(leaflet.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(http.getBytes("/api/v1/help-leaflets/th?format=CARD", ngo).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/help-leaflets/th?format=POSTER", ngo).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/help-leaflets/xx", ngo).status()).isEqualTo(400);
    String ministry = fixtures.token(fixtures.user(Role.MINISTRY_OFFICIAL));
    assertThat(http.get("/api/v1/help-leaflets/en", ministry).status()).isEqualTo(403);
  }

  private long audits(String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'ContactMessage' AND action = ?")
        .param(action)
        .query(Long.class)
        .single();
  }
}
