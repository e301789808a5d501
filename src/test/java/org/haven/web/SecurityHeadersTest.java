package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.haven.support.HavenTest;
import org.haven.web.layout.LanguageController;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser answer carries, and what an unauthenticated or forged request gets. */
@HavenTest
class SecurityHeadersTest {

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pagesCarryAStrictPolicyAndAreNeverCached() throws Exception {
    HttpResponse<String> login = get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'");
    assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(login.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(login.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
  }

  @Test
  void signedOutVisitorsAreSentToSignIn() throws Exception {
    HttpResponse<String> dashboard = get("/");
    assertThat(dashboard.statusCode()).isEqualTo(302);
    assertThat(dashboard.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    assertThat(get("/admin/users").statusCode()).isEqualTo(302);
    assertThat(get("/api/explorer").statusCode()).isEqualTo(302);
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%40b.dk&password=whatever-it-is"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void errorPagesShowNoTraceAndGiveAReference() throws Exception {
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/assets/css/no-such-file.css"))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .doesNotContain("Exception")
        .doesNotContain("Whitelabel")
        .doesNotContain("??");
    assertThat(missing.body()).contains("Page not found").contains("Reference for support");
  }

  @Test
  void theLanguageSwitchOnlyRedirectsWithinHaven() {
    assertThat(LanguageController.safeBack("/admin/users")).isEqualTo("/admin/users");
    assertThat(LanguageController.safeBack("//evil.example/")).isEqualTo("/");
    assertThat(LanguageController.safeBack("https://evil.example/")).isEqualTo("/");
    assertThat(LanguageController.safeBack("/\\evil.example")).isEqualTo("/");
  }
}
