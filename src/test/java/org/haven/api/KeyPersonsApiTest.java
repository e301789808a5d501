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

/**
 * The key-person directory over real HTTP: the centre keeps it, anyone signed in finds a district's
 * key person by region, nobody else changes it, and bad input gets field errors.
 */
@HavenTest
class KeyPersonsApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @Test
  void theCentreKeepsTheDirectoryAndEveryoneFindsAKeyPerson() {
    Http http = new Http(port);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String ngo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    String tax = fixtures.token(fixtures.user(Role.TAX_INSPECTOR));
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation notPolice = fixtures.organisation(OrganisationType.NGO);
    String body =
        """
        {"district":"%s","name":"Inspector Bodil Krogh","phone":"+45 1234 5678","routes":"Duty desk after 16"}
        """
            .formatted(district.id());

    assertThat(http.post("/api/v1/key-persons", ngo, body).status()).isEqualTo(403);
    Answer added = http.post("/api/v1/key-persons", centre, body);
    assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    String id = added.json().get("id").asString();

    Answer found = http.get("/api/v1/key-persons?q=" + district.name().replace(" ", "%20"), tax);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.raw().body()).contains("Bodil Krogh").contains(district.name());
    assertThat(http.get("/api/v1/key-persons?q=nowhere-at-all", ngo).json().size()).isZero();

    Answer notADistrict =
        http.post(
            "/api/v1/key-persons",
            centre,
            "{\"district\":\"%s\",\"name\":\"X\",\"phone\":\"1\"}".formatted(notPolice.id()));
    assertThat(notADistrict.status()).isEqualTo(400);
    assertThat(notADistrict.raw().body()).contains("\"field\":\"district\"");
    Answer noRoute =
        http.post(
            "/api/v1/key-persons",
            centre,
            "{\"district\":\"%s\",\"name\":\"X\"}".formatted(district.id()));
    assertThat(noRoute.status()).isEqualTo(400);
    assertThat(noRoute.raw().body()).contains("\"field\":\"phone\"");

    Answer changed =
        http.send(
            "PUT",
            "/api/v1/key-persons/" + id,
            centre,
            body.replace("Bodil Krogh", "Bodil Krogh-Hansen"),
            Map.of("If-Match", added.header("ETag")));
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(
            http.send(
                    "PUT",
                    "/api/v1/key-persons/" + id,
                    centre,
                    body,
                    Map.of("If-Match", added.header("ETag")))
                .status())
        .as("a stale version")
        .isIn(409, 412);
    assertThat(http.delete("/api/v1/key-persons/" + id, centre).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/key-persons/" + id, ngo).status()).isEqualTo(404);
  }
}
