package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The criminal case beside a victim's over real HTTP: the centre links it naming the police
 * district and the prosecution; they keep it and nobody else sees it; a trial inside the reflection
 * period becomes a task and a timeline date; impossible dates and unknown offences get field
 * errors.
 */
@HavenTest
class InvestigationsApiTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void theCentreLinksThePoliceAndProsecutionKeepItAndATrialInThePeriodBecomesATask() {
    Http http = new Http(port);
    LocalDate today = LocalDate.now(ZONE);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation prosecution = fixtures.organisation(OrganisationType.PROSECUTION);
    String police = fixtures.token(fixtures.user(district, Role.POLICE_KEY_PERSON));
    String otherPolice = fixtures.token(fixtures.user(Role.POLICE_KEY_PERSON));
    String prosecutor = fixtures.token(fixtures.user(prosecution, Role.PROSECUTOR));
    String caseId = caseWithPeriod(http, centre, ngo, today);
    String path = "/api/v1/cases/" + caseId + "/investigation";

    String link =
        """
        {"policeDistrict":"%s","prosecution":"%s","policeCaseNumber":"4200-83150-00017-26",
         "offences":["DK_PENAL_262A"],"exploitation":["SexualExploitation"],"victimRole":"WITNESS_AND_INJURED_PARTY"}
        """
            .formatted(district.id(), prosecution.id());
    assertThat(http.put(path, police, link, null).status())
        .as("the police reach a case only once it is linked or shared")
        .isEqualTo(404);
    Answer unknownOffence =
        http.put(path, centre, link.replace("DK_PENAL_262A", "DK_PENAL_999"), null);
    assertThat(unknownOffence.status()).isEqualTo(400);
    assertThat(unknownOffence.raw().body()).contains("\"field\":\"offences\"");
    Answer linked = http.put(path, centre, link, null);
    assertThat(linked.status()).as(linked.raw().body()).isEqualTo(200);

    assertThat(http.get(path, police).status()).isEqualTo(200);
    assertThat(http.get(path, prosecutor).status()).isEqualTo(200);
    assertThat(http.get(path, otherPolice).status()).isEqualTo(404);
    assertThat(http.get(path, ngo).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/investigations", police).raw().body()).contains(caseId);
    assertThat(http.get("/api/v1/investigations", otherPolice).raw().body()).doesNotContain(caseId);

    LocalDate trial = today.plusDays(10);
    String charged =
        link.replace(
            "\"victimRole\"",
            """
            "charges":[{"date":"%s","offences":["DK_PENAL_262A"],"suspects":2}],
            "trials":[{"date":"%s","status":"PLANNED"}],"victimRole"
            """
                .formatted(today.minusDays(5), trial));
    Answer kept = http.put(path, police, charged, null);
    assertThat(kept.status()).as(kept.raw().body()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM casework.task WHERE case_id = ?::uuid AND kind = 'TRIAL_IN_PERIOD'"
                        + " AND due_on = ?")
                .params(caseId, trial)
                .query(Long.class)
                .single())
        .as("a trial inside the reflection period raises a task")
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM casework.timeline_entry WHERE case_id = ?::uuid"
                        + " AND kind IN ('CRIMINAL_CHARGED', 'CRIMINAL_TRIAL_PLANNED')")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(http.put(path, police, charged, null).status()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM casework.task WHERE case_id = ?::uuid AND kind = 'TRIAL_IN_PERIOD'")
                .param(caseId)
                .query(Long.class)
                .single())
        .as("the same trial date saved again raises no second task")
        .isEqualTo(1);

    Answer pastPlanned =
        http.put(
            path, police, charged.replace(trial.toString(), today.minusDays(1).toString()), null);
    assertThat(pastPlanned.status()).isEqualTo(400);
    assertThat(pastPlanned.raw().body()).contains("\"field\":\"trials\"");
    Answer verdictBeforeCharge =
        http.put(
            path,
            prosecutor,
            charged.replace(
                "\"victimRole\"",
                "\"verdict\":{\"date\":\"%s\",\"outcome\":\"CONVICTED\",\"convicted\":1},\"victimRole\""
                    .formatted(today.minusDays(6))),
            null);
    assertThat(verdictBeforeCharge.status()).isEqualTo(400);
    assertThat(verdictBeforeCharge.raw().body()).contains("\"field\":\"verdict\"");
    Answer stale =
        http.send("PUT", path, prosecutor, charged, Map.of("If-Match", linked.header("ETag")));
    assertThat(stale.status()).isIn(409, 412);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'Investigation'"
                        + " AND resource_id = ? AND action = 'READ'")
                .param(caseId)
                .query(Long.class)
                .single())
        .as("every reading is audited")
        .isEqualTo(2);
  }

  private String caseWithPeriod(Http http, String centre, String ngo, LocalDate today) {
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
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                        "SELECT c.id::text FROM casework.case_file c JOIN identification.identification i"
                            + " ON i.person_id = c.person_id WHERE i.id = ?::uuid AND c.period_ends_on IS NOT NULL")
                    .param(identification)
                    .query(String.class)
                    .optional()
                    .orElse(null),
            id -> id != null);
  }
}
