package org.haven.crossborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.api.ReferralsApiFixture;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange over real HTTP with a partner installation played by {@link FakePartner}: the
 * register and its fingerprint, a referral from abroad taken in once and answered with the centre's
 * decision, every refusal storing nothing, and a case sent abroad delivered, answered and followed
 * by the withdrawal of consent.
 */
@HavenTest
class CrossBorderApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String admin;
  String centre;
  FakePartner partner;
  UUID haven;
  ECKey havenEncryption;
  List<ECKey> havenSigning;

  @BeforeEach
  void setUp() throws Exception {
    http = new Http(port);
    admin = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    partner = new FakePartner();
    Answer document = http.get("/exchange/v1/installation", null);
    assertThat(document.status()).isEqualTo(200);
    haven = UUID.fromString(document.json().get("installation").asString());
    @SuppressWarnings("unchecked")
    Map<String, Object> keys =
        FakePartner.JSON.convertValue(document.json().get("keys"), Map.class);
    partner.trust(keys);
    List<ECKey> all = JWKSet.parse(keys).getKeys().stream().map(JWK::toECKey).toList();
    havenEncryption =
        all.stream()
            .filter(k -> "enc".equals(k.getKeyUse().identifier()))
            .findFirst()
            .orElseThrow();
    havenSigning = all.stream().filter(k -> "sig".equals(k.getKeyUse().identifier())).toList();
    assertThat(document.json().get("fingerprint").asString())
        .matches("([0-9A-F]{4} ){7}[0-9A-F]{4}");
  }

  @AfterEach
  void tearDown() {
    partner.close();
  }

  @Test
  void aPartnerIsTrustedOnlyOnceItsFingerprintIsConfirmed() {
    Answer byCentre = http.post("/api/v1/partners", centre, partner.registration(name(), "CENTRE"));
    assertThat(byCentre.status()).as("only administrators register").isEqualTo(403);

    ObjectNode withPrivateKey =
        (ObjectNode) FakePartner.JSON.readTree(partner.registration(name(), "CENTRE"));
    withPrivateKey.set(
        "keys",
        FakePartner.JSON.valueToTree(
            new JWKSet(List.of(partner.signing, partner.encryption)).toJSONObject(false)));
    Answer leaked = http.post("/api/v1/partners", admin, withPrivateKey.toString());
    assertThat(leaked.status()).isEqualTo(400);
    assertThat(leaked.raw().body()).contains("keys");

    Answer registered =
        http.post("/api/v1/partners", admin, partner.registration(name(), "CENTRE"));
    assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
    assertThat(registered.json().get("status").asString()).isEqualTo("UNCONFIRMED");
    assertThat(registered.json().get("fingerprint").asString()).isEqualTo(partner.fingerprint());
    String id = registered.json().get("id").asString();

    Answer again = http.post("/api/v1/partners", admin, partner.registration(name(), "CENTRE"));
    assertThat(again.status()).as("one installation, one partner").isEqualTo(400);

    Answer wrong =
        http.post(
            "/api/v1/partners/" + id + "/confirmation",
            admin,
            "{\"fingerprint\":\"0000 0000 0000 0000 0000 0000 0000 0000\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(http.get("/api/v1/partners/" + id, admin).json().get("status").asString())
        .isEqualTo("UNCONFIRMED");

    String typed = partner.fingerprint().toLowerCase().replace(" ", "-");
    Answer confirmed =
        http.post(
            "/api/v1/partners/" + id + "/confirmation",
            admin,
            "{\"fingerprint\":\"" + typed + "\"}");
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("ACTIVE");
    assertThat(http.get("/api/v1/partners", centre).status()).isEqualTo(200);
  }

  @Test
  void aReferralFromAbroadIsTakenOnceAndAnsweredWithTheCentresDecision() throws Exception {
    String partnerId = activePartner("CENTRE");
    String organisation =
        http.get("/api/v1/partners/" + partnerId, admin).json().get("organisation").asString();
    long inboxBefore = count("SELECT count(*) FROM crossborder.inbox");

    ObjectNode referral = partner.referral(haven);
    String sealed = partner.seal(referral, havenEncryption);
    Answer taken = inbox(sealed);
    assertThat(taken.status()).as(taken.raw().body()).isEqualTo(202);
    JsonNode answer = answer(taken);
    assertThat(answer.get("type").asString()).isEqualTo("RECEIVED");
    assertThat(answer.get("inReplyTo").asString()).isEqualTo(referral.get("messageId").asString());
    assertThat(taken.header("Content-Type")).startsWith("application/jose");

    String referralId =
        jdbc.sql(
                "SELECT id::text FROM intake.referral WHERE channel = 'CROSS_BORDER' AND source_organisation = ?::uuid")
            .param(organisation)
            .query(String.class)
            .single();
    JsonNode queued = http.get("/api/v1/referrals/" + referralId, centre).json();
    assertThat(queued.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(queued.toString()).contains("Kazlauskaite");

    Answer replayed = inbox(sealed);
    assertThat(replayed.status()).isEqualTo(409);
    assertThat(answer(replayed).get("reason").get("code").asString()).isEqualTo("REPLAYED");

    char[] bytes = sealed.toCharArray();
    int middle = sealed.lastIndexOf('.') - 20;
    bytes[middle] = bytes[middle] == 'A' ? 'B' : 'A';
    assertRefused(inbox(new String(bytes)), 400, "UNREADABLE");

    FakePartner stranger = new FakePartner();
    try {
      assertRefused(
          inbox(stranger.seal(stranger.referral(haven), havenEncryption)), 403, "UNKNOWN_SENDER");
    } finally {
      stranger.close();
    }

    ObjectNode noGender = partner.referral(haven);
    ((ObjectNode) noGender.get("referral").get("person")).remove("gender");
    assertRefused(inbox(partner.seal(noGender, havenEncryption)), 400, "SCHEMA_VIOLATION");

    ObjectNode expired = partner.referral(haven);
    expired.put("issuedAt", "2026-01-01T00:00:00Z");
    expired.put("expiresAt", "2026-01-02T00:00:00Z");
    assertRefused(inbox(partner.seal(expired, havenEncryption)), 400, "EXPIRED");

    ObjectNode child = partner.referral(haven);
    ObjectNode person = (ObjectNode) child.get("referral").get("person");
    person.put("minor", true);
    ((ObjectNode) person.get("birth")).put("date", "2014-05-05");
    assertRefused(inbox(partner.seal(child, havenEncryption)), 422, "CHILD_WITHOUT_GUARDIAN_BASIS");

    ObjectNode elsewhere = partner.head("REFERRAL", UUID.randomUUID(), UUID.randomUUID());
    elsewhere.set("referral", partner.referral(haven).get("referral"));
    assertRefused(
        inbox(partner.seal(elsewhere, havenEncryption)), 400, "NOT_FOR_THIS_INSTALLATION");

    byte[] huge = new byte[3 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'A');
    Answer tooLarge = http.postBytes("/exchange/v1/inbox", null, huge, "application/jose");
    assertRefused(tooLarge, 413, "TOO_LARGE");

    http.post(
        "/api/v1/partners/" + partnerId + "/suspension",
        admin,
        "{\"reason\":\"Keys reported lost\"}");
    assertRefused(
        inbox(partner.seal(partner.referral(haven), havenEncryption)), 403, "SUSPENDED_SENDER");
    assertThat(http.delete("/api/v1/partners/" + partnerId + "/suspension", admin).status())
        .isEqualTo(200);

    assertThat(count("SELECT count(*) FROM crossborder.inbox"))
        .as("every refusal stored nothing")
        .isEqualTo(inboxBefore + 1);
    assertThat(
            count(
                "SELECT count(*) FROM intake.referral WHERE channel = 'CROSS_BORDER' AND source_organisation = '"
                    + organisation
                    + "'::uuid"))
        .isEqualTo(1);

    Answer accepted = http.post("/api/v1/referrals/" + referralId + "/accept", centre, "{}");
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    JsonNode decision = partner.next();
    assertThat(decision.get("type").asString()).isEqualTo("DECISION");
    assertThat(decision.get("transfer").asString()).isEqualTo(referral.get("transfer").asString());
    assertThat(decision.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
    assertThat(decision.toString()).doesNotContain("Kazlauskaite");

    ObjectNode withdrawal =
        partner.head(
            "CONSENT_WITHDRAWN", haven, UUID.fromString(referral.get("transfer").asString()));
    withdrawal.putObject("withdrawal").put("withdrawnOn", "2026-12-01");
    assertThat(inbox(partner.seal(withdrawal, havenEncryption)).status()).isEqualTo(202);
    String transfer =
        jdbc.sql("SELECT id::text FROM crossborder.transfer WHERE referral_id = ?::uuid")
            .param(referralId)
            .query(String.class)
            .single();
    JsonNode received = http.get("/api/v1/transfers/" + transfer, centre).json();
    assertThat(received.get("direction").asString()).isEqualTo("INCOMING");
    assertThat(received.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(received.get("consentWithdrawnAt").isNull()).isFalse();
    assertThat(received.get("content").get("person").get("familyName").asString())
        .isEqualTo("Kazlauskaite");
  }

  @Test
  void aCaseSentAbroadTravelsOnceOnlyWithWhatWasChosen() throws Exception {
    String partnerId = activePartner("CENTRE");
    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);
    String request =
        """
        {"partner":"%s","purpose":"REFERRAL","parts":["TIMELINE"],"basis":"CONSENT",
         "consentGivenOn":"2026-11-30","note":"Please meet her at the ferry on Friday."}
        """
            .formatted(partnerId);

    Answer testimony =
        http.post(
            "/api/v1/cases/" + caseId + "/transfers",
            centre,
            request.replace("[\"TIMELINE\"]", "[\"TESTIMONY\"]"));
    assertThat(testimony.status()).isEqualTo(400);
    Answer noBasis =
        http.post(
            "/api/v1/cases/" + caseId + "/transfers",
            centre,
            request.replace("\"CONSENT\"", "null"));
    assertThat(noBasis.status()).isEqualTo(400);

    Answer preview = http.post("/api/v1/cases/" + caseId + "/transfers/preview", centre, request);
    assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
    assertThat(preview.json().get("referral").has("timeline")).isTrue();
    assertThat(preview.json().get("referral").has("notes")).isFalse();
    assertThat(
            count(
                "SELECT count(*) FROM crossborder.outbox WHERE partner = '"
                    + partnerId
                    + "'::uuid"))
        .as("a preview sends nothing")
        .isZero();

    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    Answer sent = http.send("POST", "/api/v1/cases/" + caseId + "/transfers", centre, request, key);
    assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
    Answer resent =
        http.send("POST", "/api/v1/cases/" + caseId + "/transfers", centre, request, key);
    assertThat(resent.json().get("id").asString()).isEqualTo(sent.json().get("id").asString());
    String transfer = sent.json().get("id").asString();
    assertThat(sent.json().get("envelopeHash").asString()).matches("[0-9a-f]{64}");

    JsonNode envelope = partner.next();
    assertThat(envelope.get("type").asString()).isEqualTo("REFERRAL");
    assertThat(envelope.get("transfer").asString()).isEqualTo(transfer);
    assertThat(envelope.get("referral").get("parts").toString())
        .isEqualTo("[\"SUMMARY\",\"TIMELINE\"]");
    assertThat(envelope.get("referral").has("tasks")).isFalse();
    assertThat(envelope.get("referral").get("person").has("familyName")).isTrue();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "DELIVERED"
                    .equals(
                        http.get("/api/v1/transfers/" + transfer, centre)
                            .json()
                            .get("status")
                            .asString()));

    ObjectNode decision = partner.head("DECISION", haven, UUID.fromString(transfer));
    decision.putObject("decision").put("outcome", "ACCEPTED").put("decidedOn", "2026-12-03");
    assertThat(inbox(partner.seal(decision, havenEncryption)).status()).isEqualTo(202);
    assertThat(http.get("/api/v1/transfers/" + transfer, centre).json().get("status").asString())
        .isEqualTo("ACCEPTED");

    Answer withdrawn = http.post("/api/v1/cases/" + caseId + "/consent-withdrawal", centre, "");
    assertThat(withdrawn.status()).as(withdrawn.raw().body()).isLessThan(300);
    JsonNode told = partner.next();
    assertThat(told.get("type").asString()).isEqualTo("CONSENT_WITHDRAWN");
    assertThat(told.get("transfer").asString()).isEqualTo(transfer);
    JsonNode timeline = http.get("/api/v1/cases/" + caseId + "/timeline", centre).json();
    assertThat(timeline.toString())
        .contains(
            "TRANSFER_SENT",
            "TRANSFER_DELIVERED",
            "TRANSFER_ACCEPTED",
            "TRANSFER_CONSENT_WITHDRAWN");
    await().atMost(Duration.ofSeconds(10)).until(() -> partner.received.isEmpty());
    assertThat(
            count(
                "SELECT count(*) FROM crossborder.outbox WHERE partner = '"
                    + partnerId
                    + "'::uuid AND delivered_at IS NULL"))
        .isZero();
    assertThat(partner.posts.get()).as("each envelope posted once").isEqualTo(2);
  }

  @Test
  void aDeliveryWhoseAnswerWasLostEndsWithTheEnvelopeTakenOnce() throws Exception {
    String partnerId = activePartner("CENTRE");
    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);
    partner.loseNextAnswer = true;
    Answer sent =
        http.post(
            "/api/v1/cases/" + caseId + "/transfers",
            centre,
            "{\"partner\":\"%s\",\"basis\":\"LEGAL_BASIS\",\"basisDetail\":\"Court order 12/2026\"}"
                .formatted(partnerId));
    assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
    String transfer = sent.json().get("id").asString();
    assertThat(partner.next().get("transfer").asString()).isEqualTo(transfer);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "DELIVERED"
                    .equals(
                        http.get("/api/v1/transfers/" + transfer, centre)
                            .json()
                            .get("status")
                            .asString()));
    assertThat(partner.posts.get()).as("sent again after the lost answer").isEqualTo(2);
    assertThat(partner.received).as("taken once").isEmpty();
  }

  private String activePartner(String kind) {
    Answer registered = http.post("/api/v1/partners", admin, partner.registration(name(), kind));
    assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
    String id = registered.json().get("id").asString();
    Answer confirmed =
        http.post(
            "/api/v1/partners/" + id + "/confirmation",
            admin,
            "{\"fingerprint\":\"" + partner.fingerprint() + "\"}");
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    return id;
  }

  private Answer inbox(String sealed) {
    return http.postBytes(
        "/exchange/v1/inbox", null, sealed.getBytes(StandardCharsets.US_ASCII), "application/jose");
  }

  private JsonNode answer(Answer answer) {
    String content =
        Envelopes.verifiedAnswer(answer.raw().body(), havenSigning)
            .orElseThrow(() -> new AssertionError("The answer is not signed by Haven"));
    return FakePartner.JSON.readTree(content);
  }

  private void assertRefused(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
    assertThat(answer(answer).get("reason").get("code").asString()).isEqualTo(code);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static String name() {
    return "Nationellt centrum " + UUID.randomUUID().toString().substring(0, 8);
  }
}
