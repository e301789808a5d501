package org.haven.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.api.ReferralsApiFixture;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchange's speed ({@code bench/crossborder.sh}; not part of the build): a case with 50
 * timeline entries sent (read, built, checked against the schema, signed, encrypted, queued; over
 * HTTP), the same envelope sealed alone, and envelopes from a partner taken in (decrypted,
 * verified, checked, stored; over HTTP). Prints medians and 99th percentiles.
 */
@HavenTest
@EnabledIfSystemProperty(named = "haven.bench.envelopes", matches = "true")
class EnvelopeBench {

  static final int RUNS = Integer.getInteger("haven.bench.runs", 300);

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void envelopes() throws Exception {
    Http http = new Http(port);
    String admin = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    try (FakePartner partner = new FakePartner()) {
      JsonNode document = http.get("/exchange/v1/installation", null).json();
      UUID haven = UUID.fromString(document.get("installation").asString());
      @SuppressWarnings("unchecked")
      Map<String, Object> keys = FakePartner.JSON.convertValue(document.get("keys"), Map.class);
      partner.trust(keys);
      ECKey havenEncryption =
          JWKSet.parse(keys).getKeys().stream()
              .filter(k -> "enc".equals(k.getKeyUse().identifier()))
              .map(JWK::toECKey)
              .findFirst()
              .orElseThrow();
      Answer registered =
          http.post(
              "/api/v1/partners",
              admin,
              partner.registration("Bench " + UUID.randomUUID(), "CENTRE"));
      String partnerId = registered.json().get("id").asString();
      http.post(
          "/api/v1/partners/" + partnerId + "/confirmation",
          admin,
          "{\"fingerprint\":\"" + partner.fingerprint() + "\"}");

      String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, centre);
      Instant at = Instant.now().minusSeconds(86_400 * 40);
      for (int i = 0; i < 50; i++) {
        jdbc.sql(
                "INSERT INTO casework.timeline_entry (case_id, occurred_at, kind, module, args) VALUES (?::uuid, ?, 'TASK_ADDED', 'casework', '')")
            .params(caseId, Timestamp.from(at.plusSeconds(3600L * i)))
            .update();
      }
      String request =
          """
          {"partner":"%s","parts":["TIMELINE","TASKS","NOTES"],"basis":"CONSENT","consentGivenOn":"2026-11-30",
           "note":"Bench"}
          """
              .formatted(partnerId);
      String content =
          http.post("/api/v1/cases/" + caseId + "/transfers/preview", centre, request).raw().body();
      assertThat(FakePartner.JSON.readTree(content).get("referral").get("timeline").size())
          .isGreaterThanOrEqualTo(50);

      // sealing alone: sign and encrypt the content
      ECKey signer = ExchangeKeys.newGeneration().get(0);
      long[] seal = new long[RUNS];
      for (int i = -RUNS; i < RUNS; i++) {
        long start = System.nanoTime();
        String sealed = Envelopes.seal(content, signer, havenEncryption);
        if (i >= 0) {
          seal[i] = System.nanoTime() - start;
        }
        assertThat(sealed).isNotEmpty();
      }

      // what would leave, built from the case (its reads audited), over HTTP: no sealing, no queue
      long[] preview = new long[RUNS];
      for (int i = -20; i < RUNS; i++) {
        long start = System.nanoTime();
        Answer shown = http.post("/api/v1/cases/" + caseId + "/transfers/preview", centre, request);
        if (i >= 0) {
          preview[i] = System.nanoTime() - start;
        }
        assertThat(shown.status()).isEqualTo(200);
      }

      // the schema check alone
      EnvelopeSchema schema = EnvelopeSchema.load(EnvelopeSchema.ENVELOPE);
      JsonNode parsed = FakePartner.JSON.readTree(content);
      long[] check = new long[RUNS];
      for (int i = -RUNS; i < RUNS; i++) {
        long start = System.nanoTime();
        boolean valid = schema.violations(parsed).isEmpty();
        if (i >= 0) {
          check[i] = System.nanoTime() - start;
        }
        assertThat(valid).isTrue();
      }

      // a case sent: read, built, checked, signed, encrypted and queued, over HTTP
      long[] send = new long[RUNS];
      for (int i = -20; i < RUNS; i++) {
        long start = System.nanoTime();
        Answer sent = http.post("/api/v1/cases/" + caseId + "/transfers", centre, request);
        if (i >= 0) {
          send[i] = System.nanoTime() - start;
        }
        assertThat(sent.status()).isEqualTo(201);
      }

      // envelopes taken in: decrypted, verified, checked and stored as referrals, over HTTP
      long[] take = new long[RUNS];
      for (int i = -20; i < RUNS; i++) {
        ObjectNode envelope = partner.referral(haven);
        byte[] sealed = partner.seal(envelope, havenEncryption).getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        Answer taken = http.postBytes("/exchange/v1/inbox", null, sealed, "application/jose");
        if (i >= 0) {
          take[i] = System.nanoTime() - start;
        }
        assertThat(taken.status()).isEqualTo(202);
      }
      // opening alone: decrypt, verify
      String one = partner.seal(partner.referral(haven), havenEncryption);
      ECKey ours = havenEncryption;
      List<ECKey> partnerKeys = List.of(partner.signing.toPublicJWK());
      long[] open = new long[RUNS];
      ECKey fakeRecipient = ExchangeKeys.newGeneration().get(1);
      String toFake = Envelopes.seal(content, partner.signing, fakeRecipient);
      for (int i = -RUNS; i < RUNS; i++) {
        long start = System.nanoTime();
        Envelopes.Opened opened = Envelopes.open(toFake, kid -> Optional.of(fakeRecipient));
        boolean ok = Envelopes.verifies(opened.signed(), partnerKeys);
        if (i >= 0) {
          open[i] = System.nanoTime() - start;
        }
        assertThat(ok).isTrue();
      }
      assertThat(one).isNotEmpty();
      assertThat(ours).isNotNull();

      List<String> lines = new ArrayList<>();
      lines.add(line("seal (sign + encrypt) a 50-entry case summary", seal));
      lines.add(line("check a 50-entry envelope against the schema", check));
      lines.add(line("preview a case over HTTP (read, build)", preview));
      lines.add(line("send a case over HTTP (read, build, schema, seal, queue)", send));
      lines.add(line("open (decrypt + verify) a 50-entry envelope", open));
      lines.add(line("take in a referral over HTTP (open, verify, schema, store)", take));
      lines.forEach(System.out::println);
    }
  }

  private static String line(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "BENCH %s: median %.1f ms, p99 %.1f ms (%d runs)",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99) - 1] / 1e6,
        sorted.length);
  }
}
