package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.haven.information.HelpLanguage;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public help pages over real HTTP: every page in every language without signing in, no cookie,
 * no referrer, cacheable with an ETag, small enough for a slow phone; the contact form keeps a
 * message sealed, refuses bad input beside each field and holds back abuse.
 */
@HavenTest
class HelpPagesTest {

  static final String[] PAGES = {
    "",
    "/rights",
    "/reflection-period",
    "/shelter-and-health",
    "/legal-help",
    "/testifying",
    "/going-home",
    "/children",
    "/contact"
  };
  static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
  static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form, String... headers)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyPageInEveryLanguageIsPublicSmallAndLeavesNoTrace() throws Exception {
    for (HelpLanguage language : HelpLanguage.values()) {
      for (String page : PAGES) {
        String path = "/help/" + language.code() + page;
        HttpResponse<String> answer = get(path, "Cookie", "HAVEN_SESSION=somebody-elses");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow())
            .contains("script-src 'self'")
            .doesNotContain("unsafe-inline");
        assertThat(answer.body())
            .as(path)
            .contains("lang=\"" + language.tag() + "\"")
            .contains("dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"")
            .contains("id=\"quick-exit\"")
            .contains(">" + HelpLanguage.AR.ownName() + "<")
            .contains(">" + HelpLanguage.ZH.ownName() + "<")
            .doesNotContain("{emergency}")
            .doesNotContain("http://")
            .doesNotContainPattern("<script>")
            .as(path + " in its own language, not the source's")
            .doesNotContain("class=\"stale\"");
        long weight = answer.body().getBytes(StandardCharsets.UTF_8).length;
        Matcher assets = ASSET.matcher(answer.body());
        while (assets.find()) {
          HttpResponse<String> asset = get(assets.group(1));
          assertThat(asset.statusCode()).isEqualTo(200);
          assertThat(asset.headers().allValues("Set-Cookie")).isEmpty();
          weight += asset.body().getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(weight).as(path + " with its assets").isLessThan(100_000);
        if (!page.equals("/contact")) {
          String etag = answer.headers().firstValue("ETag").orElseThrow();
          assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
          assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        } else {
          assertThat(answer.headers().firstValue("Cache-Control").orElseThrow())
              .contains("no-store");
        }
      }
    }
  }

  @Test
  void theBrowsersLanguageChoosesThePagesAndUnknownPagesSayWhere() throws Exception {
    HttpResponse<String> chosen = get("/help", "Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location")).contains("/help/vi");
    assertThat(get("/help", "Accept-Language", "fil").headers().firstValue("Location"))
        .contains("/help/tl");
    HttpResponse<String> missing = get("/help/en/no-such-page");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("id=\"quick-exit\"");
    assertThat(get("/help/xx").statusCode()).isEqualTo(404);
  }

  @Test
  void aMessageArrivesSealedAndTheSenderIsThanked() throws Exception {
    HttpResponse<String> page = get("/help/ro/contact");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token(page));
    form.put("language", "ro");
    form.put("reachBack", "PHONE");
    form.put("phone", "+40 712 345 678");
    form.put("message", "Lucrez pe un șantier și nu pot pleca. Test " + System.nanoTime());
    form.put("inDanger", "yes");
    form.put("website", "");
    HttpResponse<String> sent = post("/help/ro/contact", form, "X-Forwarded-For", "203.0.113.7");
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location")).contains("/help/ro/sent?now=danger");
    assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
    HttpResponse<String> thanks = get("/help/ro/sent?now=danger");
    assertThat(thanks.body()).contains("112");
    String stored =
        jdbc.sql(
                "SELECT message || ' ' || phone FROM information.contact_message ORDER BY received_at DESC LIMIT 1")
            .query(String.class)
            .single();
    assertThat(stored).startsWith("v1:").doesNotContain("șantier").doesNotContain("712");

    // the same form again (a double click): thanked, not kept twice
    long before = count();
    assertThat(post("/help/ro/contact", form, "X-Forwarded-For", "203.0.113.7").statusCode())
        .isEqualTo(303);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void badAnswersAreShownBesideTheirFieldsAndNothingIsKept() throws Exception {
    long before = count();
    HttpResponse<String> page = get("/help/en/contact");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token(page));
    form.put("language", "en");
    form.put("reachBack", "PHONE");
    form.put("phone", "call me maybe");
    form.put("message", "<script>alert(1)</script>" + "x".repeat(100_000));
    form.put("inDanger", "");
    HttpResponse<String> refused =
        post("/help/en/contact", form, "X-Forwarded-For", "198.51.100.20");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("This is not a phone number")
        .contains("The message is too long")
        .contains("Tell us if you are in danger now")
        .contains("call me maybe")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
    assertThat(count()).isEqualTo(before);

    HttpResponse<String> noToken =
        post(
            "/help/en/contact",
            Map.of("language", "en", "message", "hello"),
            "X-Forwarded-For",
            "198.51.100.21");
    assertThat(noToken.statusCode()).isEqualTo(400);
    assertThat(noToken.body()).contains("Please send it again").contains("hello");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void oneNetworkIsHeldToAFewMessagesAMinuteAndTheTrapKeepsNothing() throws Exception {
    long before = count();
    HttpResponse<String> trapped =
        post(
            "/help/en/contact",
            valid("trap " + System.nanoTime(), "website-filled"),
            "X-Forwarded-For",
            "192.0.2.200");
    assertThat(trapped.statusCode()).isEqualTo(303);
    assertThat(count()).isEqualTo(before);

    int accepted = 0;
    int held = 0;
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> answer =
          post(
              "/help/en/contact",
              valid("flood " + i + " " + System.nanoTime(), ""),
              "X-Forwarded-For",
              "192.0.2." + (10 + i));
      if (answer.statusCode() == 303) {
        accepted++;
      } else {
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.body()).contains("Many messages were sent from your network");
        held++;
      }
    }
    assertThat(held).isGreaterThan(0);
    assertThat(accepted).isLessThanOrEqualTo(6);
    // another network is not held back by the first one
    assertThat(
            post(
                    "/help/en/contact",
                    valid("other " + System.nanoTime(), ""),
                    "X-Forwarded-For",
                    "203.0.113.99")
                .statusCode())
        .isEqualTo(303);
  }

  private Map<String, String> valid(String message, String trap) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token(get("/help/en/contact")));
    form.put("language", "en");
    form.put("reachBack", "WILL_CALL");
    form.put("message", message);
    form.put("inDanger", "no");
    form.put("website", trap);
    return form;
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM information.contact_message").query(Long.class).single();
  }

  private static String token(HttpResponse<String> page) {
    Matcher matcher = TOKEN.matcher(page.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
