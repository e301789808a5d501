package org.haven.crossborder;

import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inbox: takes an envelope from a partner installation, authenticated by its signature alone
 * (no bearer token). In order: the size, the encryption (sealed to a key of ours), the signer (a
 * key of a registered partner), the signature, the partner's standing (confirmed, not suspended),
 * the schema, the addresses, the lifetime, the message id (taken once) and what the message says.
 * Any refusal stores nothing, is audited and logged by its code, and is answered, signed, with the
 * code and a sentence for the sender's operator; a message taken in whole is answered RECEIVED,
 * signed.
 */
@Service
public class Inbox {

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);
  static final String RESOURCE = "ExchangeMessage";
  private static final Duration LONGEST = Duration.ofDays(30);

  private final Partners partners;
  private final Transfers transfers;
  private final LocalInstallation installation;
  private final ExchangeKeys keys;
  private final CrossborderSettings settings;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;
  private final EnvelopeSchema schema = EnvelopeSchema.load(EnvelopeSchema.ENVELOPE);

  Inbox(
      Partners partners,
      Transfers transfers,
      LocalInstallation installation,
      ExchangeKeys keys,
      CrossborderSettings settings,
      AuditTrail audit,
      JsonMapper json,
      Clock clock) {
    this.partners = partners;
    this.transfers = transfers;
    this.installation = installation;
    this.keys = keys;
    this.settings = settings;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** The inbox's answer: an HTTP status and a signed JWS (content type application/jose). */
  public record Answer(int status, String body) {}

  /** The largest envelope read, in bytes. */
  public int limit() {
    return settings.maxEnvelopeBytes();
  }

  /** An envelope larger than {@link #limit()}: refused unread. */
  public Answer tooLarge() {
    return refuse(
        new Refused(
            RefusalCode.TOO_LARGE,
            "The envelope is larger than the limit of " + limit() + " bytes"));
  }

  /** Takes one envelope, as posted. */
  public Answer take(byte[] body) {
    UUID message = null;
    try {
      if (body.length > limit()) {
        throw new Refused(
            RefusalCode.TOO_LARGE,
            "The envelope is larger than the limit of " + limit() + " bytes");
      }
      String compact = new String(body, StandardCharsets.US_ASCII);
      Envelopes.Opened opened = Envelopes.open(compact, keys::decryptionKey);
      Partner partner =
          partners
              .bySigningKey(opened.signerKeyId())
              .orElseThrow(
                  () ->
                      new Refused(
                          RefusalCode.UNKNOWN_SENDER,
                          "The signing key belongs to no partner here"));
      List<ECKey> named =
          Partners.signingKeys(partner).stream()
              .filter(k -> k.getKeyID().equals(opened.signerKeyId()))
              .toList();
      if (!Envelopes.verifies(opened.signed(), named)) {
        throw new Refused(RefusalCode.BAD_SIGNATURE, "The signature does not verify");
      }
      if (partner.status() == PartnerStatus.SUSPENDED) {
        throw new Refused(RefusalCode.SUSPENDED_SENDER, "The sender is suspended here");
      }
      if (partner.status() != PartnerStatus.ACTIVE) {
        throw new Refused(
            RefusalCode.UNKNOWN_SENDER, "The sender's fingerprint is not yet confirmed here");
      }
      JsonNode envelope;
      try {
        envelope = json.readTree(opened.content());
      } catch (JacksonException e) {
        throw new Refused(RefusalCode.SCHEMA_VIOLATION, "The content is not JSON");
      }
      message = messageId(envelope);
      List<String> violations = schema.violations(envelope);
      if (!violations.isEmpty()) {
        throw new Refused(
            RefusalCode.SCHEMA_VIOLATION,
            "The content breaks envelope-v1.schema.json at " + String.join(", ", violations));
      }
      if (!envelope
          .path("sender")
          .path("installation")
          .asString()
          .equals(partner.installation().toString())) {
        throw new Refused(
            RefusalCode.BAD_SIGNATURE, "The envelope names another sender than its signature");
      }
      if (!envelope
          .path("recipient")
          .path("installation")
          .asString()
          .equals(installation.id().toString())) {
        throw new Refused(
            RefusalCode.NOT_FOR_THIS_INSTALLATION,
            "The envelope is addressed to another installation");
      }
      checkLifetime(envelope);
      String hash = Envelopes.hash(compact);
      try {
        transfers.takeIn(partner, envelope, hash);
      } catch (DuplicateKeyException e) {
        throw new Refused(RefusalCode.REPLAYED, "This message was taken before");
      } catch (InvalidInput e) {
        throw new Refused(
            RefusalCode.REJECTED,
            "The referral cannot be recorded: " + e.field() + " (" + e.messageKey() + ")");
      } catch (DateTimeException | IllegalArgumentException e) {
        // a value the schema lets through but no calendar or code list knows (30 February, say)
        throw new Refused(RefusalCode.REJECTED, "A date or code in the content does not exist");
      }
      audit.record(
          AuditActor.SYSTEM,
          AuditAction.CREATE,
          RESOURCE,
          message.toString(),
          AuditOutcome.SUCCESS,
          "received from partner " + partner.id() + ", envelope " + hash);
      return answer("RECEIVED", message, null, 202);
    } catch (Refused refused) {
      return refuse(refused.about(message));
    }
  }

  private void checkLifetime(JsonNode envelope) {
    Instant issued;
    Instant expires;
    try {
      issued = Instant.parse(envelope.path("issuedAt").asString());
      expires = Instant.parse(envelope.path("expiresAt").asString());
    } catch (DateTimeParseException e) {
      throw new Refused(RefusalCode.SCHEMA_VIOLATION, "issuedAt and expiresAt must be instants");
    }
    Instant now = clock.instant();
    if (!expires.isAfter(now)) {
      throw new Refused(RefusalCode.EXPIRED, "The envelope expired");
    }
    if (issued.isAfter(now.plus(settings.clockSkew()))) {
      throw new Refused(RefusalCode.REJECTED, "The envelope is issued in the future");
    }
    if (!expires.isAfter(issued) || Duration.between(issued, expires).compareTo(LONGEST) > 0) {
      throw new Refused(
          RefusalCode.REJECTED, "An envelope lives after its issue for at most 30 days");
    }
  }

  private Answer refuse(Refused refused) {
    audit.record(
        AuditActor.ANONYMOUS,
        AuditAction.CREATE,
        RESOURCE,
        refused.messageId == null ? "unread" : refused.messageId.toString(),
        AuditOutcome.FAILURE,
        "refused: " + refused.code);
    log.warn("Cross-border message refused: {}", refused.code);
    return answer("REFUSED", refused.messageId, refused, refused.code.status());
  }

  private Answer answer(String type, UUID inReplyTo, Refused refused, int status) {
    ObjectNode answer = json.createObjectNode();
    answer.put("version", 1);
    answer.put("type", type);
    answer.put("messageId", UUID.randomUUID().toString());
    if (inReplyTo != null) {
      answer.put("inReplyTo", inReplyTo.toString());
    }
    answer.put("installation", installation.id().toString());
    answer.put(
        "issuedAt",
        DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    if (refused != null) {
      ObjectNode reason = answer.putObject("reason");
      reason.put("code", refused.code.name());
      reason.put("message", refused.getMessage());
    }
    return new Answer(
        status,
        Envelopes.sign(json.writeValueAsString(answer), keys.signingKey(), Envelopes.ANSWER_TYPE));
  }

  private static UUID messageId(JsonNode envelope) {
    try {
      return UUID.fromString(envelope.path("messageId").asString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
