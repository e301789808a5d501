package org.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.support.Http.Answer;
import tools.jackson.databind.JsonNode;

/** Machine accounts with a token, made over the API by the bootstrap administrator of a test. */
public final class MachineAccounts {

  private MachineAccounts() {}

  /** The id of the first organisation of {@code type} (the national centre made at first run). */
  public static String organisationOfType(Http http, String adminToken, String type) {
    for (JsonNode organisation :
        http.get("/api/v1/organisations", adminToken).json().get("items")) {
      if (organisation.get("type").asString().equals(type)) {
        return organisation.get("id").asString();
      }
    }
    throw new AssertionError("no organisation of type " + type);
  }

  /** A new organisation's id. */
  public static String organisation(Http http, String adminToken, String name, String type) {
    Answer created =
        http.post(
            "/api/v1/organisations",
            adminToken,
            "{\"name\":\"%s\",\"type\":\"%s\",\"country\":\"DK\"}".formatted(name, type));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** A token of a new machine account with {@code role} in the organisation. */
  public static String token(
      Http http, String adminToken, String organisationId, String role, String email) {
    Answer user =
        http.post(
            "/api/v1/users",
            adminToken,
            """
            {"email":"%s","displayName":"%s","organisationId":"%s","roles":["%s"],"serviceAccount":true}
            """
                .formatted(email, email, organisationId, role));
    assertThat(user.status()).as(user.raw().body()).isEqualTo(201);
    Answer token =
        http.post(
            "/api/v1/users/" + user.json().get("id").asString() + "/tokens",
            adminToken,
            "{\"name\":\"test\",\"expiresInDays\":1}");
    assertThat(token.status()).as(token.raw().body()).isEqualTo(201);
    return token.json().get("token").asString();
  }
}
