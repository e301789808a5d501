package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.haven.access.AccessFixtures;
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
 * A prepared repatriation over real HTTP: agreeing extends the period through identification's
 * policy, the departure ends the placement and the period, reports and costs follow.
 */
@HavenTest
class RepatriationsApiTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String centre;
  String ngo;
  LocalDate today;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    today = LocalDate.now(ZONE);
  }

  @Test
  void aPreparedRepatriationFromAgreementToFollowUp() {
    String identification = victimWithPeriod();
    String person =
        http.get("/api/v1/identifications/" + identification, centre)
            .json()
            .get("person")
            .asString();
    Answer shelter =
        http.post(
            "/api/v1/shelters",
            centre,
            """
            {"operator":"%s","name":"Crisis centre","municipality":"Odense","address":"Secret 2","approved":true,
             "places":{"WOMEN":3}}
            """
                .formatted(fixtures.organisation(OrganisationType.SHELTER_OPERATOR).id()));
    assertThat(shelter.status()).as(shelter.raw().body()).isEqualTo(201);
    Answer placed =
        http.post(
            "/api/v1/placements",
            centre,
            "{\"person\":\"%s\",\"shelter\":\"%s\",\"targetGroup\":\"WOMEN\",\"startsOn\":\"%s\"}"
                .formatted(person, shelter.json().get("id").asString(), today.minusDays(3)));
    assertThat(placed.status()).as(placed.raw().body()).isEqualTo(201);

    Answer offered =
        http.post(
            "/api/v1/repatriations",
            centre,
            "{\"person\":\"%s\",\"programme\":\"PREPARED_REPATRIATION\"}".formatted(person));
    assertThat(offered.status()).as(offered.raw().body()).isEqualTo(201);
    String id = offered.json().get("id").asString();

    Answer tooLong =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/answer",
            "{\"accepted\":true,\"extendPeriodDays\":91}",
            offered);
    assertThat(tooLong.status())
        .as("beyond 120 days: the policy refuses, nothing is saved")
        .isEqualTo(400);
    assertThat(http.get("/api/v1/repatriations/" + id, centre).json().get("status").asString())
        .isEqualTo("OFFERED");
    Answer accepted =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/answer",
            "{\"accepted\":true,\"extendPeriodDays\":60}",
            offered);
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(
            http.get("/api/v1/identifications/" + identification, centre)
                .json()
                .get("period")
                .get("days")
                .asInt())
        .isEqualTo(90);

    Answer early =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/departure",
            "{\"actualDeparture\":\"%s\"}".formatted(today),
            accepted);
    assertThat(early.status()).as("no departure before the plan").isEqualTo(400);

    Answer planned =
        send(
            "PUT",
            "/api/v1/repatriations/" + id + "/plan",
            "{\"destinationCountry\":\"RO\",\"destinationPlace\":\"Iasi\",\"plannedDeparture\":\"%s\",\"travel\":\"Bus\"}"
                .formatted(today),
            accepted);
    assertThat(planned.status()).as(planned.raw().body()).isEqualTo(200);
    Answer badCurrency =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/support-items",
            "{\"type\":\"HOUSING\",\"amount\":500,\"currency\":\"RUPEE\"}",
            planned);
    assertThat(badCurrency.status()).isEqualTo(400);
    assertThat(badCurrency.json().get("errors").get(0).get("field").asString())
        .isEqualTo("currency");
    Answer textAmount =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/support-items",
            "{\"type\":\"HOUSING\",\"amount\":\"five hundred\",\"currency\":\"EUR\"}",
            planned);
    assertThat(textAmount.status()).isEqualTo(400);
    assertThat(textAmount.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
    assertThat(textAmount.raw().body()).doesNotContain("five hundred");
    Answer item =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/support-items",
            "{\"type\":\"MONTHLY_ALLOWANCE\",\"amount\":200,\"currency\":\"EUR\",\"months\":6}",
            planned);
    item =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/support-items",
            "{\"type\":\"BUSINESS_START_UP\",\"amount\":1500,\"currency\":\"EUR\"}",
            item);
    assertThat(item.json().get("costs").get("EUR").decimalValue()).isEqualByComparingTo("2700");

    Answer departed =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/departure",
            "{\"actualDeparture\":\"%s\"}".formatted(today),
            item);
    assertThat(departed.status()).as(departed.raw().body()).isEqualTo(200);
    assertThat(departed.json().get("reintegrationEndsOn").asString())
        .isEqualTo(today.plusMonths(6).toString());
    Answer period = http.get("/api/v1/identifications/" + identification, centre);
    assertThat(period.json().get("period").get("endReason").asString()).isEqualTo("DEPARTED");
    assertThat(
            jdbc.sql("SELECT end_reason FROM accommodation.placement WHERE id = ?::uuid")
                .param(placed.json().get("id").asString())
                .query(String.class)
                .single())
        .isEqualTo("DEPARTED");

    Answer report =
        send(
            "POST",
            "/api/v1/repatriations/" + id + "/follow-ups",
            "{\"reportedOn\":\"%s\",\"status\":\"ON_TRACK\",\"safe\":true,\"reachable\":true,\"note\":\"Settled in\"}"
                .formatted(today),
            departed);
    assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
    assertThat(report.json().get("followUps")).hasSize(1);

    Answer costs = http.get("/api/v1/repatriations/costs?by=COUNTRY", centre);
    assertThat(costs.json().findValuesAsString("key")).contains("RO");

    String caseId =
        jdbc.sql(
                "SELECT c.id::text FROM casework.case_file c JOIN identification.identification i ON i.person_id = c.person_id WHERE i.id = ?::uuid")
            .param(identification)
            .query(String.class)
            .single();
    Answer plan =
        http.post(
            "/api/v1/cases/" + caseId + "/support-plans",
            centre,
            "{\"type\":\"PSYCHOLOGICAL\",\"objectives\":\"Weekly sessions\",\"plannedEnd\":\"%s\"}"
                .formatted(today.plusDays(60)));
    assertThat(plan.status()).as(plan.raw().body()).isEqualTo(201);
    assertThat(plan.raw().body()).doesNotContain("Weekly sessions");
    Answer service =
        http.post(
            "/api/v1/cases/" + caseId + "/services",
            centre,
            "{\"plan\":\"%s\",\"type\":\"PSYCHOLOGICAL\",\"deliveredOn\":\"%s\",\"note\":\"First session\"}"
                .formatted(plan.json().get("id").asString(), today));
    assertThat(service.status()).as(service.raw().body()).isEqualTo(201);
    Answer future =
        http.post(
            "/api/v1/cases/" + caseId + "/services",
            centre,
            "{\"type\":\"MEDICAL\",\"deliveredOn\":\"%s\"}".formatted(today.plusDays(1)));
    assertThat(future.status()).as("a service cannot be given tomorrow").isEqualTo(400);
    Answer folder = http.get("/api/v1/cases/" + caseId, centre);
    assertThat(folder.json().get("supportPlans").findValuesAsString("objectives"))
        .containsExactly("Weekly sessions");
    assertThat(folder.json().get("services")).hasSize(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        http.get("/api/v1/cases/" + caseId + "/timeline", centre)
                            .json()
                            .findValuesAsString("kind"))
                    .contains(
                        "SUPPORT_PLAN",
                        "SERVICE_DELIVERED",
                        "PERSON_RETURNED",
                        "REPATRIATION_AGREED",
                        "PLACEMENT_STARTED",
                        "PLACEMENT_ENDED"));
  }

  @Test
  void anOfferIsCancelledBeforeDepartureWithItsReasonOnce() {
    String identification = victimWithPeriod();
    String person =
        http.get("/api/v1/identifications/" + identification, centre)
            .json()
            .get("person")
            .asString();
    Answer offered =
        http.post(
            "/api/v1/repatriations",
            centre,
            "{\"person\":\"%s\",\"programme\":\"PREPARED_REPATRIATION\"}".formatted(person));
    assertThat(offered.status()).as(offered.raw().body()).isEqualTo(201);
    String cancel = "/api/v1/repatriations/" + offered.json().get("id").asString() + "/cancel";

    assertThat(http.post(cancel, centre, "{\"reason\":\"Stays\"}").status())
        .as("without If-Match the change is refused")
        .isEqualTo(428);
    assertThat(
            http.send(
                    "POST",
                    cancel,
                    ngo,
                    "{\"reason\":\"Stays\"}",
                    Map.of("If-Match", offered.header("ETag")))
                .status())
        .as("the centre coordinates repatriation")
        .isEqualTo(403);
    Answer noReason = send("POST", cancel, "{\"reason\":\" \"}", offered);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.raw().body()).contains("reason");

    Answer cancelled = send("POST", cancel, "{\"reason\":\"Granted residence\"}", offered);
    assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(send("POST", cancel, "{\"reason\":\"Again\"}", cancelled).status())
        .as("a cancelled repatriation stays cancelled")
        .isEqualTo(400);
  }

  private Answer send(String method, String path, String body, Answer previous) {
    return http.send(method, path, centre, body, Map.of("If-Match", previous.header("ETag")));
  }

  private String victimWithPeriod() {
    String body = ReferralsApiTest.FULL.replace("2026-11-01", today.minusDays(20).toString());
    String referral = http.post("/api/v1/referrals", ngo, body).json().get("id").asString();
    http.post("/api/v1/referrals/" + referral + "/submit", ngo, "");
    http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}");
    String identification =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jdbc.sql(
                            "SELECT id::text FROM identification.identification WHERE referral_id = ?::uuid")
                        .param(referral)
                        .query(String.class)
                        .optional()
                        .orElse(null),
                id -> id != null);
    Answer read = http.get("/api/v1/identifications/" + identification, centre);
    Answer residence =
        http.put(
            "/api/v1/identifications/" + identification + "/residence-status",
            centre,
            "{\"residenceStatus\":\"EU_CITIZEN\"}",
            read.header("ETag"));
    Answer decided =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/decision",
            centre,
            "{\"outcome\":\"VICTIM\",\"decidedOn\":\"%s\",\"forms\":[\"SexualExploitation\"]}"
                .formatted(today),
            Map.of("If-Match", residence.header("ETag")));
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
    return identification;
  }
}
