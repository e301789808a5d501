package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
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
 * A task force over real HTTP: a member sees a linked person only once the case is shared with its
 * organisation on consent, the reading audited with the task force as purpose; an organisation
 * removed from the task force reads nothing through it at once; meetings and the closing report.
 */
@HavenTest
class TaskForcesApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void membersSeeAPersonOnlyUnderConsentAndARemovedOrganisationReadsNothing() {
    Http http = new Http(port);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation labour = fixtures.organisation(OrganisationType.LABOUR_INSPECTORATE);
    TestUser policeUser = fixtures.user(district, Role.POLICE_KEY_PERSON);
    String police = fixtures.token(policeUser);
    String inspector = fixtures.token(fixtures.user(labour, Role.LABOUR_INSPECTOR));
    String outsider = fixtures.token(fixtures.user(Role.NGO_WORKER));
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);

    String setUp =
        """
        {"name":"Agriculture %s","purpose":"Seasonal workers on vegetable farms","lead":"%s",
         "organisations":["%s","%s"],"members":["%s"],"sector":"A","startsOn":"%s"}
        """;
    Answer founded =
        http.post(
            "/api/v1/task-forces",
            police,
            setUp.formatted(
                "south",
                district.id(),
                district.id(),
                labour.id(),
                policeUser.id().value(),
                today.minusMonths(2)));
    assertThat(founded.status()).as(founded.raw().body()).isEqualTo(201);
    String id = founded.json().get("id").asString();
    assertThat(http.get("/api/v1/task-forces/" + id, outsider).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/task-forces/" + id, inspector).status()).isEqualTo(200);

    assertThat(
            http.post(
                    "/api/v1/task-forces/" + id + "/cases",
                    police,
                    "{\"case\":\"%s\"}".formatted(caseId))
                .status())
        .as("only the centre links persons")
        .isEqualTo(403);
    assertThat(
            http.post(
                    "/api/v1/task-forces/" + id + "/cases",
                    centre,
                    "{\"case\":\"%s\"}".formatted(caseId))
                .status())
        .isEqualTo(204);
    assertThat(http.get("/api/v1/task-forces/" + id + "/caseload", police).json().size())
        .as("no consent, no legal basis: the member does not see the person")
        .isZero();
    assertThat(http.get("/api/v1/task-forces/" + id + "/caseload", centre).json().size()).isOne();

    Answer shared =
        http.post(
            "/api/v1/cases/" + caseId + "/shares",
            centre,
            """
            {"organisation":"%s","parts":["SUMMARY"],"basis":"CONSENT","consentGivenOn":"%s"}
            """
                .formatted(district.id(), today));
    assertThat(shared.status()).as(shared.raw().body()).isEqualTo(201);
    Answer caseload = http.get("/api/v1/task-forces/" + id + "/caseload", police);
    assertThat(caseload.json().size()).isOne();
    assertThat(caseload.json().get(0).get("basis").asString()).isEqualTo("CONSENT");
    assertThat(http.get("/api/v1/task-forces/" + id + "/caseload", inspector).json().size())
        .as("the labour inspectorate has no share")
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'Case' AND resource_id = ?"
                        + " AND actor = ? AND purpose LIKE ?")
                .params(caseId, policeUser.id().toString(), "task force " + id + "%")
                .query(Long.class)
                .single())
        .as("the reading is audited with the task force as purpose")
        .isEqualTo(1);

    Answer futureMeeting =
        http.post(
            "/api/v1/task-forces/" + id + "/meetings",
            inspector,
            "{\"heldOn\":\"%s\",\"minutes\":\"Plan\"}".formatted(today.plusDays(3)));
    assertThat(futureMeeting.status()).isEqualTo(400);
    assertThat(futureMeeting.raw().body()).contains("\"field\":\"heldOn\"");
    assertThat(
            http.post(
                    "/api/v1/task-forces/" + id + "/meetings",
                    inspector,
                    "{\"heldOn\":\"%s\",\"minutes\":\"Four farms visited\",\"decisions\":\"Joint action in May\"}"
                        .formatted(today))
                .status())
        .isEqualTo(201);

    Answer current = http.get("/api/v1/task-forces/" + id, police);
    Answer withoutPolice =
        http.send(
            "PUT",
            "/api/v1/task-forces/" + id,
            inspector,
            setUp
                .formatted("south", labour.id(), labour.id(), labour.id(), "", today.minusMonths(2))
                .replace("\"members\":[\"\"]", "\"members\":[]"),
            Map.of("If-Match", current.header("ETag")));
    assertThat(withoutPolice.status())
        .as("the lead changes, so only the centre or the lead may: the inspector may not")
        .isEqualTo(403);
    Answer removed =
        http.send(
            "PUT",
            "/api/v1/task-forces/" + id,
            centre,
            setUp
                .formatted("south", labour.id(), labour.id(), labour.id(), "", today.minusMonths(2))
                .replace("\"members\":[\"\"]", "\"members\":[]"),
            Map.of("If-Match", current.header("ETag")));
    assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
    assertThat(http.get("/api/v1/task-forces/" + id + "/caseload", police).status())
        .as("removed: the police district reads nothing through the task force any more")
        .isEqualTo(404);
    assertThat(http.get("/api/v1/task-forces", police).raw().body()).doesNotContain(id);

    assertThat(http.post("/api/v1/task-forces/" + id + "/close", inspector, "{}").status())
        .isEqualTo(400);
    Answer closed =
        http.post(
            "/api/v1/task-forces/" + id + "/close",
            inspector,
            "{\"report\":\"Four employers reported; two cases charged.\"}");
    assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
    assertThat(http.get("/api/v1/task-forces/" + id + "/caseload", centre).json().size()).isZero();
    assertThat(
            http.post(
                    "/api/v1/task-forces/" + id + "/meetings",
                    inspector,
                    "{\"heldOn\":\"%s\",\"minutes\":\"Late\"}".formatted(today))
                .status())
        .isEqualTo(409);
  }
}
