package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Organisation;
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

/**
 * Shelters over real HTTP: the secret address reaches only the operator's staff and the centre
 * (never lists, capacity, placements or events), capacity answers per target group, and a placement
 * beyond capacity is refused with a reason.
 */
@HavenTest
class SheltersApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String centre;
  String staff;
  String otherStaff;
  Organisation operator;
  String address;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    operator = fixtures.organisation(OrganisationType.SHELTER_OPERATOR);
    staff = fixtures.token(fixtures.user(operator, Role.SHELTER_STAFF));
    otherStaff =
        fixtures.token(
            fixtures.user(
                fixtures.organisation(OrganisationType.SHELTER_OPERATOR), Role.SHELTER_STAFF));
    address = "Hemmelig Allé " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void theSecretAddressReachesOnlyTheOperatorAndTheCentre() {
    Answer created =
        http.post(
            "/api/v1/shelters",
            staff,
            """
            {"name":"Safe House North","municipality":"Aalborg","address":"%s","contact":"+45 1111 2222",
             "approved":true,"places":{"WOMEN":4,"CHILDREN":2}}
            """
                .formatted(address));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String id = created.json().get("id").asString();

    assertThat(http.get("/api/v1/shelters/" + id, staff).json().get("address").asString())
        .isEqualTo(address);
    assertThat(http.get("/api/v1/shelters/" + id, centre).json().get("address").asString())
        .isEqualTo(address);
    assertThat(http.get("/api/v1/shelters/" + id, otherStaff).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/shelters", centre).raw().body())
        .contains("Safe House North")
        .doesNotContain(address);
    assertThat(http.get("/api/v1/shelters", otherStaff).raw().body())
        .doesNotContain("Safe House North");
    Answer capacity = http.get("/api/v1/shelters/capacity?targetGroup=WOMEN", centre);
    assertThat(capacity.raw().body()).contains(id).doesNotContain(address);

    String person =
        http.post(
                "/api/v1/persons",
                centre,
                """
                {"givenNames":"Lan","familyName":"Nguyen%s","gender":"Feminine","birth":{"precision":"YEAR","year":1995},
                 "citizenships":["VN"]}
                """
                    .formatted(UUID.randomUUID().toString().substring(0, 4)))
            .json()
            .get("reference")
            .asString();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    Answer placed =
        http.post(
            "/api/v1/placements",
            centre,
            """
            {"person":"%s","shelter":"%s","targetGroup":"CHILDREN","startsOn":"%s","plannedTo":"%s"}
            """
                .formatted(person, id, today, today.plusDays(30)));
    assertThat(placed.status()).as(placed.raw().body()).isEqualTo(201);
    assertThat(
            http.post(
                    "/api/v1/placements",
                    staff,
                    "{\"person\":\"%s\",\"shelter\":\"%s\",\"targetGroup\":\"WOMEN\",\"startsOn\":\"%s\"}"
                        .formatted(person, id, today))
                .status())
        .as("the centre decides who goes where, not the shelter")
        .isEqualTo(403);
    assertThat(placed.raw().body()).doesNotContain(address);
    Answer again =
        http.post(
            "/api/v1/placements",
            centre,
            """
            {"person":"%s","shelter":"%s","targetGroup":"CHILDREN","startsOn":"%s"}
            """
                .formatted(person, id, today.plusDays(3)));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("errors").get(0).get("message").asString())
        .contains("already has a place");

    assertThat(
            http.get(
                    "/api/v1/shelters/capacity?targetGroup=CHILDREN&date=" + today.plusDays(1),
                    staff)
                .json()
                .findValues("free")
                .get(0)
                .asInt())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM public.event_publication WHERE serialized_event LIKE ?")
                .param("%" + address + "%")
                .query(Long.class)
                .single())
        .as("no event carries the address")
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'Shelter' AND resource_id = ? AND purpose = 'address'")
                .param(id)
                .query(Long.class)
                .single())
        .as("each reading of the address is audited")
        .isEqualTo(2);
  }
}
