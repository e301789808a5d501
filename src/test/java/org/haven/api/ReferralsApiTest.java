package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
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
 * Referrals over real HTTP: the three paths, idempotent creation, optimistic locking, access across
 * organisations.
 */
@HavenTest
class ReferralsApiTest {

  static final String FULL =
      """
      {"path":"FULL","channel":"NGO_OUTREACH","encounterDate":"2026-11-01","encounterPlace":"Copenhagen",
       "exploitation":["SexualExploitation"],"indicators":["DOC_DOCUMENTS_WITHHELD","DEBT_BONDAGE"],
       "account":"Met at the drop-in clinic; her passport is kept by the flat's owner.","immediateDanger":true,
       "interpreterLanguage":"ro","givenNames":"Ioana","familyName":"Popescu","gender":"Feminine",
       "birth":{"precision":"YEAR","year":1998},"citizenships":["RO"],
       "consent":{"toReferral":true,"toPolice":false,"toContact":true}}
      """;

  static final String ANONYMOUS =
      """
      {"path":"ANONYMOUS","channel":"NGO_OUTREACH","encounterDate":"2026-11-02","encounterPlace":"Aarhus",
       "exploitation":["ForcedLabour"],"forcedLabourIndustry":"F","indicators":["WRK_EXCESSIVE_HOURS"],
       "gender":"Masculine","citizenships":["UA"],"ageBand":"AGE_25_34"}
      """;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  TestUser ngoWorker;
  String ngo;
  String centre;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    Organisation ngoOrganisation = fixtures.organisation(OrganisationType.NGO);
    ngoWorker = fixtures.user(ngoOrganisation, Role.NGO_WORKER);
    ngo = fixtures.token(ngoWorker);
    centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
  }

  @Test
  void anNgoRefersAnAdultWithConsentAndTheCentreAcceptsLinkingAnExistingPerson() {
    Answer draft = http.post("/api/v1/referrals", ngo, FULL);
    assertThat(draft.status()).as(draft.raw().body()).isEqualTo(201);
    String id = draft.json().get("id").asString();
    assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
    assertThat(http.post("/api/v1/referrals/" + id + "/submit", ngo, "").status()).isEqualTo(200);

    Answer list = http.get("/api/v1/referrals?status=SUBMITTED&immediateDanger=true", centre);
    assertThat(list.json().get("items").findValuesAsString("id")).contains(id);
    assertThat(list.raw().body()).doesNotContain("Popescu");

    Answer read = http.get("/api/v1/referrals/" + id, centre);
    assertThat(read.json().get("referral").get("familyName").asString()).isEqualTo("Popescu");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'READ' AND resource_type = 'Referral' AND resource_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isPositive();

    String existing =
        http.post(
                "/api/v1/persons",
                centre,
                """
                {"givenNames":"Ioana","familyName":"Popescu","gender":"Feminine","birth":{"precision":"YEAR","year":1997},
                 "citizenships":["RO"]}
                """)
            .json()
            .get("reference")
            .asString();
    Answer duplicates = http.get("/api/v1/referrals/" + id + "/possible-duplicates", centre);
    assertThat(duplicates.json().findValuesAsString("reference")).contains(existing);

    Answer accepted =
        http.post(
            "/api/v1/referrals/" + id + "/accept", centre, "{\"person\":\"" + existing + "\"}");
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(accepted.json().get("person").asString()).isEqualTo(existing);
    assertThat(http.post("/api/v1/referrals/" + id + "/withdraw", ngo, "").status())
        .as("a decided referral cannot be withdrawn")
        .isEqualTo(409);
  }

  @Test
  void anAnonymousNotificationStoresNoIdentityAtAll() {
    Answer created = http.post("/api/v1/referrals", ngo, ANONYMOUS);
    String id = created.json().get("id").asString();
    http.post("/api/v1/referrals/" + id + "/submit", ngo, "");
    Map<String, Object> row =
        jdbc.sql("SELECT * FROM intake.referral WHERE id = ?::uuid").param(id).query().singleRow();
    for (String column :
        List.of(
            "given_names",
            "family_name",
            "other_names",
            "phone",
            "birth_date",
            "birth_year",
            "account",
            "source_user")) {
      assertThat(row.get(column)).as(column).isNull();
    }
    assertThat(row.get("source_organisation")).isNotNull();
    Answer withName =
        http.post(
            "/api/v1/referrals",
            ngo,
            ANONYMOUS.replace("\"gender\"", "\"familyName\":\"Shevchenko\",\"gender\""));
    assertThat(withName.status()).isEqualTo(400);
    assertThat(withName.json().get("errors").get(0).get("field").asString())
        .isEqualTo("familyName");
  }

  @Test
  void creationWithAnIdempotencyKeyHappensOnce() {
    String key = "ngo-case-" + System.nanoTime();
    Answer first =
        http.send("POST", "/api/v1/referrals", ngo, ANONYMOUS, Map.of("Idempotency-Key", key));
    Answer retry =
        http.send("POST", "/api/v1/referrals", ngo, ANONYMOUS, Map.of("Idempotency-Key", key));
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(
            jdbc.sql("SELECT count(*) FROM intake.referral WHERE source_user = ?")
                .param(ngoWorker.id().value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    Answer other =
        http.send(
            "POST",
            "/api/v1/referrals",
            ngo,
            ANONYMOUS.replace("Aarhus", "Odense"),
            Map.of("Idempotency-Key", key));
    assertThat(other.status()).isEqualTo(422);
  }

  @Test
  void aDraftIsChangedOnlyWithTheVersionItWasReadAt() {
    Answer created = http.post("/api/v1/referrals", ngo, ANONYMOUS);
    String id = created.json().get("id").asString();
    String etag = created.header("ETag");
    assertThat(
            http.send(
                    "PATCH",
                    "/api/v1/referrals/" + id,
                    ngo,
                    "{\"encounterPlace\":\"Odense\"}",
                    Map.of())
                .status())
        .isEqualTo(428);
    assertThat(
            http.send(
                    "PATCH",
                    "/api/v1/referrals/" + id,
                    ngo,
                    "{\"encounterPlace\":\"Odense\"}",
                    Map.of("If-Match", "\"9\""))
                .status())
        .isEqualTo(412);
    Answer patched =
        http.send(
            "PATCH",
            "/api/v1/referrals/" + id,
            ngo,
            "{\"encounterPlace\":\"Odense\"}",
            Map.of("If-Match", etag));
    assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
    assertThat(patched.json().get("referral").get("encounterPlace").asString()).isEqualTo("Odense");
    assertThat(patched.json().get("referral").get("ageBand").asString())
        .as("untouched fields stay")
        .isEqualTo("AGE_25_34");
  }

  @Test
  void badInputNamesTheField() {
    Answer future = http.post("/api/v1/referrals", ngo, FULL.replace("2026-11-01", "2099-01-01"));
    assertThat(future.json().get("errors").get(0).get("field").asString())
        .isEqualTo("encounterDate");
    Answer country = http.post("/api/v1/referrals", ngo, FULL.replace("[\"RO\"]", "[\"QQ\"]"));
    assertThat(country.json().get("errors").get(0).get("field").asString())
        .isEqualTo("citizenships");
    Answer indicator =
        http.post("/api/v1/referrals", ngo, FULL.replace("DEBT_BONDAGE", "NOT_AN_INDICATOR"));
    assertThat(indicator.json().get("errors").get(0).get("field").asString())
        .isEqualTo("indicators");

    String noConsent = FULL.replace("\"toReferral\":true", "\"toReferral\":false");
    String id = http.post("/api/v1/referrals", ngo, noConsent).json().get("id").asString();
    Answer submit = http.post("/api/v1/referrals/" + id + "/submit", ngo, "");
    assertThat(submit.status()).isEqualTo(400);
    assertThat(submit.json().get("errors").get(0).get("field").asString())
        .isEqualTo("consent.toReferral");
  }

  @Test
  void organisationsSeeOnlyTheirOwnReferralsAndWhatIsSharedWithThem() {
    String id = http.post("/api/v1/referrals", ngo, FULL).json().get("id").asString();
    String otherNgo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    assertThat(http.get("/api/v1/referrals/" + id, centre).status())
        .as("a draft is the author's, and looks like no referral at all to others")
        .isEqualTo(404);
    http.post("/api/v1/referrals/" + id + "/submit", ngo, "");
    assertThat(http.get("/api/v1/referrals/" + id, centre).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/referrals/" + id, otherNgo).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/referrals", otherNgo).json().get("items").findValuesAsString("id"))
        .doesNotContain(id);
    String police =
        fixtures.token(
            fixtures.user(
                fixtures.organisation(OrganisationType.POLICE_DISTRICT), Role.POLICE_KEY_PERSON));
    assertThat(http.get("/api/v1/referrals/" + id, police).status())
        .as("no consent to share with the police")
        .isEqualTo(404);
    assertThat(http.post("/api/v1/referrals/" + id + "/accept", ngo, "").status())
        .as("only the centre decides")
        .isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'ACCESS_DENIED' AND resource_id LIKE ?")
                .param("%" + id + "%")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void theChildrenFilterFindsChildrenAndNotAdults() {
    String child =
        """
        {"path":"CHILD","channel":"MUNICIPALITY","encounterDate":"2026-11-03","givenNames":"Minh","familyName":"Trần",
         "birth":{"precision":"ESTIMATED","year":2011,"basis":"appearance"},"citizenships":["VN"],
         "childServices":{"municipality":"Odense","informedBy":"On-call social worker","informedAt":"2026-11-03T10:00:00Z"}}
        """;
    String childId = http.post("/api/v1/referrals", ngo, child).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + childId + "/submit", ngo, "").status())
        .isEqualTo(200);
    String adultId = http.post("/api/v1/referrals", ngo, FULL).json().get("id").asString();
    http.post("/api/v1/referrals/" + adultId + "/submit", ngo, "");
    Answer minors = http.get("/api/v1/referrals?minors=true&size=500", centre);
    assertThat(minors.json().get("items").findValuesAsString("id"))
        .contains(childId)
        .doesNotContain(adultId);
    assertThat(http.get("/api/v1/referrals/" + childId, centre).json().get("minor").asBoolean())
        .isTrue();
  }

  @Test
  void theCentreLogsHotlineCalls() {
    Answer call =
        http.post(
            "/api/v1/hotline-calls",
            centre,
            "{\"receivedAt\":\"2026-11-20T09:30:00Z\",\"callerType\":\"PUBLIC\",\"topic\":\"Neighbour worried about workers living in a garage\"}");
    assertThat(call.status()).as(call.raw().body()).isEqualTo(201);
    assertThat(
            http.get(
                    "/api/v1/hotline-calls?from=2026-11-19T00:00:00Z&to=2026-11-21T00:00:00Z",
                    centre)
                .json()
                .findValuesAsString("id"))
        .contains(call.json().get("id").asString());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'READ' AND resource_type = 'HotlineCall'")
                .query(Long.class)
                .single())
        .as("reading the log is audited")
        .isPositive();
    assertThat(http.post("/api/v1/hotline-calls", ngo, "{}").status()).isEqualTo(403);
    Answer noTopic =
        http.post(
            "/api/v1/hotline-calls",
            centre,
            "{\"receivedAt\":\"2026-11-20T09:30:00Z\",\"callerType\":\"NGO\"}");
    assertThat(noTopic.json().get("errors").get(0).get("field").asString()).isEqualTo("topic");
  }

  @Test
  void theIndicatorCatalogueSpeaksEveryLanguage() {
    Answer danish = http.get("/api/v1/indicators?language=da", ngo);
    assertThat(danish.status()).isEqualTo(200);
    assertThat(danish.json().findValuesAsString("code"))
        .contains("CONTROL_COERCION", "DOC_DOCUMENTS_WITHHELD");
    assertThat(http.get("/api/v1/indicators?language=fr", ngo).status()).isEqualTo(400);
  }
}
