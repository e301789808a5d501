package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import tools.jackson.databind.JsonNode;

/**
 * The annual report counts the authorities' field work: a joint action held (by lead authority and
 * sector, persons met, screenings, referrals) and a criminal case charged, prosecuted and ending in
 * a conviction (by form of exploitation), and an NGO's outreach (activities by type, persons met);
 * the Eurostat export carries the criminal justice tables.
 */
@HavenTest
class FieldStatisticsApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aJointActionAndACriminalCaseReachTheAnnualReportAndEurostat() {
    Http http = new Http(port);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    int year = today.getYear();
    String analyst = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    TestUser policeUser = fixtures.user(district, Role.POLICE_KEY_PERSON);
    String police = fixtures.token(policeUser);
    String path = "/api/v1/statistics/annual/" + year + "?disclosure=exact";
    JsonNode before = http.get(path, analyst).json();

    Answer planned =
        http.post(
            "/api/v1/joint-actions",
            police,
            """
            {"title":"Farms, statistics","lead":"%s","startsAt":"%sT00:01:00+01:00","sector":"A",
             "siteType":"FARM","municipality":"Lolland"}
            """
                .formatted(district.id(), today));
    assertThat(planned.status()).as(planned.raw().body()).isEqualTo(201);
    String action = planned.json().get("id").asString();
    Answer recorded =
        http.put(
            "/api/v1/joint-actions/" + action + "/record",
            police,
            "{\"met\":[{\"sex\":\"MALE\",\"ageBand\":\"AGE_25_34\",\"people\":7}],\"screenings\":[{\"indicators\":[]}],\"interviews\":1}",
            null);
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
    assertThat(http.post("/api/v1/joint-actions/" + action + "/referrals", police, "{}").status())
        .isEqualTo(201);

    String worker =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    Answer activity =
        http.post(
            "/api/v1/outreach/activities",
            worker,
            "{\"type\":\"STREET\",\"date\":\"%s\",\"durationMinutes\":90,\"municipality\":\"Odense\"}"
                .formatted(today));
    assertThat(activity.status()).as(activity.raw().body()).isEqualTo(201);
    assertThat(
            http.post(
                    "/api/v1/outreach/activities/"
                        + activity.json().get("id").asString()
                        + "/contacts",
                    worker,
                    "{\"sex\":\"FEMALE\",\"ageBand\":\"AGE_25_34\",\"people\":3}")
                .status())
        .isEqualTo(201);

    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);
    Answer kept =
        http.put(
            "/api/v1/cases/" + caseId + "/investigation",
            centre,
            """
            {"policeDistrict":"%s","offences":["DK_PENAL_262A"],"exploitation":["SexualExploitation"],
             "charges":[{"date":"%s","suspects":2}],
             "decision":{"date":"%s","outcome":"INDICTED"},
             "verdict":{"date":"%s","outcome":"CONVICTED","convicted":1}}
            """
                .formatted(district.id(), today.minusDays(2), today.minusDays(1), today),
            null);
    assertThat(kept.status()).as(kept.raw().body()).isEqualTo(200);

    JsonNode after =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () -> http.get(path, analyst).json(),
                r ->
                    number(r, "jointActions", "total") > number(before, "jointActions", "total")
                        && number(r, "jointActions", "referrals")
                            > number(before, "jointActions", "referrals")
                        && number(r, "criminal", "convicted", "total")
                            > number(before, "criminal", "convicted", "total"));
    assertThat(delta(before, after, "jointActions", "byLead", "POLICE_DISTRICT")).isEqualTo(1);
    assertThat(delta(before, after, "jointActions", "bySector", "A")).isEqualTo(1);
    assertThat(delta(before, after, "jointActions", "personsMet")).isEqualTo(7);
    assertThat(delta(before, after, "jointActions", "screenings")).isEqualTo(1);
    assertThat(delta(before, after, "jointActions", "referrals")).isEqualTo(1);
    assertThat(delta(before, after, "criminal", "investigations")).isEqualTo(1);
    assertThat(delta(before, after, "criminal", "suspects", "SEXUAL")).isEqualTo(2);
    assertThat(delta(before, after, "criminal", "prosecuted", "SEXUAL")).isEqualTo(2);
    assertThat(delta(before, after, "criminal", "convicted", "SEXUAL")).isEqualTo(1);
    assertThat(delta(before, after, "criminal", "convicted", "LABOUR")).isZero();
    assertThat(delta(before, after, "outreach", "activities", "byType", "STREET")).isEqualTo(1);
    assertThat(delta(before, after, "outreach", "contacts")).isEqualTo(3);

    // rebuilt from the records, the field work's figures are the same
    String admin = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    Answer rebuilt = http.post("/api/v1/statistics/projections/rebuild", admin, "");
    assertThat(rebuilt.status()).as(rebuilt.raw().body()).isEqualTo(200);
    assertThat(rebuilt.json().get("jointActions").asLong()).isPositive();
    JsonNode again = http.get(path, analyst).json();
    assertThat(again.get("jointActions")).isEqualTo(after.get("jointActions"));
    assertThat(again.get("criminal")).isEqualTo(after.get("criminal"));

    String eurostat = http.get("/api/v1/exports/eurostat/" + year + ".csv", analyst).raw().body();
    assertThat(eurostat)
        .contains(year + ",SUSPECTS_BY_FORM,*,SEXUAL,")
        .contains(year + ",PROSECUTED_BY_FORM,*,*,")
        .contains(year + ",CONVICTED_BY_FORM,*,LABOUR,");
  }

  private static long delta(JsonNode before, JsonNode after, String... path) {
    return number(after, path) - number(before, path);
  }

  private static long number(JsonNode report, String... path) {
    JsonNode node = report;
    for (String step : path) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return 0;
      }
      node = node.get(step);
    }
    return node == null || node.isNull() ? 0 : node.asLong();
  }
}
