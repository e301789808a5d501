package org.haven.crossborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.haven.support.HavenProcess;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.haven.support.MachineAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two installations on one machine, as two countries run them: "DK" and "SE", each its own Haven
 * with its own database and keys. They register each other from their installation documents and
 * confirm the fingerprints; DK refers a case to SE, SE finds it in its queue and accepts it, DK
 * sees the delivery and the acceptance on the case; DK's sender is killed with kill -9 right after
 * a second transfer is queued and started again — SE gets that transfer exactly once; the person
 * withdraws consent and SE's copy is marked. SE refuses a tampered envelope, a replayed one and one
 * signed with an unregistered key, storing nothing.
 */
class TwoInstallationsTest {

  static final String TOKEN = "bootstrap-token-for-cross-border-tests-0123";
  static final String ENDPOINT = "/exchange/v1/inbox";

  @Test
  void aCaseTravelsFromOneInstallationToAnotherExactlyOnce() throws Exception {
    Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-installations-");
    int dkPort = HavenProcess.freePort();
    int sePort = HavenProcess.freePort();
    Map<String, String> dkEnv = environment("Center mod Menneskehandel", "DK", dkPort);
    Map<String, String> seEnv = environment("Nationellt centrum", "SE", sePort);
    Path dkData = root.resolve("dk");
    HavenProcess dk = HavenProcess.start(dkData, dkEnv, dkPort);
    long postmaster = -1;
    try (HavenProcess se = HavenProcess.start(root.resolve("se"), seEnv, sePort)) {
      Http dkHttp = new Http(dkPort);
      Http seHttp = new Http(sePort);
      String seInDk = register(dkHttp, seHttp);
      register(seHttp, dkHttp);

      String dkCentre = centreToken(dkHttp);
      String seCentre = centreToken(seHttp);
      String caseId = acceptedCase(dkHttp, dkCentre);

      Answer sent = send(dkHttp, dkCentre, caseId, seInDk);
      assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
      String transfer = sent.json().get("id").asString();
      JsonNode queued =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> seHttp.get("/api/v1/referrals?channel=CROSS_BORDER", seCentre).json(),
                  r -> r.get("items").size() == 1);
      String referral = queued.get("items").get(0).get("id").asString();
      JsonNode inSe = seHttp.get("/api/v1/referrals/" + referral, seCentre).json();
      assertThat(inSe.toString()).contains("Popescu");
      assertThat(inSe.get("status").asString()).isEqualTo("SUBMITTED");
      // SE stores the referral before it answers; DK records the delivery once the signed answer is
      // back, a moment later
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(
                          dkHttp
                              .get("/api/v1/transfers/" + transfer, dkCentre)
                              .json()
                              .get("status")
                              .asString())
                      .isIn("DELIVERED", "ACCEPTED"));

      Answer accepted = seHttp.post("/api/v1/referrals/" + referral + "/accept", seCentre, "{}");
      assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  dkHttp
                      .get("/api/v1/transfers/" + transfer, dkCentre)
                      .json()
                      .get("status")
                      .asString(),
              "ACCEPTED"::equals);
      String timeline = dkHttp.get("/api/v1/cases/" + caseId + "/timeline", dkCentre).raw().body();
      assertThat(timeline).contains("TRANSFER_SENT", "TRANSFER_DELIVERED", "TRANSFER_ACCEPTED");

      // a second transfer, and the sender killed right after queueing it
      String secondCase = acceptedCase(dkHttp, dkCentre);
      Answer second = send(dkHttp, dkCentre, secondCase, seInDk);
      assertThat(second.status()).as(second.raw().body()).isEqualTo(201);
      postmaster =
          Long.parseLong(Files.readAllLines(dkData.resolve("postmaster.pid")).get(0).trim());
      dk.kill9();
      dk = HavenProcess.start(dkData, dkEnv, dkPort);
      String secondTransfer = second.json().get("id").asString();
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  dkHttp
                      .get("/api/v1/transfers/" + secondTransfer, dkCentre)
                      .json()
                      .get("status")
                      .asString(),
              s -> s.equals("DELIVERED"));
      Thread.sleep(3_000);
      assertThat(
              seHttp
                  .get("/api/v1/referrals?channel=CROSS_BORDER", seCentre)
                  .json()
                  .get("items")
                  .size())
          .as("each transfer taken exactly once")
          .isEqualTo(2);

      Answer withdrawn =
          dkHttp.post("/api/v1/cases/" + caseId + "/consent-withdrawal", dkCentre, "");
      assertThat(withdrawn.status()).as(withdrawn.raw().body()).isLessThan(300);
      String seTransfer =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> incomingTransferOf(seHttp, seCentre, referral),
                  t -> t != null && !t.get("consentWithdrawnAt").isNull())
              .get("id")
              .asString();
      assertThat(seTransfer).isNotBlank();

      refusals(seHttp, seCentre);
    } finally {
      dk.close();
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
    }
  }

  /**
   * A tampered envelope, a replayed one and one from an unregistered key: refused, nothing kept.
   */
  private static void refusals(Http se, String seCentre) throws Exception {
    JsonNode document = se.get("/exchange/v1/installation", null).json();
    UUID installation = UUID.fromString(document.get("installation").asString());
    @SuppressWarnings("unchecked")
    Map<String, Object> keys = FakePartner.JSON.convertValue(document.get("keys"), Map.class);
    ECKey encryption =
        JWKSet.parse(keys).getKeys().stream()
            .filter(k -> "enc".equals(k.getKeyUse().identifier()))
            .map(JWK::toECKey)
            .findFirst()
            .orElseThrow();
    int before =
        se.get("/api/v1/referrals?channel=CROSS_BORDER", seCentre).json().get("items").size();
    try (FakePartner registered = new FakePartner();
        FakePartner stranger = new FakePartner()) {
      String admin = TOKEN;
      Answer added =
          se.post("/api/v1/partners", admin, registered.registration("Lietuvos centras", "CENTRE"));
      assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
      se.post(
          "/api/v1/partners/" + added.json().get("id").asString() + "/confirmation",
          admin,
          "{\"fingerprint\":\"" + registered.fingerprint() + "\"}");
      String sealed = registered.seal(registered.referral(installation), encryption);
      assertThat(post(se, sealed).status()).isEqualTo(202);
      assertThat(post(se, sealed).status()).as("replayed").isEqualTo(409);
      char[] bytes = sealed.toCharArray();
      int at = sealed.lastIndexOf('.') - 10;
      bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
      String tampered = new String(bytes);
      assertThat(post(se, tampered).status()).as("tampered").isEqualTo(400);
      assertThat(post(se, stranger.seal(stranger.referral(installation), encryption)).status())
          .as("unregistered key")
          .isEqualTo(403);
    }
    assertThat(
            se.get("/api/v1/referrals?channel=CROSS_BORDER", seCentre).json().get("items").size())
        .as("only the one good envelope was stored")
        .isEqualTo(before + 1);
  }

  private static Answer post(Http http, String sealed) {
    return http.postBytes(
        ENDPOINT, null, sealed.getBytes(StandardCharsets.US_ASCII), "application/jose");
  }

  private static JsonNode incomingTransferOf(Http http, String token, String referral) {
    for (JsonNode t : http.get("/api/v1/transfers?direction=INCOMING", token).json()) {
      if (referral.equals(t.get("referral").asString())) {
        return t;
      }
    }
    return null;
  }

  /** Registers {@code other} in {@code here} from its installation document and confirms it. */
  private static String register(Http here, Http other) {
    JsonNode document = other.get("/exchange/v1/installation", null).json();
    ObjectNode body = FakePartner.JSON.createObjectNode();
    body.put("name", document.get("name").asString());
    body.put("country", document.get("country").asString());
    body.put("kind", "CENTRE");
    body.put("endpoint", document.get("endpoint").asString());
    body.put("installation", document.get("installation").asString());
    body.set("keys", document.get("keys"));
    Answer registered = here.post("/api/v1/partners", TOKEN, body.toString());
    assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
    String id = registered.json().get("id").asString();
    // read out by telephone in real life: here, taken from the other's own document
    Answer confirmed =
        here.post(
            "/api/v1/partners/" + id + "/confirmation",
            TOKEN,
            "{\"fingerprint\":\"" + document.get("fingerprint").asString() + "\"}");
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    return id;
  }

  private static String centreToken(Http http) {
    String centre = MachineAccounts.organisationOfType(http, TOKEN, "NATIONAL_CENTRE");
    return MachineAccounts.token(
        http, TOKEN, centre, "CENTRE_CASEWORKER", "centre-" + UUID.randomUUID() + "@haven.test");
  }

  /** A case opened the centre's way: an NGO's referral, accepted. */
  private static String acceptedCase(Http http, String centre) {
    String ngoOrganisation =
        MachineAccounts.organisation(http, TOKEN, "NGO " + UUID.randomUUID(), "NGO");
    String ngo =
        MachineAccounts.token(
            http, TOKEN, ngoOrganisation, "NGO_WORKER", "ngo-" + UUID.randomUUID() + "@haven.test");
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(10);
    String body =
        """
        {"path":"FULL","channel":"NGO_OUTREACH","encounterDate":"%s","encounterPlace":"Copenhagen",
         "exploitation":["SexualExploitation"],"indicators":["DEBT_BONDAGE"],
         "account":"Met at the drop-in clinic.","immediateDanger":false,
         "interpreterLanguage":"ro","givenNames":"Ioana","familyName":"Popescu","gender":"Feminine",
         "birth":{"precision":"YEAR","year":1998},"citizenships":["RO"],
         "consent":{"toReferral":true,"toPolice":false,"toContact":true}}
        """
            .formatted(day);
    Answer created = http.post("/api/v1/referrals", ngo, body);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String referral = created.json().get("id").asString();
    http.post("/api/v1/referrals/" + referral + "/submit", ngo, "");
    Answer accepted = http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}");
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    String person = accepted.json().get("person").asString();
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              for (JsonNode c : http.get("/api/v1/cases?size=200", centre).json().get("items")) {
                if (person.equals(c.get("personReference").asString())) {
                  return c.get("id").asString();
                }
              }
              return null;
            },
            id -> id != null);
  }

  private static Answer send(Http http, String centre, String caseId, String partner) {
    return http.post(
        "/api/v1/cases/" + caseId + "/transfers",
        centre,
        """
        {"partner":"%s","purpose":"REFERRAL","parts":["TIMELINE"],"basis":"CONSENT",
         "consentGivenOn":"%s","note":"She wants help in Sweden."}
        """
            .formatted(partner, LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1)));
  }

  private static Map<String, String> environment(String name, String country, int port) {
    Map<String, String> env = new HashMap<>();
    env.put("HAVEN_BOOTSTRAP_TOKEN", TOKEN);
    env.put("HAVEN_CROSSBORDER_NAME", name);
    env.put("HAVEN_CROSSBORDER_COUNTRY", country);
    env.put("HAVEN_CROSSBORDER_ENDPOINT", "http://localhost:" + port + ENDPOINT);
    env.put("HAVEN_CROSSBORDER_ALLOWHTTP", "true");
    env.put("HAVEN_CROSSBORDER_DELIVEREVERY", "PT1S");
    env.put("HAVEN_CROSSBORDER_FIRSTRETRY", "PT1S");
    env.put("HAVEN_CROSSBORDER_REQUESTTIMEOUT", "PT2S");
    return env;
  }
}
