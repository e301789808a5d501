package org.haven.crossborder;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Another installation, standing in for a partner in tests: its own keys and installation id, an
 * inbox on a local port that opens what Haven sends it (verifying Haven's signature) and answers
 * RECEIVED signed, and a hand that seals envelopes to Haven.
 */
final class FakePartner implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();

  final UUID installation = UUID.randomUUID();
  final ECKey signing;
  final ECKey encryption;
  final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  final AtomicInteger posts = new AtomicInteger();
  volatile int failNext;
  volatile boolean loseNextAnswer;
  private final Set<String> taken = ConcurrentHashMap.newKeySet();
  private final HttpServer server;
  private volatile List<ECKey> havenSigningKeys = List.of();

  FakePartner() throws IOException {
    List<ECKey> keys = ExchangeKeys.newGeneration();
    this.signing = keys.get(0);
    this.encryption = keys.get(1);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/exchange/v1/inbox",
        exchange -> {
          posts.incrementAndGet();
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          if (failNext > 0) {
            failNext--;
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
          }
          Envelopes.Opened opened =
              Envelopes.open(
                  new String(body, StandardCharsets.US_ASCII),
                  kid ->
                      kid.equals(encryption.getKeyID())
                          ? Optional.of(encryption)
                          : Optional.empty());
          if (!Envelopes.verifies(opened.signed(), havenSigningKeys)) {
            throw new IllegalStateException("Haven's signature does not verify");
          }
          JsonNode envelope = JSON.readTree(opened.content());
          String message = envelope.get("messageId").asString();
          boolean first = taken.add(message);
          if (first) {
            received.add(envelope);
          }
          if (first && loseNextAnswer) {
            // taken in, but the answer is lost on the way (a crash, a dropped connection)
            loseNextAnswer = false;
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
            return;
          }
          byte[] answer =
              Envelopes.sign(answer(message, first), signing, Envelopes.ANSWER_TYPE)
                  .getBytes(StandardCharsets.US_ASCII);
          exchange.getResponseHeaders().add("Content-Type", "application/jose");
          exchange.sendResponseHeaders(first ? 202 : 409, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  /** The keys Haven publishes: what this partner verifies Haven's envelopes with. */
  void trust(Map<String, Object> havenKeys) throws Exception {
    havenSigningKeys =
        JWKSet.parse(havenKeys).getKeys().stream()
            .filter(k -> "sig".equals(k.getKeyUse().identifier()))
            .map(JWK::toECKey)
            .toList();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/exchange/v1/inbox";
  }

  /** The registration Haven's administrator posts. */
  String registration(String name, String kind) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("country", "SE");
    body.put("kind", kind);
    body.put("endpoint", endpoint());
    body.put("installation", installation.toString());
    body.set(
        "keys",
        JSON.valueToTree(
            new JWKSet(List.of(signing.toPublicJWK(), encryption.toPublicJWK()))
                .toJSONObject(true)));
    return JSON.writeValueAsString(body);
  }

  /** The partner's installation document, as its administrator would send it. */
  String document(String name) {
    ObjectNode document = JSON.createObjectNode();
    document.put("installation", installation.toString());
    document.put("name", name);
    document.put("country", "SE");
    document.put("endpoint", endpoint());
    document.set(
        "keys",
        JSON.valueToTree(
            new JWKSet(List.of(signing.toPublicJWK(), encryption.toPublicJWK()))
                .toJSONObject(true)));
    document.put("fingerprint", fingerprint());
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  String fingerprint() {
    return Fingerprints.of(new JWKSet(List.of(signing.toPublicJWK(), encryption.toPublicJWK())));
  }

  JsonNode next() throws InterruptedException {
    JsonNode envelope = received.poll(30, TimeUnit.SECONDS);
    if (envelope == null) {
      throw new AssertionError("Haven delivered nothing within 30 seconds");
    }
    return envelope;
  }

  /** An envelope's common head, addressed to {@code haven}. */
  ObjectNode head(String type, UUID haven, UUID transfer) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("version", 1);
    envelope.put("messageId", UUID.randomUUID().toString());
    envelope.put("type", type);
    envelope.put("issuedAt", DateTimeFormatter.ISO_INSTANT.format(now));
    envelope.put("expiresAt", DateTimeFormatter.ISO_INSTANT.format(now.plusSeconds(86_400)));
    ObjectNode sender = envelope.putObject("sender");
    sender.put("installation", installation.toString());
    sender.put("name", "Nationellt centrum");
    sender.put("country", "SE");
    envelope.putObject("recipient").put("installation", haven.toString());
    envelope.put("transfer", transfer.toString());
    return envelope;
  }

  /** A referral of an adult on her own consent, the summary only. */
  ObjectNode referral(UUID haven) {
    ObjectNode envelope = head("REFERRAL", haven, UUID.randomUUID());
    envelope.set(
        "referral",
        JSON.readTree(
            """
            {"purpose":"REFERRAL",
             "basis":{"kind":"CONSENT","consentGivenOn":"2026-11-20"},
             "parts":["SUMMARY"],
             "note":"She asks for help in Denmark; her aunt lives in Aarhus.",
             "person":{"givenNames":"Ieva","familyName":"Kazlauskaite","gender":"Feminine",
                       "birth":{"precision":"EXACT","date":"1998-04-02"},"citizenships":["LT"],
                       "languages":["lt","ru"],"interpreterNeeded":true,"minor":false},
             "case":{"openedOn":"2026-10-01","status":"ACTIVE"}}
            """));
    return envelope;
  }

  /** {@code envelope} signed by this partner and sealed to Haven's encryption key. */
  String seal(JsonNode envelope, ECKey havenEncryption) {
    return Envelopes.seal(JSON.writeValueAsString(envelope), signing, havenEncryption);
  }

  private String answer(String inReplyTo, boolean received) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("version", 1);
    answer.put("type", received ? "RECEIVED" : "REFUSED");
    answer.put("messageId", UUID.randomUUID().toString());
    answer.put("inReplyTo", inReplyTo);
    answer.put("installation", installation.toString());
    answer.put(
        "issuedAt",
        DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    if (!received) {
      ObjectNode reason = answer.putObject("reason");
      reason.put("code", "REPLAYED");
      reason.put("message", "This message id was taken before");
    }
    return JSON.writeValueAsString(answer);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
