package org.haven.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples another vendor implements from ({@code docs/exchange/}): each content validates
 * against the published schema, the example envelope opens with the example keys, its signature
 * verifies and it holds exactly the example referral; the example answers verify; and a broken
 * example is refused. Run with {@code -Dhaven.exchange.write-examples=true} to write them anew.
 */
class ExchangeExamplesTest {

  static final Path DOCS = Path.of("docs", "exchange");
  static final JsonMapper JSON = JsonMapper.builder().build();
  final EnvelopeSchema envelopes = EnvelopeSchema.load(EnvelopeSchema.ENVELOPE);
  final EnvelopeSchema answers = EnvelopeSchema.load(EnvelopeSchema.ANSWER);

  @Test
  void everyExampleMeetsItsSchema() throws Exception {
    for (String example :
        List.of(
            "example-referral.json", "example-decision.json", "example-consent-withdrawn.json")) {
      assertThat(envelopes.violations(read(example))).as(example).isEmpty();
    }
    for (String example : List.of("example-answer-received.json", "example-answer-refused.json")) {
      assertThat(answers.violations(read(example))).as(example).isEmpty();
    }
  }

  @Test
  void theSchemaRefusesWhatItMust() throws Exception {
    JsonNode referral = read("example-referral.json");
    ObjectNode extra = (ObjectNode) referral.deepCopy();
    extra.put("testimony", "more than consented");
    assertThat(envelopes.violations(extra)).isNotEmpty();
    ObjectNode noPerson = (ObjectNode) referral.deepCopy();
    ((ObjectNode) noPerson.get("referral")).remove("person");
    assertThat(envelopes.violations(noPerson)).isNotEmpty();
    ObjectNode legal = (ObjectNode) referral.deepCopy();
    ((ObjectNode) legal.get("referral").get("basis")).put("kind", "LEGAL_BASIS").remove("detail");
    assertThat(envelopes.violations(legal)).as("a legal basis is cited").isNotEmpty();
  }

  @Test
  void theExampleEnvelopeOpensWithTheExampleKeys() throws Exception {
    if (Boolean.getBoolean("haven.exchange.write-examples")) {
      write();
    }
    List<ECKey> keys =
        JWKSet.parse(Files.readString(DOCS.resolve("example-keys.jwks"))).getKeys().stream()
            .map(JWK::toECKey)
            .toList();
    ECKey recipientEncryption = key(keys, "recipient-enc");
    Envelopes.Opened opened =
        Envelopes.open(
            Files.readString(DOCS.resolve("example-referral.jwe")),
            kid ->
                kid.equals(recipientEncryption.getKeyID())
                    ? Optional.of(recipientEncryption)
                    : Optional.empty());
    assertThat(opened.signerKeyId()).isEqualTo("sender-sig");
    assertThat(Envelopes.verifies(opened.signed(), List.of(key(keys, "sender-sig").toPublicJWK())))
        .isTrue();
    assertThat(JSON.readTree(opened.content())).isEqualTo(read("example-referral.json"));
    assertThat(
            Envelopes.verifiedAnswer(
                Files.readString(DOCS.resolve("example-answer-received.jws")),
                List.of(key(keys, "recipient-sig").toPublicJWK())))
        .map(JSON::readTree)
        .contains(read("example-answer-received.json"));
  }

  private static void write() throws Exception {
    ECKey senderSig = key("sender-sig", "sig");
    ECKey senderEnc = key("sender-enc", "enc");
    ECKey recipientSig = key("recipient-sig", "sig");
    ECKey recipientEnc = key("recipient-enc", "enc");
    Files.writeString(
        DOCS.resolve("example-keys.jwks"),
        JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(
                    new JWKSet(List.of(senderSig, senderEnc, recipientSig, recipientEnc))
                        .toJSONObject(false))
            + "\n");
    String referral = JSON.writeValueAsString(read("example-referral.json"));
    Files.writeString(
        DOCS.resolve("example-referral.jwe"),
        Envelopes.seal(referral, senderSig, recipientEnc) + "\n");
    String answer = JSON.writeValueAsString(read("example-answer-received.json"));
    Files.writeString(
        DOCS.resolve("example-answer-received.jws"),
        Envelopes.sign(answer, recipientSig, Envelopes.ANSWER_TYPE) + "\n");
  }

  private static ECKey key(String kid, String use) throws Exception {
    return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.parse(use)).generate();
  }

  private static ECKey key(List<ECKey> keys, String kid) {
    return keys.stream().filter(k -> k.getKeyID().equals(kid)).findFirst().orElseThrow();
  }

  private static JsonNode read(String name) throws Exception {
    return JSON.readTree(Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8));
  }
}
