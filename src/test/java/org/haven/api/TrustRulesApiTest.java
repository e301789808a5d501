package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
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
 * The rules an attack on the API probed, each at the door a client uses: records that may not be
 * seen look like records that do not exist, testimony travels on request only, one act is one audit
 * row, a token's acts name the token and its issuer, roles fit the organisation, the idempotency
 * store keeps no answer, and phones are E.164.
 */
@HavenTest
class TrustRulesApiTest {

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
    ngoWorker = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    ngo = fixtures.token(ngoWorker);
    centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
  }

  @Test
  void anAnonymousNotificationWithConsentIsRefusedAndThePoliceNeverSeeOne() {
    Answer withConsent =
        http.post(
            "/api/v1/referrals",
            ngo,
            ANONYMOUS.replace("\"ageBand\"", "\"consent\":{\"toPolice\":true},\"ageBand\""));
    assertThat(withConsent.status()).isEqualTo(400);
    assertThat(withConsent.json().get("errors").get(0).get("field").asString())
        .isEqualTo("consent");

    String anonymous = http.post("/api/v1/referrals", ngo, ANONYMOUS).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + anonymous + "/submit", ngo, "").status())
        .isEqualTo(200);
    String consented =
        http.post("/api/v1/referrals", ngo, FULL.replace("\"toPolice\":false", "\"toPolice\":true"))
            .json()
            .get("id")
            .asString();
    assertThat(http.post("/api/v1/referrals/" + consented + "/submit", ngo, "").status())
        .isEqualTo(200);

    String police =
        fixtures.token(
            fixtures.user(
                fixtures.organisation(OrganisationType.POLICE_DISTRICT), Role.POLICE_KEY_PERSON));
    assertThat(http.get("/api/v1/referrals/" + anonymous, police).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/referrals/" + consented, police).status()).isEqualTo(200);
    List<String> listed = new ArrayList<>();
    for (int page = 0; ; page++) {
      Answer list = http.get("/api/v1/referrals?size=500&page=" + page, police);
      list.json().get("items").forEach(item -> listed.add(item.get("id").asString()));
      if ((page + 1) * 500L >= list.json().get("total").asLong()) {
        break;
      }
    }
    assertThat(listed).contains(consented).doesNotContain(anonymous);
  }

  @Test
  void aRecordThatMayNotBeSeenAnswers404LikeOneThatDoesNotExistAndTheRefusalIsAudited() {
    String id = submitted();
    TestUser other = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    String otherNgo = fixtures.token(other);

    Answer hidden = http.get("/api/v1/referrals/" + id, otherNgo);
    Answer missing = http.get("/api/v1/referrals/" + UUID.randomUUID(), otherNgo);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(hidden.json().get("title").asString())
        .isEqualTo(missing.json().get("title").asString());
    assertThat(hidden.json().get("detail").asString())
        .isEqualTo(missing.json().get("detail").asString());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'ACCESS_DENIED' AND actor = ? AND resource_id = ?")
                .params(other.id().toString(), "GET /api/v1/referrals/" + id)
                .query(Long.class)
                .single())
        .as("the refusal is audited")
        .isEqualTo(1);
  }

  @Test
  void testimonyIsReturnedOnlyOnRequestAndThatReadingIsAuditedAsTestimony() {
    String id = submitted();
    Answer plain = http.get("/api/v1/referrals/" + id, centre);
    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json().get("referral").get("account").isNull()).isTrue();
    assertThat(plain.json().get("referral").get("givenNames").asString()).isEqualTo("Ioana");

    Answer testimony = http.get("/api/v1/referrals/" + id + "?include=testimony", centre);
    assertThat(testimony.json().get("referral").get("account").asString()).contains("passport");
    assertThat(audited(id, "READ"))
        .as("one plain read, one reading of testimony")
        .containsExactlyInAnyOrder(Map.entry("READ", "-"), Map.entry("READ", "account"));
  }

  @Test
  void changingADraftIsOneActAndOneAuditRow() {
    Answer created = http.post("/api/v1/referrals", ngo, FULL);
    String id = created.json().get("id").asString();
    Answer changed =
        http.send(
            "PATCH",
            "/api/v1/referrals/" + id,
            ngo,
            "{\"encounterPlace\":\"Odense\"}",
            Map.of("If-Match", created.header("ETag")));
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(audited(id, null))
        .containsExactlyInAnyOrder(Map.entry("CREATE", "-"), Map.entry("UPDATE", "draft saved"));
  }

  @Test
  void everyActWithAMachinesTokenNamesTheTokenAndTheAdministratorWhoIssuedIt() {
    TestUser admin = fixtures.user(Role.ADMINISTRATOR);
    String adminToken = fixtures.token(admin);
    String centreId =
        jdbc.sql("SELECT organisation_id::text FROM access.user_account WHERE id = ?")
            .param(admin.id().value())
            .query(String.class)
            .single();
    Answer machine =
        http.post(
            "/api/v1/users",
            adminToken,
            """
            {"email":"machine-%s@haven.test","displayName":"Case system","organisationId":"%s",
             "roles":["CENTRE_CASEWORKER"],"serviceAccount":true}
            """
                .formatted(UUID.randomUUID(), centreId));
    assertThat(machine.status()).as(machine.raw().body()).isEqualTo(201);
    String machineId = machine.json().get("id").asString();
    Answer issued =
        http.post(
            "/api/v1/users/" + machineId + "/tokens",
            adminToken,
            "{\"name\":\"case system\",\"expiresInDays\":7}");
    String tokenId = issued.json().get("id").asString();
    String id = submitted();

    assertThat(http.get("/api/v1/referrals/" + id, issued.json().get("token").asString()).status())
        .isEqualTo(200);
    Map<String, Object> row =
        jdbc.sql(
                "SELECT token_id, token_issuer FROM audit.audit_event WHERE actor = ? AND resource_id = ?")
            .params(machineId, id)
            .query()
            .singleRow();
    assertThat(row.get("token_id")).isEqualTo(tokenId);
    assertThat(row.get("token_issuer")).isEqualTo(admin.id().toString());

    Map<String, Object> own =
        jdbc.sql(
                "SELECT token_id, token_issuer FROM audit.audit_event WHERE actor = ? AND action = 'CREATE' AND resource_type = 'Referral' LIMIT 1")
            .param(ngoWorker.id().toString())
            .query()
            .singleRow();
    assertThat(own.get("token_id")).as("a person's own token is named too").isNotNull();
    assertThat(own.get("token_issuer")).isNull();

    assertThat(
            http.post(
                    "/api/v1/users/" + ngoWorker.id() + "/tokens",
                    adminToken,
                    "{\"name\":\"act as them\",\"expiresInDays\":7}")
                .status())
        .as("an administrator cannot make a person's token")
        .isEqualTo(403);
  }

  @Test
  void rolesMustFitTheOrganisationAndAdministrationIsHeldAlone() {
    String adminToken = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    String ngoOrganisation = fixtures.organisation(OrganisationType.NGO).id().toString();
    String centreOrganisation =
        fixtures.organisation(OrganisationType.NATIONAL_CENTRE).id().toString();

    Answer caseworkerAtAnNgo = newUser(adminToken, ngoOrganisation, "\"CENTRE_CASEWORKER\"");
    assertThat(caseworkerAtAnNgo.status()).isEqualTo(400);
    assertThat(caseworkerAtAnNgo.json().get("errors").get(0).get("field").asString())
        .isEqualTo("roles");

    Answer adminAndCaseworker =
        newUser(adminToken, centreOrganisation, "\"ADMINISTRATOR\",\"CENTRE_CASEWORKER\"");
    assertThat(adminAndCaseworker.status()).isEqualTo(400);
    Answer auditorAndAnalyst =
        newUser(adminToken, centreOrganisation, "\"AUDITOR\",\"CENTRE_ANALYST\"");
    assertThat(auditorAndAnalyst.status()).isEqualTo(400);

    assertThat(newUser(adminToken, ngoOrganisation, "\"NGO_WORKER\"").status()).isEqualTo(201);
    assertThat(
            newUser(adminToken, centreOrganisation, "\"CENTRE_CASEWORKER\",\"CENTRE_ANALYST\"")
                .status())
        .isEqualTo(201);
  }

  @Test
  void theIdempotencyStoreKeepsNoAnswerAndARetryReadsTheReferralAgainAudited() {
    String key = UUID.randomUUID().toString();
    Map<String, String> headers = Map.of("Idempotency-Key", key);
    Answer first = http.send("POST", "/api/v1/referrals", ngo, FULL, headers);
    assertThat(first.status()).isEqualTo(201);
    String id = first.json().get("id").asString();

    Map<String, Object> kept =
        jdbc.sql("SELECT * FROM public.idempotent_request WHERE key = ?")
            .param(key)
            .query()
            .singleRow();
    assertThat(kept).doesNotContainKey("body");
    assertThat(kept.values().toString()).doesNotContain("Ioana", "passport");
    assertThat(kept.get("resource_id")).hasToString(id);

    Answer retry = http.send("POST", "/api/v1/referrals", ngo, FULL, headers);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().get("id").asString()).isEqualTo(id);
    assertThat(retry.json().get("referral").get("givenNames").asString()).isEqualTo("Ioana");
    assertThat(audited(id, null))
        .as("one creation, and the retry's reading")
        .containsExactlyInAnyOrder(Map.entry("CREATE", "-"), Map.entry("READ", "-"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM intake.referral WHERE source_user = ?")
                .param(ngoWorker.id().value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void phonesAreStoredAsE164AndTextIsRefusedNamingTheField() {
    Answer national =
        http.post(
            "/api/v1/referrals",
            ngo,
            FULL.replace("\"gender\"", "\"phone\":\"20 30 40 50\",\"gender\""));
    assertThat(national.status()).as(national.raw().body()).isEqualTo(201);
    assertThat(national.json().get("referral").get("phone").asString()).isEqualTo("+4520304050");

    Answer abroad =
        http.post(
            "/api/v1/referrals",
            ngo,
            FULL.replace("\"gender\"", "\"phone\":\"+40 (712) 345-678\",\"gender\""));
    assertThat(abroad.json().get("referral").get("phone").asString()).isEqualTo("+40712345678");

    Answer text =
        http.post(
            "/api/v1/referrals",
            ngo,
            FULL.replace("\"gender\"", "\"phone\":\"call her at the shop\",\"gender\""));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
  }

  @Test
  void anAuditorSearchesThePersonsTrailOverTheApiAndThatReadingIsAudited() {
    Answer person =
        http.post(
            "/api/v1/persons",
            centre,
            "{\"givenNames\":\"Ana\",\"familyName\":\"Rusu\",\"citizenships\":[\"RO\"]}");
    assertThat(person.status()).as(person.raw().body()).isEqualTo(201);
    String reference = person.json().get("reference").asString();
    assertThat(http.get("/api/v1/persons/" + reference, centre).status()).isEqualTo(200);

    TestUser auditor = fixtures.user(Role.AUDITOR);
    String auditorToken = fixtures.token(auditor);
    Answer trail = http.get("/api/v1/audit?person=" + reference + "&size=10", auditorToken);
    assertThat(trail.status()).as(trail.raw().body()).isEqualTo(200);
    assertThat(trail.json().get("total").asLong()).isEqualTo(2);
    assertThat(trail.json().get("items").get(0).get("action").asString()).isEqualTo("READ");
    assertThat(trail.json().get("items").get(1).get("action").asString()).isEqualTo("CREATE");
    assertThat(trail.json().get("items").get(0).get("token").asString())
        .as("the caseworker read it with a token")
        .isNotBlank();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE actor = ? AND resource_type = 'AuditTrail' AND action = 'READ'")
                .param(auditor.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    assertThat(http.get("/api/v1/audit?person=" + reference, ngo).status()).isEqualTo(403);
    Answer bad = http.get("/api/v1/audit?person=not-a-reference", auditorToken);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("person");
    assertThat(http.get("/api/v1/audit?from=yesterday", auditorToken).status()).isEqualTo(400);
  }

  private Answer newUser(String adminToken, String organisation, String roles) {
    return http.post(
        "/api/v1/users",
        adminToken,
        """
        {"email":"u-%s@haven.test","displayName":"Someone","organisationId":"%s","roles":[%s]}
        """
            .formatted(UUID.randomUUID(), organisation, roles));
  }

  /** A full referral the NGO wrote and sent to the centre. */
  private String submitted() {
    String id = http.post("/api/v1/referrals", ngo, FULL).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + id + "/submit", ngo, "").status()).isEqualTo(200);
    return id;
  }

  /** The audit rows of a referral as (action, purpose), optionally of one action. */
  private List<Map.Entry<String, String>> audited(String referral, String action) {
    return jdbc.sql(
            """
            SELECT action, coalesce(purpose, '-') AS purpose FROM audit.audit_event
            WHERE resource_type = 'Referral' AND resource_id = ? AND (CAST(? AS text) IS NULL OR action = ?)
              AND purpose IS DISTINCT FROM 'submitted'
            ORDER BY id
            """)
        .params(referral, action, action)
        .query((rs, n) -> Map.entry(rs.getString("action"), rs.getString("purpose")))
        .list();
  }

  static final String ANONYMOUS =
      """
      {"path":"ANONYMOUS","channel":"NGO_OUTREACH","encounterDate":"2026-11-02","encounterPlace":"Aarhus",
       "exploitation":["ForcedLabour"],"forcedLabourIndustry":"F","indicators":["WRK_EXCESSIVE_HOURS"],
       "gender":"Masculine","citizenships":["UA"],"ageBand":"AGE_25_34"}
      """;

  static final String FULL =
      """
      {"path":"FULL","channel":"NGO_OUTREACH","encounterDate":"2026-11-01","encounterPlace":"Copenhagen",
       "exploitation":["SexualExploitation"],"indicators":["DOC_DOCUMENTS_WITHHELD"],
       "account":"Met at the drop-in clinic; her passport is kept by the flat's owner.",
       "givenNames":"Ioana","familyName":"Popescu","gender":"Feminine",
       "birth":{"precision":"YEAR","year":1998},"citizenships":["RO"],
       "consent":{"toReferral":true,"toPolice":false,"toContact":true}}
      """;
}
