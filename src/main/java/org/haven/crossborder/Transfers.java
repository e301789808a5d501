package org.haven.crossborder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFile;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseNote;
import org.haven.casework.CasePart;
import org.haven.casework.CaseTask;
import org.haven.casework.Sensitivity;
import org.haven.casework.TimelineEntry;
import org.haven.intake.ReferralId;
import org.haven.intake.Referrals;
import org.haven.people.Birth;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonReference;
import org.haven.reads.RoundTrip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Front door of transfers abroad. A centre caseworker with the whole case sends it to a confirmed
 * partner, with the parts chosen and the consent or legal basis recorded: the envelope is built,
 * signed, encrypted to the partner and put in the outbox in the same transaction as the transfer
 * and the case's timeline entry, so a crash loses nothing and sends nothing twice. A withdrawal of
 * consent follows every transfer that rested on it. What a partner sends comes in through {@link
 * Inbox}: a referral lands in the centre's queue, a decision or a withdrawal on the transfer it
 * answers. Every send, receipt and reading audited, with the envelope's hash.
 */
@Service
public class Transfers {

  static final String RESOURCE = "Transfer";
  static final String MODULE = "crossborder";
  private static final int NOTE_LIMIT = 2000;
  private static final int DETAIL_LIMIT = 200;
  private static final int TIMELINE_PAGES = 10;
  private static final int TIMELINE_PAGE = 200;

  private final JdbcClient jdbc;
  private final Partners partners;
  private final LocalInstallation installation;
  private final ExchangeKeys keys;
  private final CaseFiles cases;
  private final People people;
  private final Referrals referrals;
  private final AuditTrail audit;
  private final CrossborderSettings settings;
  private final JsonMapper json;
  private final Clock clock;
  private final EnvelopeSchema schema = EnvelopeSchema.load(EnvelopeSchema.ENVELOPE);

  Transfers(
      JdbcClient jdbc,
      Partners partners,
      LocalInstallation installation,
      ExchangeKeys keys,
      CaseFiles cases,
      People people,
      Referrals referrals,
      AuditTrail audit,
      CrossborderSettings settings,
      JsonMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.installation = installation;
    this.keys = keys;
    this.cases = cases;
    this.people = people;
    this.referrals = referrals;
    this.audit = audit;
    this.settings = settings;
    this.json = json;
    this.clock = clock;
  }

  /** Who sends cases abroad and reads what came in: the centre's caseworkers. */
  public static boolean maySend(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER);
  }

  /** What would leave: the partner and the envelope's content, exactly as it would be signed. */
  public record Preview(Partner partner, String content) {}

  /** The envelope's content for {@code request}, without sending (the reads it takes audited). */
  @Transactional
  public Preview preview(CaseId caseId, TransferRequest request, Actor by) {
    Checked checked = check(caseId, request, by);
    Instant now = now();
    ObjectNode envelope =
        envelope(UUID.randomUUID(), "REFERRAL", now, checked.partner(), UUID.randomUUID());
    envelope.set("referral", content(checked, by));
    return new Preview(
        checked.partner(), json.writerWithDefaultPrettyPrinter().writeValueAsString(envelope));
  }

  /** Sends the case: the envelope queued for delivery, the case's timeline told, audited. */
  @Transactional
  public Transfer send(CaseId caseId, TransferRequest request, Actor by) {
    Checked checked = check(caseId, request, by);
    Instant now = now();
    UUID transfer = UUID.randomUUID();
    UUID message = UUID.randomUUID();
    ObjectNode envelope = envelope(message, "REFERRAL", now, checked.partner(), transfer);
    ObjectNode content = content(checked, by);
    envelope.set("referral", content);
    jdbc.sql(
            """
            INSERT INTO crossborder.transfer (id, direction, case_id, partner, purpose, parts, basis, consent_given_on,
                                              basis_detail, note, status, message_id, created_by, created_at)
            VALUES (?, 'OUTGOING', ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
            """)
        .params(
            transfer,
            caseId.value(),
            checked.partner().id(),
            checked.purpose().name(),
            parts(checked.parts()),
            checked.basis().name(),
            checked.consentGivenOn(),
            checked.detail(),
            checked.note(),
            message,
            by.user().value(),
            utc(now))
        .update();
    String hash = queue(transfer, checked.partner(), "REFERRAL", envelope, now);
    jdbc.sql("UPDATE crossborder.transfer SET envelope_hash = ? WHERE id = ?")
        .params(hash, transfer)
        .update();
    cases.recordFact(
        caseId, now, "TRANSFER_SENT", MODULE, by.user().value(), checked.partner().name());
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        RESOURCE,
        transfer.toString(),
        AuditOutcome.SUCCESS,
        "sent to partner " + checked.partner().id() + ", envelope " + hash);
    return row(transfer).orElseThrow();
  }

  /**
   * Transfers sent and received, newest first, at most {@code limit}; optionally of one direction
   * or status (the centre; the list names partners and dates, no person, and its reading is
   * audited).
   */
  @Transactional
  public List<Transfer> list(Direction direction, TransferStatus status, int limit, Actor by) {
    requireSender(by);
    audit.record(
        by.audit(), AuditAction.READ, RESOURCE, "list", AuditOutcome.SUCCESS, "transfers abroad");
    return jdbc.sql(
            SELECT
                + " WHERE (?::text IS NULL OR t.direction = ?::text) AND (?::text IS NULL OR t.status = ?::text)"
                + " ORDER BY t.created_at DESC, t.id LIMIT ?")
        .params(
            direction == null ? null : direction.name(),
            direction == null ? null : direction.name(),
            status == null ? null : status.name(),
            status == null ? null : status.name(),
            Math.max(1, Math.min(limit, 500)))
        .query((rs, n) -> transfer(rs, false))
        .list();
  }

  /** The transfers of a case, newest first (the centre; audited as a reading of the case's). */
  @Transactional
  public List<Transfer> forCase(CaseId caseId, Actor by) {
    requireSender(by);
    if (!cases.recorded(caseId)) {
      throw new NotFound("Case");
    }
    return transfersOf(caseId, by);
  }

  /**
   * The transfers of a case the caller has just read (the case page): as {@link #forCase(CaseId,
   * Actor)}, without asking casework again whether the case exists.
   */
  @Transactional
  public List<Transfer> forCase(CaseFile file, Actor by) {
    requireSender(by);
    return transfersOf(file.id(), by);
  }

  /**
   * As {@link #forCase(CaseFile, Actor)}, read in the caller's round trip with the rest of its page
   * (the read audited now, in the caller's transaction).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Supplier<List<Transfer>> forCase(CaseFile file, Actor by, RoundTrip reads) {
    requireSender(by);
    auditTransfersOf(file.id(), by);
    return reads.add(OF_CASE, (rs, n) -> transfer(rs, false), file.id().value());
  }

  private List<Transfer> transfersOf(CaseId caseId, Actor by) {
    auditTransfersOf(caseId, by);
    return jdbc.sql(OF_CASE).param(caseId.value()).query((rs, n) -> transfer(rs, false)).list();
  }

  private void auditTransfersOf(CaseId caseId, Actor by) {
    audit.record(
        by.audit(),
        AuditAction.READ,
        RESOURCE,
        caseId.toString(),
        AuditOutcome.SUCCESS,
        "transfers of case");
  }

  /** One transfer, with what was received for an incoming one (the centre; audited). */
  @Transactional
  public Transfer find(UUID id, Actor by) {
    requireSender(by);
    Transfer transfer =
        jdbc.sql(SELECT + " WHERE t.id = ?")
            .param(id)
            .query((rs, n) -> transfer(rs, true))
            .optional()
            .orElseThrow(() -> new NotFound(RESOURCE));
    audit.record(by.audit(), AuditAction.READ, RESOURCE, id.toString());
    return transfer;
  }

  /** The transfer that brought a referral in, if one did (ids only: not a read). */
  @Transactional(readOnly = true)
  public Optional<UUID> ofReferral(ReferralId referral) {
    return jdbc.sql("SELECT id FROM crossborder.transfer WHERE referral_id = ?")
        .param(referral.value())
        .query(UUID.class)
        .optional();
  }

  /**
   * The person withdrew the consent one transfer rested on: the partner is told in a message of its
   * own, and the transfer is marked. Shares and other transfers stay (the case's own withdrawal
   * ends them all).
   */
  @Transactional
  public Transfer withdrawConsent(UUID id, Actor by) {
    requireSender(by);
    Transfer transfer = row(id).orElseThrow(() -> new NotFound(RESOURCE));
    if (transfer.direction() != Direction.OUTGOING) {
      throw new InvalidInput("transfer", "transfer.notSentHere");
    }
    if (!transfer.basis().restsOnConsent()) {
      throw new InvalidInput("transfer", "transfer.notOnConsent");
    }
    if (transfer.consentWithdrawnAt() != null) {
      throw new InvalidInput("transfer", "transfer.consentAlreadyWithdrawn");
    }
    if (transfer.status() == TransferStatus.FAILED) {
      throw new InvalidInput("transfer", "transfer.neverArrived");
    }
    withdraw(transfer, by.user().value(), by.audit());
    return row(id).orElseThrow();
  }

  // --- for the module's listeners, outbox and inbox

  /** Every transfer of the case that rested on consent is withdrawn (the case's withdrawal). */
  @Transactional
  void caseConsentWithdrawn(CaseId caseId) {
    List<Transfer> affected =
        jdbc.sql(
                SELECT
                    + " WHERE t.case_id = ? AND t.direction = 'OUTGOING' AND t.consent_withdrawn_at IS NULL"
                    + " AND t.basis <> 'LEGAL_BASIS' AND t.status <> 'FAILED' ORDER BY t.created_at")
            .param(caseId.value())
            .query((rs, n) -> transfer(rs, false))
            .list();
    for (Transfer transfer : affected) {
      withdraw(transfer, null, AuditActor.SYSTEM);
    }
  }

  /** The centre decided on a referral that came from abroad: the partner is told. */
  @Transactional
  void referralDecided(ReferralId referral, boolean accepted) {
    Optional<Transfer> found =
        jdbc.sql(SELECT + " WHERE t.referral_id = ? AND t.status = 'RECEIVED'")
            .param(referral.value())
            .query((rs, n) -> transfer(rs, false))
            .optional();
    if (found.isEmpty()) {
      return;
    }
    Transfer transfer = found.get();
    Instant now = now();
    jdbc.sql(
            "UPDATE crossborder.transfer SET status = ?, decided_at = ?, version = version + 1 WHERE id = ?")
        .params(accepted ? "ACCEPTED" : "DECLINED", utc(now), transfer.id())
        .update();
    Partner partner = partners.find(transfer.partner()).orElseThrow();
    UUID remote =
        jdbc.sql("SELECT remote_transfer FROM crossborder.transfer WHERE id = ?")
            .param(transfer.id())
            .query(UUID.class)
            .single();
    ObjectNode envelope = envelope(UUID.randomUUID(), "DECISION", now, partner, remote);
    ObjectNode decision = envelope.putObject("decision");
    decision.put("outcome", accepted ? "ACCEPTED" : "DECLINED");
    decision.put("decidedOn", LocalDate.ofInstant(now, clock.getZone()).toString());
    String hash = queue(transfer.id(), partner, "DECISION", envelope, now);
    audit.record(
        AuditActor.SYSTEM,
        AuditAction.UPDATE,
        RESOURCE,
        transfer.id().toString(),
        AuditOutcome.SUCCESS,
        (accepted ? "accepted" : "declined") + "; partner told, envelope " + hash);
  }

  /**
   * Takes in a verified message from {@code partner}: its id recorded (a second time refused as a
   * replay), then what it says. One transaction: a refusal leaves nothing behind.
   */
  @Transactional
  UUID takeIn(Partner partner, JsonNode envelope, String hash) {
    UUID message = UUID.fromString(envelope.path("messageId").asString());
    String type = envelope.path("type").asString();
    int taken =
        jdbc.sql(
                """
                INSERT INTO crossborder.inbox (message_id, partner, type, envelope_hash, received_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING
                """)
            .params(message, partner.id(), type, hash, utc(now()))
            .update();
    if (taken == 0) {
      throw new Refused(RefusalCode.REPLAYED, "This message id was taken before", message);
    }
    UUID transfer =
        switch (type) {
          case "REFERRAL" -> receiveReferral(partner, envelope, message, hash);
          case "DECISION" -> receiveDecision(partner, envelope, hash);
          case "CONSENT_WITHDRAWN" -> receiveWithdrawal(partner, envelope, hash);
          default -> throw new Refused(RefusalCode.SCHEMA_VIOLATION, "Unknown type", message);
        };
    jdbc.sql("UPDATE crossborder.inbox SET transfer = ? WHERE message_id = ?")
        .params(transfer, message)
        .update();
    return transfer;
  }

  private UUID receiveReferral(Partner partner, JsonNode envelope, UUID message, String hash) {
    JsonNode content = envelope.path("referral");
    UUID remote = UUID.fromString(envelope.path("transfer").asString());
    if (jdbc.sql(
                "SELECT count(*) FROM crossborder.transfer WHERE partner = ? AND remote_transfer = ?")
            .params(partner.id(), remote)
            .query(Long.class)
            .single()
        > 0) {
      throw new Refused(RefusalCode.REPLAYED, "This transfer was received before", message);
    }
    Instant issued = Instant.parse(envelope.path("issuedAt").asString());
    ReceivedReferral received = ReceivedReferral.read(content, partner, issued, clock);
    if (received.child() && received.basis() == TransferBasis.CONSENT) {
      throw new Refused(
          RefusalCode.CHILD_WITHOUT_GUARDIAN_BASIS,
          "The person is a child: a referral needs the guardian's consent or a legal basis",
          message);
    }
    ReferralId referral = referrals.receiveFromAbroad(received.draft(), partner.organisation());
    UUID transfer = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO crossborder.transfer (id, direction, partner, purpose, parts, basis, consent_given_on,
                                              basis_detail, note, status, message_id, envelope_hash,
                                              remote_transfer, referral_id, content, created_at)
            VALUES (?, 'INCOMING', ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?)
            """)
        .params(
            transfer,
            partner.id(),
            content.path("purpose").asString(),
            parts(received.parts()),
            received.basis().name(),
            received.consentGivenOn(),
            received.basisDetail(),
            received.note(),
            message,
            hash,
            remote,
            referral.value(),
            json.writeValueAsString(content),
            utc(now()))
        .update();
    audit.record(
        AuditActor.SYSTEM,
        AuditAction.CREATE,
        RESOURCE,
        transfer.toString(),
        AuditOutcome.SUCCESS,
        "received from partner " + partner.id() + ", envelope " + hash);
    return transfer;
  }

  private UUID receiveDecision(Partner partner, JsonNode envelope, String hash) {
    Transfer transfer = answered(partner, envelope, Direction.OUTGOING);
    if (transfer.status() == TransferStatus.ACCEPTED
        || transfer.status() == TransferStatus.DECLINED) {
      throw new Refused(RefusalCode.REJECTED, "The transfer was decided before");
    }
    JsonNode decision = envelope.path("decision");
    boolean accepted = "ACCEPTED".equals(decision.path("outcome").asString());
    String reason = decision.path("reason").isString() ? decision.path("reason").asString() : null;
    Instant now = now();
    jdbc.sql(
            """
            UPDATE crossborder.transfer SET status = ?, decided_at = ?, decision_reason = ?,
                   delivered_at = COALESCE(delivered_at, ?), version = version + 1
             WHERE id = ?
            """)
        .params(accepted ? "ACCEPTED" : "DECLINED", utc(now), reason, utc(now), transfer.id())
        .update();
    cases.recordFact(
        new CaseId(transfer.caseId()),
        now,
        accepted ? "TRANSFER_ACCEPTED" : "TRANSFER_DECLINED",
        MODULE,
        null,
        partner.name());
    audit.record(
        AuditActor.SYSTEM,
        AuditAction.UPDATE,
        RESOURCE,
        transfer.id().toString(),
        AuditOutcome.SUCCESS,
        (accepted ? "accepted" : "declined") + " by partner, envelope " + hash);
    return transfer.id();
  }

  private UUID receiveWithdrawal(Partner partner, JsonNode envelope, String hash) {
    Transfer transfer = answered(partner, envelope, Direction.INCOMING);
    jdbc.sql(
            "UPDATE crossborder.transfer SET consent_withdrawn_at = COALESCE(consent_withdrawn_at, ?), version = version + 1 WHERE id = ?")
        .params(utc(now()), transfer.id())
        .update();
    audit.record(
        AuditActor.SYSTEM,
        AuditAction.UPDATE,
        RESOURCE,
        transfer.id().toString(),
        AuditOutcome.SUCCESS,
        "consent withdrawn by the sender, envelope " + hash);
    return transfer.id();
  }

  /** The transfer a decision or a withdrawal answers: ours if we sent it, the partner's if not. */
  private Transfer answered(Partner partner, JsonNode envelope, Direction direction) {
    UUID named = UUID.fromString(envelope.path("transfer").asString());
    String where =
        direction == Direction.OUTGOING
            ? " WHERE t.id = ? AND t.partner = ? AND t.direction = 'OUTGOING'"
            : " WHERE t.remote_transfer = ? AND t.partner = ? AND t.direction = 'INCOMING'";
    return jdbc.sql(SELECT + where)
        .params(named, partner.id())
        .query((rs, n) -> transfer(rs, false))
        .optional()
        .orElseThrow(
            () -> new Refused(RefusalCode.UNKNOWN_TRANSFER, "No such transfer with this partner"));
  }

  private void withdraw(Transfer transfer, UUID user, AuditActor actor) {
    Instant now = now();
    Partner partner = partners.find(transfer.partner()).orElseThrow();
    jdbc.sql(
            "UPDATE crossborder.transfer SET consent_withdrawn_at = ?, version = version + 1 WHERE id = ?")
        .params(utc(now), transfer.id())
        .update();
    ObjectNode envelope =
        envelope(UUID.randomUUID(), "CONSENT_WITHDRAWN", now, partner, transfer.id());
    envelope
        .putObject("withdrawal")
        .put("withdrawnOn", LocalDate.ofInstant(now, clock.getZone()).toString());
    String hash = queue(transfer.id(), partner, "CONSENT_WITHDRAWN", envelope, now);
    cases.recordFact(
        new CaseId(transfer.caseId()),
        now,
        "TRANSFER_CONSENT_WITHDRAWN",
        MODULE,
        user,
        partner.name());
    audit.record(
        actor,
        AuditAction.UPDATE,
        RESOURCE,
        transfer.id().toString(),
        AuditOutcome.SUCCESS,
        "consent withdrawn; partner told, envelope " + hash);
  }

  /** Seals {@code envelope} to {@code partner} and puts it in the outbox; answers its hash. */
  private String queue(
      UUID transfer, Partner partner, String type, ObjectNode envelope, Instant now) {
    List<String> violations = schema.violations(envelope);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("An envelope Haven built breaks the schema: " + violations);
    }
    String sealed =
        Envelopes.seal(
            json.writeValueAsString(envelope), keys.signingKey(), Partners.encryptionKey(partner));
    String hash = Envelopes.hash(sealed);
    jdbc.sql(
            """
            INSERT INTO crossborder.outbox (message_id, partner, transfer, type, envelope, envelope_hash, created_at,
                                            expires_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.fromString(envelope.path("messageId").asString()),
            partner.id(),
            transfer,
            type,
            sealed,
            hash,
            utc(now),
            utc(Instant.parse(envelope.path("expiresAt").asString())),
            utc(now))
        .update();
    return hash;
  }

  private ObjectNode envelope(
      UUID message, String type, Instant now, Partner partner, UUID transfer) {
    Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
    ObjectNode envelope = json.createObjectNode();
    envelope.put("version", 1);
    envelope.put("messageId", message.toString());
    envelope.put("type", type);
    envelope.put("issuedAt", DateTimeFormatter.ISO_INSTANT.format(issued));
    envelope.put(
        "expiresAt", DateTimeFormatter.ISO_INSTANT.format(issued.plus(settings.messageLifetime())));
    ObjectNode sender = envelope.putObject("sender");
    sender.put("installation", installation.id().toString());
    sender.put("name", settings.name());
    sender.put("country", settings.country());
    envelope.putObject("recipient").put("installation", partner.installation().toString());
    envelope.put("transfer", transfer.toString());
    return envelope;
  }

  /** A request checked whole, with the case and the person it is about. */
  private record Checked(
      Partner partner,
      TransferPurpose purpose,
      Set<CasePart> parts,
      TransferBasis basis,
      LocalDate consentGivenOn,
      String detail,
      String note,
      CaseFiles.Folder folder,
      Person person,
      boolean child) {}

  private Checked check(CaseId caseId, TransferRequest request, Actor by) {
    requireSender(by);
    CaseFiles.Folder folder = cases.open(caseId, by);
    if (!folder.access().full()) {
      throw new AccessDeniedException(
          "Only the centre's caseworkers with the whole case send it abroad");
    }
    CaseFile file = folder.file();
    LocalDate today = LocalDate.now(clock);
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    if (!file.status().open()) {
      checks.add("case", "transfer.caseClosed");
    }
    Partner partner = null;
    if (request.partner() == null) {
      checks.add("partner", "validation.required");
    } else {
      partner = partners.find(request.partner()).orElse(null);
      if (partner == null) {
        checks.add("partner", "transfer.partnerUnknown");
      } else if (!partner.active()) {
        checks.add("partner", "transfer.partnerNotActive");
      }
    }
    TransferPurpose purpose =
        request.purpose() == null ? TransferPurpose.REFERRAL : request.purpose();
    if (purpose == TransferPurpose.RETURN_HANDOVER
        && partner != null
        && partner.kind() != PartnerKind.RETURN_ORGANISATION) {
      checks.add("purpose", "transfer.handoverNeedsReturnOrganisation");
    }
    Set<CasePart> parts = EnumSet.of(CasePart.SUMMARY);
    if (request.parts() != null) {
      parts.addAll(request.parts());
    }
    if (parts.contains(CasePart.TESTIMONY)) {
      checks.add("parts", "transfer.testimonyStays");
    }
    String detail = checks.check(() -> text("basisDetail", request.basisDetail(), DETAIL_LIMIT));
    String note = checks.check(() -> text("note", request.note(), NOTE_LIMIT));
    TransferBasis basis = request.basis();
    LocalDate consentOn = null;
    if (basis == null) {
      checks.add("basis", "validation.required");
    } else if (basis.restsOnConsent()) {
      consentOn = request.consentGivenOn();
      if (consentOn == null) {
        checks.add("consentGivenOn", "share.consentDateRequired");
      } else if (consentOn.isAfter(today)) {
        checks.add("consentGivenOn", "validation.futureDate");
      } else if (file.consentWithdrawnAt() != null
          && !consentOn.isAfter(LocalDate.ofInstant(file.consentWithdrawnAt(), clock.getZone()))) {
        checks.add("consentGivenOn", "share.consentWithdrawn");
      }
    } else if (detail == null) {
      checks.add("basisDetail", "share.legalBasisRequired");
    }
    Person person =
        people
            .find(new PersonReference(file.personReference()), by)
            .orElseThrow(() -> new NotFound("Person"));
    if (blank(person.givenNames()) && blank(person.familyName())) {
      checks.add("case", "transfer.personUnnamed");
    }
    boolean child = file.minor() || person.birth().minorAt(today) == Birth.Minor.YES;
    if (child && basis == TransferBasis.CONSENT) {
      checks.add("basis", "transfer.childBasis");
    }
    checks.done();
    return new Checked(
        partner, purpose, parts, basis, consentOn, detail, note, folder, person, child);
  }

  /** The envelope's {@code referral}: only the parts chosen, only what the recipient needs. */
  private ObjectNode content(Checked c, Actor by) {
    ObjectNode referral = json.createObjectNode();
    referral.put("purpose", c.purpose().name());
    ObjectNode basis = referral.putObject("basis");
    basis.put("kind", c.basis().name());
    if (c.consentGivenOn() != null) {
      basis.put("consentGivenOn", c.consentGivenOn().toString());
    }
    if (c.detail() != null) {
      basis.put("detail", c.detail());
    }
    ArrayNode parts = referral.putArray("parts");
    c.parts().forEach(p -> parts.add(p.name()));
    if (c.note() != null) {
      referral.put("note", c.note());
    }
    referral.set("person", person(c));
    CaseFile file = c.folder().file();
    ObjectNode summary = referral.putObject("case");
    summary.put("openedOn", date(file.openedAt()).toString());
    summary.put("status", file.status().name());
    if (file.decisionOutcome() != null) {
      summary.put("decision", file.decisionOutcome());
    }
    if (file.competentAuthority() != null) {
      summary.put("decidedBy", file.competentAuthority());
    }
    if (file.periodEndsOn() != null) {
      summary.put("reflectionPeriodEndsOn", file.periodEndsOn().toString());
    }
    if (c.parts().contains(CasePart.TIMELINE)) {
      ArrayNode timeline = referral.putArray("timeline");
      for (TimelineEntry entry : timeline(file.id(), by)) {
        ObjectNode item = timeline.addObject();
        item.put("on", date(entry.occurredAt()).toString());
        item.put("kind", entry.kind());
      }
    }
    if (c.parts().contains(CasePart.TASKS)) {
      ArrayNode tasks = referral.putArray("tasks");
      for (CaseTask task : c.folder().tasks()) {
        ObjectNode item = tasks.addObject();
        if (task.title() != null && !task.title().isBlank()) {
          item.put("title", task.title());
        }
        if (task.kind() != null) {
          item.put("kind", task.kind());
        }
        if (task.dueOn() != null) {
          item.put("dueOn", task.dueOn().toString());
        }
        item.put("status", task.status().name());
      }
    }
    if (c.parts().contains(CasePart.NOTES)) {
      ArrayNode notes = referral.putArray("notes");
      for (CaseNote note : c.folder().notes()) {
        // only ordinary notes leave the country; sensitive and confidential ones stay
        if (note.sensitivity() == Sensitivity.NORMAL) {
          ObjectNode item = notes.addObject();
          item.put("writtenOn", date(note.createdAt()).toString());
          item.put("text", note.text());
        }
      }
    }
    return referral;
  }

  private ObjectNode person(Checked c) {
    Person p = c.person();
    ObjectNode person = json.createObjectNode();
    person.put("reference", p.reference().value());
    if (p.givenNames() != null && !p.givenNames().isBlank()) {
      person.put("givenNames", p.givenNames());
    }
    if (p.familyName() != null && !p.familyName().isBlank()) {
      person.put("familyName", p.familyName());
    }
    if (!p.aliases().isEmpty()) {
      ArrayNode other = person.putArray("otherNames");
      p.aliases().stream().limit(20).forEach(a -> other.add(a.name()));
    }
    person.put("gender", p.gender().name());
    ObjectNode birth = person.putObject("birth");
    birth.put("precision", p.birth().precision().name());
    if (p.birth().date() != null) {
      birth.put("date", p.birth().date().toString());
    }
    if (p.birth().year() != null) {
      birth.put("year", p.birth().year());
    }
    ArrayNode citizenships = person.putArray("citizenships");
    p.citizenships().stream().limit(5).forEach(citizenships::add);
    if (!p.languages().isEmpty()) {
      ArrayNode languages = person.putArray("languages");
      p.languages().stream().limit(10).forEach(languages::add);
    }
    person.put("interpreterNeeded", p.interpreterNeeded());
    person.put("minor", c.child());
    return person;
  }

  private List<TimelineEntry> timeline(CaseId id, Actor by) {
    List<TimelineEntry> all = new ArrayList<>();
    for (int page = 0; page < TIMELINE_PAGES; page++) {
      List<TimelineEntry> entries = cases.timeline(id, page, TIMELINE_PAGE, by);
      all.addAll(entries);
      if (entries.size() < TIMELINE_PAGE) {
        break;
      }
    }
    // the oldest first, as a timeline is read
    List<TimelineEntry> oldestFirst = new ArrayList<>(all);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private static final String SELECT =
      "SELECT t.*, p.name AS partner_name, p.country AS partner_country,"
          + " (SELECT o.last_error FROM crossborder.outbox o WHERE o.transfer = t.id AND o.gave_up_at IS NOT NULL"
          + "   ORDER BY o.created_at DESC LIMIT 1) AS problem"
          + " FROM crossborder.transfer t JOIN crossborder.partner p ON p.id = t.partner";

  /** A case's transfers, newest first (its id the one parameter). */
  private static final String OF_CASE =
      SELECT + " WHERE t.case_id = ? ORDER BY t.created_at DESC, t.id";

  private Optional<Transfer> row(UUID id) {
    return jdbc.sql(SELECT + " WHERE t.id = ?")
        .param(id)
        .query((rs, n) -> transfer(rs, false))
        .optional();
  }

  @SuppressWarnings("unchecked")
  private Transfer transfer(ResultSet rs, boolean withContent) throws SQLException {
    String content = withContent ? rs.getString("content") : null;
    return new Transfer(
        rs.getObject("id", UUID.class),
        Direction.valueOf(rs.getString("direction")),
        rs.getObject("case_id", UUID.class),
        rs.getObject("partner", UUID.class),
        rs.getString("partner_name"),
        rs.getString("partner_country"),
        TransferPurpose.valueOf(rs.getString("purpose")),
        partsOf(rs.getString("parts")),
        TransferBasis.valueOf(rs.getString("basis")),
        rs.getObject("consent_given_on", LocalDate.class),
        rs.getString("basis_detail"),
        rs.getString("note"),
        TransferStatus.valueOf(rs.getString("status")),
        rs.getString("envelope_hash"),
        rs.getObject("referral_id", UUID.class),
        Partners.instant(rs, "created_at"),
        Partners.instant(rs, "delivered_at"),
        Partners.instant(rs, "decided_at"),
        rs.getString("decision_reason"),
        Partners.instant(rs, "consent_withdrawn_at"),
        rs.getString("problem"),
        content == null ? null : json.readValue(content, Map.class),
        rs.getLong("version"));
  }

  private static String parts(Set<CasePart> parts) {
    return parts.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<CasePart> partsOf(String text) {
    Set<CasePart> parts = EnumSet.noneOf(CasePart.class);
    Arrays.stream(text.split(","))
        .filter(s -> !s.isBlank())
        .map(CasePart::valueOf)
        .forEach(parts::add);
    return parts;
  }

  private static String text(String field, String value, int limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > limit) {
      throw new InvalidInput(field, "validation.tooLong", limit);
    }
    return stripped;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static void requireSender(Actor by) {
    if (!maySend(by)) {
      throw new AccessDeniedException("Transfers abroad are the centre's");
    }
  }

  private LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, clock.getZone());
  }

  private Instant now() {
    return clock.instant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
