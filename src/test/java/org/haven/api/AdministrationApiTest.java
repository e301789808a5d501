package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Provisioning over real HTTP with an administrator's API token. */
@HavenTest
class AdministrationApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String adminToken;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    adminToken = fixtures.token(admin);
  }

  @Test
  void anAdministratorProvisionsAnOrganisationAUserAndAToken() {
    Answer organisation =
        http.post(
            "/api/v1/organisations",
            adminToken,
            """
            {"name":"Nordlys Outreach %s","type":"NGO","country":"dk","region":"Capital Region"}
            """
                .formatted(System.nanoTime()));
    assertThat(organisation.status()).as(organisation.raw().body()).isEqualTo(201);
    assertThat(organisation.json().get("country").asString()).isEqualTo("DK");
    String organisationId = organisation.json().get("id").asString();

    String email = "grace." + System.nanoTime() + "@nordlys.example";
    Answer user =
        http.post(
            "/api/v1/users",
            adminToken,
            """
            {"email":"%s","displayName":"Grace Okafor","organisationId":"%s","roles":["NGO_WORKER"],"language":"da"}
            """
                .formatted(email, organisationId));
    assertThat(user.status()).isEqualTo(201);
    assertThat(user.json().get("id").asString()).isNotBlank();
    assertThat(user.json().get("oneTimePassword").asString()).hasSize(19);
    assertThat(user.json().get("roles").get(0).asString()).isEqualTo("NGO_WORKER");
    String personId = user.json().get("id").asString();
    assertThat(
            http.post(
                    "/api/v1/users/" + personId + "/tokens",
                    adminToken,
                    "{\"name\":\"act as Grace\",\"expiresInDays\":30}")
                .status())
        .as("an administrator cannot make a token that acts as a person")
        .isEqualTo(403);

    String machineEmail = "case-system." + System.nanoTime() + "@nordlys.example";
    Answer machine =
        http.post(
            "/api/v1/users",
            adminToken,
            """
            {"email":"%s","displayName":"Nordlys case system","organisationId":"%s","roles":["NGO_WORKER"],
             "serviceAccount":true}
            """
                .formatted(machineEmail, organisationId));
    assertThat(machine.status()).as(machine.raw().body()).isEqualTo(201);
    assertThat(machine.json().get("serviceAccount").asBoolean()).isTrue();
    assertThat(machine.json().has("oneTimePassword")).as("a machine never signs in").isFalse();
    String userId = machine.json().get("id").asString();

    Answer token =
        http.post(
            "/api/v1/users/" + userId + "/tokens",
            adminToken,
            "{\"name\":\"case system\",\"expiresInDays\":30}");
    assertThat(token.status()).isEqualTo(201);
    String secret = token.json().get("token").asString();
    assertThat(secret).startsWith("hvn_");

    Answer me = http.get("/api/v1/me", secret);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asString()).isEqualTo(userId);

    Answer tokens = http.get("/api/v1/users/" + userId + "/tokens", adminToken);
    assertThat(tokens.status()).isEqualTo(200);
    assertThat(tokens.json().get(0).has("token")).isFalse();
    assertThat(tokens.raw().body()).doesNotContain(secret);
    assertThat(
            jdbc.sql("SELECT count(*) FROM access.api_token WHERE token_hash = ?")
                .param(secret)
                .query(Long.class)
                .single())
        .as("the secret itself is never stored")
        .isZero();

    String tokenId = tokens.json().get(0).get("id").asString();
    assertThat(http.delete("/api/v1/users/" + userId + "/tokens/" + tokenId, adminToken).status())
        .isEqualTo(204);
    assertThat(http.get("/api/v1/me", secret).status())
        .as("a revoked token stops working")
        .isEqualTo(401);

    Answer listed = http.get("/api/v1/users?organisationId=" + organisationId, adminToken);
    assertThat(listed.json().get("total").asLong()).isEqualTo(2);
    assertThat(listed.raw().body()).contains(email, machineEmail);
  }

  @Test
  void invalidInputIsAProblemDetailNamingTheFieldAndStoresNothing() {
    long before = count();
    Answer answer =
        http.post(
            "/api/v1/users",
            adminToken,
            """
            {"email":"not-an-email","displayName":"X","organisationId":"%s","roles":["NGO_WORKER"]}
            """
                .formatted(fixtures.organisation(OrganisationType.NGO).id()));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    assertThat(answer.json().get("errors").get(0).get("message").asString())
        .contains("email address");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anUnknownOrganisationTypeIsRejectedClearly() {
    Answer answer =
        http.post(
            "/api/v1/organisations",
            adminToken,
            "{\"name\":\"X\",\"type\":\"CLUB\",\"country\":\"DK\"}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("title").asString()).isEqualTo("Malformed request body");
    assertThat(answer.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void missingFieldsAreListed() {
    Answer answer = http.post("/api/v1/organisations", adminToken, "{\"type\":\"NGO\"}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").findValuesAsString("field")).contains("name", "country");
  }

  @Test
  void aDuplicateOrganisationNameIsRefused() {
    String body =
        "{\"name\":\"Same Name %s\",\"type\":\"NGO\",\"country\":\"SE\"}"
            .formatted(System.nanoTime());
    assertThat(http.post("/api/v1/organisations", adminToken, body).status()).isEqualTo(201);
    Answer again = http.post("/api/v1/organisations", adminToken, body);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
  }

  @Test
  void withoutATokenTheApiAnswers401() {
    assertThat(http.get("/api/v1/organisations", null).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/organisations", "hvn_" + "x".repeat(43)).status()).isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Answer openApi = http.get("/api/v1/openapi.json", adminToken);
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().get("paths").has("/api/v1/users")).isTrue();
    assertThat(openApi.json().get("paths").has("/api/v1/audit/verify")).isTrue();
    assertThat(http.get("/api/v1/openapi.json", null).status()).as("not public").isEqualTo(401);
  }

  @Test
  void healthIsPublicAndMinimal() {
    Answer health = http.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.raw().body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(http.get("/actuator/env", null).status()).isIn(302, 401, 404);
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM access.user_account").query(Long.class).single();
  }
}
