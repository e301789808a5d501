package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.identification.PeriodDeadlinesProbe;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The journey after acceptance over real HTTP: identification opens by itself, interviews, the
 * competent authority's decision, the period and its extensions, the case timeline across modules,
 * deadline tasks, and consent-bound sharing.
 */
@HavenTest
class IdentificationApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired PeriodDeadlinesProbe deadlines;

  Http http;
  TestUser caseworker;
  String centre;
  String officer;
  String ngo;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    centre = fixtures.token(caseworker);
    officer =
        fixtures.token(
            fixtures.user(
                fixtures.organisation(OrganisationType.IMMIGRATION_SERVICE),
                Role.IMMIGRATION_OFFICER));
    ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
  }

  @Test
  void aCaseworkerTakesAPersonFromReferralToDecisionAndPeriod() {
    String identification = acceptedReferral();
    Answer read = http.get("/api/v1/identifications/" + identification, centre);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(read.json().get("person").asString()).startsWith("P-");

    Answer residence =
        http.put(
            "/api/v1/identifications/" + identification + "/residence-status",
            centre,
            "{\"residenceStatus\":\"NO_LEGAL_RESIDENCE\"}",
            read.header("ETag"));
    assertThat(residence.status()).as(residence.raw().body()).isEqualTo(200);
    assertThat(residence.json().get("competentAuthority").asString())
        .isEqualTo("IMMIGRATION_SERVICE");

    Answer scheduled =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/interviews",
            centre,
            """
            {"scheduledAt":"2026-11-20T09:00:00Z","placeType":"CENTRE","municipality":"København",
             "interpreterLanguage":"ro","companionPresent":true}
            """,
            Map.of("Idempotency-Key", "interview-" + identification));
    assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(201);
    String interview = scheduled.json().get("interview").asString();

    Answer held =
        http.send(
            "PATCH",
            "/api/v1/identifications/" + identification + "/interviews/" + interview,
            centre,
            """
            {"status":"HELD","heldOn":"2026-11-20","indicators":["DEBT_BONDAGE"],"notes":"Account of recruitment."}
            """,
            Map.of("If-Match", scheduled.header("ETag")));
    assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
    assertThat(held.json().get("interviews").get(0).get("status").asString()).isEqualTo("HELD");
    assertThat(held.json().get("interviews").get(0).get("notes").isNull())
        .as("testimony only on request")
        .isTrue();
    assertThat(
            jdbc.sql("SELECT action FROM audit.audit_event WHERE request_id = ?")
                .param(held.header("X-Request-Id"))
                .query(String.class)
                .list())
        .as("recording the interview is one act, one audit row")
        .containsExactly("UPDATE");
    Answer testimony =
        http.get("/api/v1/identifications/" + identification + "?include=testimony", centre);
    assertThat(testimony.json().get("interviews").get(0).get("notes").asString())
        .isEqualTo("Account of recruitment.");
    assertThat(
            jdbc.sql("SELECT purpose FROM audit.audit_event WHERE request_id = ?")
                .param(testimony.header("X-Request-Id"))
                .query(String.class)
                .list())
        .as("read on request, audited as testimony")
        .containsExactly("testimony");

    String decision =
        """
        {"outcome":"VICTIM","decidedOn":"%s","forms":["SexualExploitation"],"exploitationCountry":"DK",
         "reasoning":"Consistent account."}
        """
            .formatted(LocalDate.now(ZoneId.of("Europe/Copenhagen")));
    Answer byCentre =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/decision",
            centre,
            decision,
            Map.of("If-Match", held.header("ETag")));
    assertThat(byCentre.status())
        .as("the centre is not the competent authority for a person without legal residence")
        .isEqualTo(400);
    assertThat(byCentre.json().get("errors").get(0).get("field").asString()).isEqualTo("authority");

    Answer byOfficer =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/decision",
            officer,
            decision,
            Map.of("If-Match", held.header("ETag")));
    assertThat(byOfficer.status()).as(byOfficer.raw().body()).isEqualTo(200);
    JsonNode period = byOfficer.json().get("period");
    assertThat(period.get("days").asInt()).isEqualTo(30);
    assertThat(period.get("daysLeft").asInt()).isEqualTo(30);
    assertThat(byOfficer.json().get("decisions").get(0).get("htcdsStatus").asString())
        .isEqualTo("ActualVictimOfTrafficking");
    assertThat(byOfficer.json().get("interviews").get(0).get("notes").isNull())
        .as("testimony stays with the centre and the interviewing organisation")
        .isTrue();

    Answer extended =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/period/extensions",
            centre,
            "{\"days\":90,\"ground\":\"COOPERATION_ON_REPATRIATION\",\"reason\":\"Return planned\"}",
            Map.of("If-Match", byOfficer.header("ETag")));
    assertThat(extended.status()).as(extended.raw().body()).isEqualTo(200);
    assertThat(extended.json().get("period").get("days").asInt()).isEqualTo(120);

    Answer future =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/period/answer",
            centre,
            "{\"accepted\":true,\"answeredOn\":\"" + LocalDate.now().plusDays(3) + "\"}",
            Map.of("If-Match", extended.header("ETag")));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("answeredOn");
    Answer accepted =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/period/answer",
            centre,
            "{\"accepted\":true}",
            Map.of("If-Match", extended.header("ETag")));
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.json().get("period").get("accepted").asBoolean()).isTrue();
    int year = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
    String analyst = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                http.get("/api/v1/statistics/annual/" + year + "?disclosure=exact", analyst)
                    .json()
                    .at("/periods/accepted")
                    .asLong(),
            n -> n >= 1);
    Answer tooFar =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/period/extensions",
            centre,
            "{\"days\":1,\"ground\":\"SPECIAL_REASONS\",\"reason\":\"One more\"}",
            Map.of("If-Match", accepted.header("ETag")));
    assertThat(tooFar.status()).isEqualTo(400);
    assertThat(tooFar.json().get("errors").get(0).get("message").asString()).contains("120");

    String caseId = caseOf(identification);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(kinds(caseId))
                    .containsSubsequence(
                        "PERIOD_EXTENDED",
                        "PERIOD_STARTED",
                        "VICTIM_STATUS_DECIDED",
                        "INTERVIEW_HELD",
                        "INTERVIEW_SCHEDULED",
                        "IDENTIFICATION_OPENED"));
    assertThat(kinds(caseId)).contains("REFERRAL_ACCEPTED");
    JsonNode timeline = http.get("/api/v1/cases/" + caseId + "/timeline", centre).json();
    for (JsonNode entry : timeline) {
      if (entry.get("kind").asString().equals("INTERVIEW_HELD")) {
        assertThat(entry.get("actor").asString())
            .as("every change shows who made it")
            .isEqualTo(caseworker.id().value().toString());
      }
    }
    Answer caseFile = http.get("/api/v1/cases/" + caseId, centre);
    assertThat(caseFile.json().get("summary").get("periodEndsOn").asString())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(120).toString());
  }

  @Test
  void deadlineTasksAppearForTheContactPersonAt7AndAt2Days() {
    String identification = decidedVictim();
    String caseId = caseOf(identification);
    LocalDate endsOn = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(30);
    deadlines.check(endsOn.minusDays(8));
    deadlines.check(endsOn.minusDays(7));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(deadlineTasks(caseId)).containsExactly("7|" + endsOn));
    deadlines.check(endsOn.minusDays(6));
    deadlines.check(endsOn.minusDays(2));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(deadlineTasks(caseId))
                    .containsExactlyInAnyOrder("7|" + endsOn, "2|" + endsOn));
    Answer queue = http.get("/api/v1/work-queue", centre);
    assertThat(queue.status()).isEqualTo(200);
    Answer caseFile = http.get("/api/v1/cases/" + caseId, centre);
    assertThat(caseFile.json().get("tasks").findValuesAsString("assignee"))
        .as("the tasks go to the contact person: the caseworker who accepted the referral")
        .containsOnly(caseworker.id().value().toString());
    assertThat(queue.json().get("unreadNotifications").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(queue.raw().body()).doesNotContain("Popescu");
  }

  @Test
  void sharingNeedsConsentOrALegalBasisAndEndsWhenConsentIsWithdrawn() {
    String identification = decidedVictim();
    String caseId = caseOf(identification);
    Organisation shelterOperator = fixtures.organisation(OrganisationType.SHELTER_OPERATOR);
    String shelter = fixtures.token(fixtures.user(shelterOperator, Role.SHELTER_STAFF));

    assertThat(http.get("/api/v1/cases/" + caseId, shelter).status())
        .as("a case not shared looks like no case at all")
        .isEqualTo(404);
    Answer noBasis =
        http.post(
            "/api/v1/cases/" + caseId + "/shares",
            centre,
            "{\"organisation\":\"%s\",\"parts\":[\"SUMMARY\"]}".formatted(shelterOperator.id()));
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.json().get("errors").get(0).get("field").asString()).isEqualTo("basis");

    Answer shared =
        http.post(
            "/api/v1/cases/" + caseId + "/shares",
            centre,
            """
            {"organisation":"%s","parts":["SUMMARY","TASKS"],"basis":"CONSENT","consentGivenOn":"%s"}
            """
                .formatted(shelterOperator.id(), LocalDate.now(ZoneId.of("Europe/Copenhagen"))));
    assertThat(shared.status()).as(shared.raw().body()).isEqualTo(201);
    String shareId = shared.json().get("id").asString();
    http.post(
        "/api/v1/cases/" + caseId + "/notes",
        centre,
        "{\"sensitivity\":\"SENSITIVE\",\"text\":\"Testimony about the recruiter.\"}");

    Answer asShelter = http.get("/api/v1/cases/" + caseId, shelter);
    assertThat(asShelter.status()).isEqualTo(200);
    assertThat(asShelter.raw().body()).doesNotContain("recruiter");
    assertThat(asShelter.json().get("fullAccess").asBoolean()).isFalse();
    assertThat(http.get("/api/v1/cases/" + caseId + "/timeline", shelter).status())
        .as("the timeline was not shared")
        .isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'Case' AND resource_id = ? AND purpose LIKE ?")
                .params(caseId, "%share " + shareId + "%")
                .query(Long.class)
                .single())
        .as("access under a share is audited with the share")
        .isPositive();

    Answer withdrawn = http.post("/api/v1/cases/" + caseId + "/consent-withdrawal", centre, "");
    assertThat(withdrawn.json().get("revokedShares").asInt()).isEqualTo(1);
    long deniedBefore = denied(caseId);
    assertThat(http.get("/api/v1/cases/" + caseId, shelter).status()).isEqualTo(404);
    assertThat(denied(caseId)).as("the refusal is audited").isEqualTo(deniedBefore + 1);

    Answer again =
        http.post(
            "/api/v1/cases/" + caseId + "/shares",
            centre,
            """
            {"organisation":"%s","basis":"CONSENT","consentGivenOn":"%s"}
            """
                .formatted(shelterOperator.id(), LocalDate.now(ZoneId.of("Europe/Copenhagen"))));
    assertThat(again.status()).as("consent withdrawn today cannot be reused today").isEqualTo(400);
    Answer legal =
        http.post(
            "/api/v1/cases/" + caseId + "/shares",
            centre,
            """
            {"organisation":"%s","basis":"LEGAL_BASIS","basisDetail":"Serviceloven § 153"}
            """
                .formatted(shelterOperator.id()));
    assertThat(legal.status()).as(legal.raw().body()).isEqualTo(201);
  }

  private long denied(String caseId) {
    return jdbc.sql(
            "SELECT count(*) FROM audit.audit_event WHERE action = 'ACCESS_DENIED' AND resource_id = ?")
        .param("GET /api/v1/cases/" + caseId)
        .query(Long.class)
        .single();
  }

  private String decidedVictim() {
    String identification = acceptedReferral();
    Answer read = http.get("/api/v1/identifications/" + identification, centre);
    Answer residence =
        http.put(
            "/api/v1/identifications/" + identification + "/residence-status",
            centre,
            "{\"residenceStatus\":\"LEGAL_RESIDENCE\"}",
            read.header("ETag"));
    Answer decided =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/decision",
            centre,
            """
            {"outcome":"VICTIM","decidedOn":"%s","forms":["ForcedLabour","ForcedCriminality"],
             "mainForm":"ForcedLabour"}
            """
                .formatted(LocalDate.now(ZoneId.of("Europe/Copenhagen"))),
            Map.of("If-Match", residence.header("ETag")));
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
    return identification;
  }

  /** An NGO refers, the centre accepts; returns the identification the acceptance opened. */
  private String acceptedReferral() {
    String body =
        ReferralsApiTest.FULL.replace("2026-11-01", LocalDate.now().minusDays(20).toString());
    String referral = http.post("/api/v1/referrals", ngo, body).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + referral + "/submit", ngo, "").status())
        .isEqualTo(200);
    assertThat(http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}").status())
        .isEqualTo(200);
    return await()
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
  }

  private String caseOf(String identification) {
    String person =
        jdbc.sql("SELECT person_id::text FROM identification.identification WHERE id = ?::uuid")
            .param(identification)
            .query(String.class)
            .single();
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql("SELECT id::text FROM casework.case_file WHERE person_id = ?::uuid")
                    .param(person)
                    .query(String.class)
                    .optional()
                    .orElse(null),
            id -> id != null);
  }

  private List<String> kinds(String caseId) {
    return http.get("/api/v1/cases/" + caseId + "/timeline", centre)
        .json()
        .findValuesAsString("kind");
  }

  private List<String> deadlineTasks(String caseId) {
    return jdbc.sql(
            "SELECT args FROM casework.task WHERE case_id = ?::uuid AND kind = 'PERIOD_ENDING' ORDER BY created_at")
        .param(caseId)
        .query(String.class)
        .list();
  }
}
