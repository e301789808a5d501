package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Person records over real HTTP: pseudonymous references, optimistic locking, audited reads, the
 * safe address.
 */
@HavenTest
class PersonsApiTest {

  static final String PERSON =
      """
      {"givenNames":"Андрій","familyName":"Шевченко","otherNames":["Andrii Shevchenko"],"gender":"Masculine",
       "birth":{"precision":"YEAR","year":1994},"citizenships":["ua"],"languages":["uk","ru"],
       "interpreterNeeded":true,"phone":"+380 44 123 4567",
       "documents":[{"type":"passport","number":"FE123456","issuingCountry":"UA","validUntil":"2030-01-31"}]}
      """;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String caseworker;
  String caseworkerId;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    AccessFixtures.TestUser user = fixtures.user(Role.CENTRE_CASEWORKER);
    caseworkerId = user.id().toString();
    caseworker = fixtures.token(user);
  }

  @Test
  void aCaseworkerRegistersReadsAndChangesAPersonByReference() {
    Answer created = http.post("/api/v1/persons", caseworker, PERSON);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String reference = created.json().get("reference").asString();
    assertThat(reference).matches("P-[2-9A-Z]{4}-[2-9A-Z]{4}");
    assertThat(created.json().has("id")).as("no database id is exposed").isFalse();
    assertThat(created.json().get("familyNameLatin").asString()).startsWith("Ševčenko");
    assertThat(created.json().get("citizenships").get(0).asString()).isEqualTo("UA");
    assertThat(created.json().get("identityDocuments").asInt()).isEqualTo(1);
    assertThat(created.raw().body()).doesNotContain("FE123456");

    Answer read = http.get("/api/v1/persons/" + reference.toLowerCase(), caseworker);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(audited("READ", "Person", reference)).isEqualTo(1);

    String changed = PERSON.replace("\"interpreterNeeded\":true", "\"interpreterNeeded\":false");
    assertThat(http.put("/api/v1/persons/" + reference, caseworker, changed, null).status())
        .as("a change without If-Match")
        .isEqualTo(428);
    assertThat(http.put("/api/v1/persons/" + reference, caseworker, changed, "\"7\"").status())
        .as("a change with a stale version")
        .isEqualTo(412);
    Answer ok = http.put("/api/v1/persons/" + reference, caseworker, changed, "\"0\"");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.header("ETag")).isEqualTo("\"1\"");
    assertThat(ok.json().get("interpreterNeeded").asBoolean()).isFalse();
    assertThat(http.put("/api/v1/persons/" + reference, caseworker, changed, "\"0\"").status())
        .as("the same old version again")
        .isEqualTo(412);

    Answer documents = http.get("/api/v1/persons/" + reference + "/identity-documents", caseworker);
    assertThat(documents.json().get(0).get("number").asString()).isEqualTo("FE123456");
    assertThat(documents.json().get(0).get("type").asString()).isEqualTo("PASSPORT");
  }

  @Test
  void theSafeAddressIsReadOnlyWithAPurposeAndThatReadingIsAudited() {
    String reference =
        http.post("/api/v1/persons", caseworker, PERSON).json().get("reference").asString();
    String address = "Shelter street " + System.nanoTime();
    assertThat(
            http.put(
                    "/api/v1/persons/" + reference + "/safe-address",
                    caseworker,
                    "{\"address\":\"" + address + "\"}",
                    null)
                .status())
        .isEqualTo(204);
    Answer person = http.get("/api/v1/persons/" + reference, caseworker);
    assertThat(person.json().get("safeAddressRecorded").asBoolean()).isTrue();
    assertThat(person.raw().body()).doesNotContain(address);

    assertThat(
            http.post("/api/v1/persons/" + reference + "/safe-address/reveal", caseworker, "{}")
                .status())
        .isEqualTo(400);
    Answer revealed =
        http.post(
            "/api/v1/persons/" + reference + "/safe-address/reveal",
            caseworker,
            "{\"purpose\":\"arrange transport\"}");
    assertThat(revealed.json().get("address").asString()).isEqualTo(address);
    assertThat(
            jdbc.sql(
                    "SELECT purpose FROM audit.audit_event WHERE action = 'READ' AND resource_type = 'SafeAddress' AND resource_id = ?")
                .param(reference)
                .query(String.class)
                .single())
        .isEqualTo("arrange transport");
  }

  @Test
  void badInputNamesTheFieldAndStoresNothing() {
    long before = jdbc.sql("SELECT count(*) FROM people.person").query(Long.class).single();
    Answer future =
        http.post(
            "/api/v1/persons",
            caseworker,
            PERSON.replace(
                "\"precision\":\"YEAR\",\"year\":1994",
                "\"precision\":\"EXACT\",\"date\":\"2099-01-01\""));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
    Answer country =
        http.post("/api/v1/persons", caseworker, PERSON.replace("[\"ua\"]", "[\"XX\"]"));
    assertThat(country.json().get("errors").get(0).get("field").asString())
        .isEqualTo("citizenships");
    Answer language =
        http.post(
            "/api/v1/persons", caseworker, PERSON.replace("[\"uk\",\"ru\"]", "[\"klingon\"]"));
    assertThat(language.json().get("errors").get(0).get("field").asString()).isEqualTo("languages");
    Answer name =
        http.post("/api/v1/persons", caseworker, PERSON.replace("Шевченко", "x".repeat(201)));
    assertThat(name.json().get("errors").get(0).get("message").asString()).contains("200");
    assertThat(jdbc.sql("SELECT count(*) FROM people.person").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void otherRolesCannotReadPersonRecords() {
    String reference =
        http.post("/api/v1/persons", caseworker, PERSON).json().get("reference").asString();
    String ngo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    assertThat(http.get("/api/v1/persons/" + reference, ngo).status()).isEqualTo(403);
    String admin = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    assertThat(http.get("/api/v1/persons/" + reference, admin).status()).isEqualTo(403);
  }

  @Test
  void anUnknownReferenceIsNotFound() {
    assertThat(http.get("/api/v1/persons/P-2222-2222", caseworker).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/persons/not-a-reference", caseworker).status()).isEqualTo(404);
  }

  private long audited(String action, String type, String reference) {
    return jdbc.sql(
            "SELECT count(*) FROM audit.audit_event WHERE action = ? AND resource_type = ? AND resource_id = ? AND actor = ?")
        .params(action, type, reference, caseworkerId)
        .query(Long.class)
        .single();
  }
}
