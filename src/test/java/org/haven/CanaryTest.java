package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unique marker in every sensitive field, sent through the API on the happy path and on error
 * paths: it must appear in no log line, no event payload, no audit row and no error body.
 */
@HavenTest
@ExtendWith(OutputCaptureExtension.class)
class CanaryTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void sensitiveValuesNeverLeaveTheirFields(CapturedOutput output) {
    String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Http http = new Http(port);
    String ngo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));

    String referral =
        """
        {"path":"FULL","channel":"POLICE","encounterDate":"2026-11-01","encounterPlace":"%1$s town",
         "account":"%1$s account","givenNames":"%1$s","familyName":"%1$s family","otherNames":"%1$s alias",
         "phone":"+4512345678","birth":{"precision":"YEAR","year":1990},"citizenships":["RO"],
         "consent":{"toReferral":true}}
        """
            .formatted(canary);
    String id = http.post("/api/v1/referrals", ngo, referral).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + id + "/submit", ngo, "").status()).isEqualTo(200);
    Answer accepted = http.post("/api/v1/referrals/" + id + "/accept", centre, "");
    assertThat(accepted.status()).isEqualTo(200);
    String reference = accepted.json().get("person").asString();
    http.put(
        "/api/v1/persons/" + reference + "/safe-address",
        centre,
        "{\"address\":\"" + canary + " street 1\"}",
        null);

    // Error paths: the rejected values must not be echoed back or logged.
    Answer badCountry =
        http.post(
            "/api/v1/referrals",
            ngo,
            referral.replace("[\"RO\"]", "[\"" + canary.substring(0, 2) + "X\"]"));
    Answer tooLong =
        http.post(
            "/api/v1/referrals", ngo, referral.replace(canary + " account", canary.repeat(1000)));
    Answer badJson = http.post("/api/v1/referrals", ngo, "{\"path\":\"" + canary + "\"}");
    Answer badPerson =
        http.post(
            "/api/v1/persons",
            centre,
            "{\"givenNames\":\"" + canary + "\",\"citizenships\":[\"" + canary + "\"]}");
    for (Answer error : new Answer[] {badCountry, tooLong, badJson, badPerson}) {
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.raw().body()).doesNotContain(canary);
    }

    LoggerFactory.getLogger(CanaryTest.class).info("log capture works");
    assertThat(output.getAll())
        .as("the application's log reaches the capture")
        .contains("log capture works");
    assertThat(output.getAll()).as("logs").doesNotContain(canary);
    assertThat(
            jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + canary + "%")
                .query(Long.class)
                .single())
        .as("event payloads")
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE concat_ws(' ', actor, resource_type, resource_id, purpose) LIKE ?")
                .param("%" + canary + "%")
                .query(Long.class)
                .single())
        .as("audit rows")
        .isZero();
  }
}
