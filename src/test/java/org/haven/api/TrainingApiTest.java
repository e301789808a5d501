package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * The training register over real HTTP: the centre registers a course and its sessions, everyone
 * reads, and the year's participants by sector are the sums of the sessions begun in that year.
 */
@HavenTest
class TrainingApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void theCentreRegistersCoursesAndSessionsAndTheYearIsCountedBySector() {
    Http http = new Http(port);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    int year = today.getYear();
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String police = fixtures.token(fixtures.user(Role.POLICE_KEY_PERSON));
    Organisation municipality = fixtures.organisation(OrganisationType.MUNICIPALITY);
    long policeBefore =
        http.get("/api/v1/training/participants?year=" + year, police)
            .json()
            .path("bySector")
            .path("POLICE")
            .asLong();

    Answer refused =
        http.post(
            "/api/v1/training/courses",
            centre,
            """
            {"title":"","sectors":[]}
            """);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().body()).contains("\"title\"").contains("\"sectors\"");
    assertThat(
            http.post(
                    "/api/v1/training/courses",
                    police,
                    """
                    {"title":"Mine","sectors":["POLICE"]}
                    """)
                .status())
        .as("only the centre keeps the register")
        .isEqualTo(403);

    Answer course =
        http.post(
            "/api/v1/training/courses",
            centre,
            """
            {"title":"Recognising trafficking","description":"Indicators and referral",
             "sectors":["POLICE","MUNICIPALITY","POLICE"],"materials":"Slides v3"}
            """);
    assertThat(course.status()).isEqualTo(201);
    String id = course.json().path("id").asText();
    assertThat(course.json().path("sectors").toString()).isEqualTo("[\"POLICE\",\"MUNICIPALITY\"]");

    Answer badSession =
        http.post(
            "/api/v1/training/courses/" + id + "/sessions",
            centre,
            """
            {"heldOn":"%s","participants":{"POLICE":-3}}
            """
                .formatted(today.plusDays(2)));
    assertThat(badSession.status()).isEqualTo(400);
    assertThat(badSession.raw().body()).contains("\"heldOn\"").contains("\"participants\"");

    Answer first =
        http.post(
            "/api/v1/training/courses/" + id + "/sessions",
            centre,
            """
            {"heldOn":"%s","place":"Aarhus","organisations":["%s"],
             "participants":{"POLICE":12,"MUNICIPALITY":5,"NGO":0}}
            """
                .formatted(today, municipality.id()));
    assertThat(first.status()).isEqualTo(201);
    Answer second =
        http.post(
            "/api/v1/training/courses/" + id + "/sessions",
            centre,
            """
            {"heldOn":"%s","endsOn":"%s","participants":{"POLICE":8}}
            """
                .formatted(today.minusYears(1), today.minusYears(1).plusDays(1)));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().path("participants").asInt()).isEqualTo(25);
    assertThat(second.json().path("sessions").size()).isEqualTo(2);
    assertThat(second.json().path("sessions").get(0).path("heldOn").asText())
        .as("earliest first")
        .isEqualTo(today.minusYears(1).toString());
    assertThat(second.json().path("sessions").get(1).path("participants").toString())
        .as("a sector nobody came from is not kept")
        .isEqualTo("{\"POLICE\":12,\"MUNICIPALITY\":5}");

    Answer read = http.get("/api/v1/training/courses/" + id, police);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("title").asText()).isEqualTo("Recognising trafficking");

    Answer thisYear = http.get("/api/v1/training/participants?year=" + year, police);
    assertThat(thisYear.json().path("bySector").path("POLICE").asLong())
        .isEqualTo(policeBefore + 12);
    assertThat(thisYear.json().path("bySector").size()).as("every sector").isEqualTo(10);
    long sum = 0;
    for (var value : thisYear.json().path("bySector")) {
      sum += value.asLong();
    }
    assertThat(thisYear.json().path("total").asLong()).isEqualTo(sum);

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'TrainingCourse' AND resource_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .as("the course and both sessions are audited")
        .isEqualTo(3);
  }
}
