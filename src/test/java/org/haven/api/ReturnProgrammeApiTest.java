package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.haven.access.AccessFixtures;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The voluntary return programme over real HTTP: the centre checks eligibility and applies to IOM;
 * IOM's staff see that return (and no other, and nothing before the application), assess it, and
 * cannot plan it; the centre plans the travel only after IOM accepted.
 */
@HavenTest
class ReturnProgrammeApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void iomWorksOnTheReturnsHandedToItOnly() {
    Http http = new Http(port);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    Organisation iom = fixtures.organisation(OrganisationType.INTERNATIONAL_ORGANISATION);
    String iomStaff = fixtures.token(fixtures.user(iom, Role.RETURN_ORGANISATION_STAFF));
    String otherStaff =
        fixtures.token(
            fixtures.user(
                fixtures.organisation(OrganisationType.INTERNATIONAL_ORGANISATION),
                Role.RETURN_ORGANISATION_STAFF));
    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);
    String person =
        http.get("/api/v1/cases/" + caseId, centre)
            .json()
            .get("summary")
            .get("personReference")
            .asString();

    Answer offered =
        http.post(
            "/api/v1/repatriations",
            centre,
            "{\"person\":\"%s\",\"programme\":\"VOLUNTARY_RETURN_IOM\"}".formatted(person));
    assertThat(offered.status()).as(offered.raw().body()).isEqualTo(201);
    String id = offered.json().get("id").asString();
    String path = "/api/v1/repatriations/" + id;
    Answer accepted = send(http, centre, "POST", path + "/answer", "{\"accepted\":true}", offered);
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(http.get(path, iomStaff).status())
        .as("not handed yet: it does not exist")
        .isEqualTo(404);

    Answer notYet =
        send(
            http,
            centre,
            "POST",
            path + "/application",
            "{\"partner\":\"%s\"}".formatted(iom.id()),
            accepted);
    assertThat(notYet.status()).as("eligibility first").isEqualTo(400);
    Answer checked =
        send(
            http,
            centre,
            "POST",
            path + "/eligibility",
            """
            {"criteriaMet":["IDENTIFIED_OR_PRESUMED_VICTIM","WISHES_TO_RETURN_VOLUNTARILY",
              "CONSENTS_TO_SHARING_WITH_RETURN_ORGANISATION","TRAVEL_DOCUMENT_HELD_OR_OBTAINABLE",
              "RISK_ASSESSED_NO_SERIOUS_RISK","FIT_TO_TRAVEL"]}
            """,
            accepted);
    assertThat(checked.status()).as(checked.raw().body()).isEqualTo(200);
    assertThat(checked.json().get("eligible").asBoolean()).isTrue();
    Answer applied =
        send(
            http,
            centre,
            "POST",
            path + "/application",
            "{\"partner\":\"%s\"}".formatted(iom.id()),
            checked);
    assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);

    assertThat(http.get("/api/v1/repatriations/handed", iomStaff).json().toString()).contains(id);
    assertThat(http.get("/api/v1/repatriations/handed", otherStaff).json().toString())
        .doesNotContain(id);
    assertThat(http.get(path, otherStaff).status())
        .as("another organisation's return")
        .isEqualTo(404);
    Answer seen = http.get(path, iomStaff);
    assertThat(seen.status()).isEqualTo(200);

    Answer planByIom =
        send(http, iomStaff, "PUT", path + "/plan", "{\"destinationCountry\":\"RO\"}", seen);
    assertThat(planByIom.status()).as("the centre plans").isEqualTo(403);
    Answer planTooEarly =
        send(http, centre, "PUT", path + "/plan", "{\"destinationCountry\":\"RO\"}", seen);
    assertThat(planTooEarly.status()).as("not before IOM accepted").isEqualTo(400);

    Answer assessed =
        send(
            http,
            iomStaff,
            "POST",
            path + "/assessment",
            "{\"outcome\":\"ACCEPTED\",\"note\":\"Flight via Bucharest\"}",
            seen);
    assertThat(assessed.status()).as(assessed.raw().body()).isEqualTo(200);
    assertThat(assessed.json().get("assessment").asString()).isEqualTo("ACCEPTED");
    Answer planned =
        send(
            http,
            centre,
            "PUT",
            path + "/plan",
            "{\"destinationCountry\":\"RO\",\"destinationPlace\":\"Iasi\",\"travel\":\"Flight with IOM escort\"}",
            assessed);
    assertThat(planned.status()).as(planned.raw().body()).isEqualTo(200);
    assertThat(planned.json().get("partner").asString()).isEqualTo(iom.id().toString());
    Answer grant =
        send(
            http,
            centre,
            "POST",
            path + "/support-items",
            "{\"type\":\"REINTEGRATION_GRANT\",\"amount\":2000,\"currency\":\"EUR\",\"inKind\":true}",
            planned);
    assertThat(grant.status()).as(grant.raw().body()).isEqualTo(200);
    assertThat(grant.json().get("supportItems").get(0).get("inKind").asBoolean()).isTrue();
  }

  private static Answer send(
      Http http, String token, String method, String path, String body, Answer previous) {
    return http.send(method, path, token, body, Map.of("If-Match", previous.header("ETag")));
  }
}
