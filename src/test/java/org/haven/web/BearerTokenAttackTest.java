package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.catalina.Context;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.access.Users;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attacker with an API token or an API answer in hand would try: the token must never turn
 * into a web session, a cookie from an API answer must open nothing, a revoked token nothing by any
 * route, and a flood of API calls must leave no sessions behind.
 */
@HavenTest
class BearerTokenAttackTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired Users users;
  @Autowired ServletWebServerApplicationContext context;
  @Autowired JdbcClient jdbc;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aBearerCallSetsNoCookie() throws Exception {
    String token = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    for (String path : List.of("/api/v1/me", "/api/v1/cases", "/api/v1/referrals")) {
      HttpResponse<String> answer = send(get(path).header("Authorization", "Bearer " + token));
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    HttpResponse<String> refused =
        send(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void aSessionCookieSentWithATokenIsNotReadAndOpensNoPage() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String token = fixtures.token(caseworker);
    // a cookie the attacker brings along, or one a server once answered: neither opens anything
    String cookie = "HAVEN_SESSION=" + "0123456789ABCDEF0123456789ABCDEF";
    HttpResponse<String> api =
        send(get("/api/v1/me").header("Authorization", "Bearer " + token).header("Cookie", cookie));
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().allValues("Set-Cookie")).isEmpty();

    assertThat(send(get("/").header("Cookie", cookie)).statusCode())
        .as("the cookie alone is no sign-in")
        .isEqualTo(302);
    assertThat(send(get("/cases").header("Cookie", cookie)).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    assertThat(send(get("/api/v1/me").header("Cookie", cookie)).statusCode()).isEqualTo(401);
    assertThat(send(get("/cases").header("Authorization", "Bearer " + token)).statusCode())
        .as("a token opens no page")
        .isEqualTo(401);
  }

  @Test
  void aRevokedTokenOpensNothingByAnyRoute() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String token = fixtures.token(caseworker);
    Http http = new Http(port);
    Answer tokens = http.get("/api/v1/users/" + caseworker.id() + "/tokens", token);
    assertThat(tokens.status()).as("a person lists their own tokens").isEqualTo(200);
    String tokenId = tokens.json().get(0).get("id").asString();
    List<String> cookies =
        send(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .headers()
            .allValues("Set-Cookie");

    assertThat(
            http.delete("/api/v1/users/" + caseworker.id() + "/tokens/" + tokenId, token).status())
        .isEqualTo(204);

    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/cases", token).status()).isEqualTo(401);
    assertThat(send(get("/").header("Authorization", "Bearer " + token)).statusCode())
        .isEqualTo(401);
    assertThat(cookies).as("there was never a cookie to keep").isEmpty();
  }

  @Test
  void anExpiredTokenOpensNoApiRoute() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String token = fixtures.token(caseworker);
    Http http = new Http(port);
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(200);
    // its days are up: it expires when it was made, whatever the application's clock says now
    assertThat(
            jdbc.sql("UPDATE access.api_token SET expires_at = created_at WHERE user_id = ?")
                .params(caseworker.id().value())
                .update())
        .isEqualTo(1);
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/cases", token).status()).isEqualTo(401);
  }

  @Test
  void aTokenActsWithWhatItsAccountIsNowAndStopsWhenTheAccountIsDisabled() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String token = fixtures.token(caseworker);
    Http http = new Http(port);
    Answer me = http.get("/api/v1/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asString()).isEqualTo(caseworker.id().toString());
    assertThat(me.json().get("roles").toString()).contains("CENTRE_CASEWORKER");

    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    UserAccount account = caseworker.account();
    UserAccount changed =
        users.change(
            caseworker.id(),
            account.version(),
            account.displayName(),
            account.organisation(),
            EnumSet.of(Role.CENTRE_CASEWORKER, Role.CENTRE_ANALYST),
            account.language(),
            true,
            admin.actor());
    assertThat(http.get("/api/v1/me", token).json().get("roles").toString())
        .as("a role granted counts with the next request")
        .contains("CENTRE_ANALYST");

    users.change(
        caseworker.id(),
        changed.version(),
        changed.displayName(),
        changed.organisation(),
        changed.roles(),
        changed.language(),
        false,
        admin.actor());
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/cases", token).status()).isEqualTo(401);
  }

  @Test
  void unauthenticatedWritesAnswer401NotACsrfRefusal() throws Exception {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      HttpResponse<String> answer =
          send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/referrals"))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .method(method, HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(answer.statusCode()).as(method).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }
  }

  @Test
  void theSessionCountStaysFlatUnderTenThousandApiCalls() throws Exception {
    String token = fixtures.token(fixtures.user(Role.NGO_WORKER));
    int before = activeSessions();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        calls.add(
            pool.submit(
                () ->
                    send(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .statusCode()));
      }
      for (Future<Integer> call : calls) {
        assertThat(call.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(activeSessions()).isEqualTo(before);
  }

  private int activeSessions() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    Context web = (Context) server.getTomcat().getHost().findChildren()[0];
    return web.getManager().getActiveSessions();
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
