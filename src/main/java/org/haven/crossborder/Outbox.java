package org.haven.crossborder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox: each envelope due is claimed for a while (so another instance, or this one
 * after a crash, waits before trying it again), posted to the partner's inbox, and settled by the
 * partner's signed answer. RECEIVED, or REPLAYED (the partner took it on an earlier attempt whose
 * answer was lost), settles it as delivered; any other refusal ends it as failed with the partner's
 * reason; no answer, an unsigned one or a server error is tried again later, with the wait doubling
 * from {@code haven.crossborder.first-retry} (10 seconds) up to an hour, until the envelope
 * expires. The same bytes travel on every attempt: the message id is the partner's idempotency key.
 */
@Component
class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);
  private static final int BATCH = 20;
  private static final int ERROR_LIMIT = 500;

  private final JdbcClient jdbc;
  private final Partners partners;
  private final CaseFiles cases;
  private final AuditTrail audit;
  private final CrossborderSettings settings;
  private final JsonMapper json;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final HttpClient http;
  private final AtomicBoolean busy = new AtomicBoolean();

  Outbox(
      JdbcClient jdbc,
      Partners partners,
      CaseFiles cases,
      AuditTrail audit,
      CrossborderSettings settings,
      JsonMapper json,
      TransactionTemplate transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.cases = cases;
    this.audit = audit;
    this.settings = settings;
    this.json = json;
    this.transactions = transactions;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.requestTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Scheduled(
      fixedDelayString = "${haven.crossborder.deliver-every:PT5S}",
      initialDelayString = "${haven.crossborder.deliver-every:PT5S}")
  void deliverDue() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      List<Due> due;
      while (!(due = claim()).isEmpty()) {
        due.forEach(this::deliver);
      }
    } catch (RuntimeException e) {
      log.warn("The outbox could not be delivered this round: {}", e.getClass().getSimpleName());
    } finally {
      busy.set(false);
    }
  }

  /** An envelope claimed for one attempt. */
  record Due(
      UUID message,
      UUID partner,
      UUID transfer,
      String type,
      String envelope,
      String hash,
      Instant expiresAt,
      int attempts) {}

  /**
   * Claims envelopes due now (skipping those another instance holds) by moving their next attempt
   * past the time one attempt may take.
   */
  List<Due> claim() {
    Instant now = clock.instant();
    return transactions.execute(
        status -> {
          List<Due> due =
              jdbc.sql(
                      """
                      SELECT * FROM crossborder.outbox
                       WHERE delivered_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= ?
                       ORDER BY next_attempt_at, created_at LIMIT ? FOR UPDATE SKIP LOCKED
                      """)
                  .params(utc(now), BATCH)
                  .query(
                      (rs, n) ->
                          new Due(
                              rs.getObject("message_id", UUID.class),
                              rs.getObject("partner", UUID.class),
                              rs.getObject("transfer", UUID.class),
                              rs.getString("type"),
                              rs.getString("envelope"),
                              rs.getString("envelope_hash"),
                              Partners.instant(rs, "expires_at"),
                              rs.getInt("attempts")))
                  .list();
          Instant lease = now.plus(settings.requestTimeout().multipliedBy(3));
          for (Due d : due) {
            jdbc.sql(
                    "UPDATE crossborder.outbox SET next_attempt_at = ?, attempts = attempts + 1 WHERE message_id = ?")
                .params(utc(lease), d.message())
                .update();
          }
          return due;
        });
  }

  void deliver(Due due) {
    Instant now = clock.instant();
    if (!due.expiresAt().isAfter(now)) {
      giveUp(due, "EXPIRED: not delivered before the envelope expired");
      return;
    }
    Optional<Partner> found = partners.find(due.partner());
    if (found.isEmpty() || !found.get().active()) {
      retry(due, "the partner is not active here");
      return;
    }
    Partner partner = found.get();
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(partner.endpoint()))
                  .timeout(settings.requestTimeout())
                  .header("Content-Type", "application/jose")
                  .header("Accept", "application/jose")
                  .POST(HttpRequest.BodyPublishers.ofString(due.envelope()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      retry(due, "no answer: " + e.getClass().getSimpleName());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      retry(due, "interrupted");
      return;
    }
    Optional<JsonNode> answer =
        Envelopes.verifiedAnswer(response.body(), Partners.signingKeys(partner))
            .flatMap(this::parse)
            .filter(a -> due.message().toString().equals(a.path("inReplyTo").asString()));
    if (answer.isEmpty()) {
      retry(due, "HTTP " + response.statusCode() + " without a signed answer to this message");
      return;
    }
    String type = answer.get().path("type").asString();
    String code = answer.get().path("reason").path("code").asString();
    if ("RECEIVED".equals(type) || "REPLAYED".equals(code)) {
      delivered(due, response.body());
    } else if (response.statusCode() >= 500) {
      retry(due, code + ": " + answer.get().path("reason").path("message").asString());
    } else {
      giveUp(due, code + ": " + answer.get().path("reason").path("message").asString());
    }
  }

  private Optional<JsonNode> parse(String content) {
    try {
      return Optional.of(json.readTree(content));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private void delivered(Due due, String acknowledgement) {
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          int changed =
              jdbc.sql(
                      "UPDATE crossborder.outbox SET delivered_at = ?, acknowledgement = ?, last_error = NULL"
                          + " WHERE message_id = ? AND delivered_at IS NULL")
                  .params(utc(now), acknowledgement, due.message())
                  .update();
          if (changed == 0 || !"REFERRAL".equals(due.type())) {
            return;
          }
          jdbc.sql(
                  "UPDATE crossborder.transfer SET status = 'DELIVERED', delivered_at = ?, version = version + 1"
                      + " WHERE id = ? AND status = 'QUEUED'")
              .params(utc(now), due.transfer())
              .update();
          caseOf(due.transfer())
              .ifPresent(
                  id ->
                      cases.recordFact(
                          id, now, "TRANSFER_DELIVERED", Transfers.MODULE, null, partnerName(due)));
          audit.record(
              AuditActor.SYSTEM,
              AuditAction.UPDATE,
              Transfers.RESOURCE,
              due.transfer().toString(),
              AuditOutcome.SUCCESS,
              "delivered " + due.type() + ", envelope " + due.hash());
        });
  }

  private void retry(Due due, String problem) {
    Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(due.attempts(), 20));
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      wait = LONGEST_WAIT;
    }
    Instant next = clock.instant().plus(wait);
    if (next.isAfter(due.expiresAt())) {
      next = due.expiresAt();
    }
    jdbc.sql(
            "UPDATE crossborder.outbox SET next_attempt_at = ?, last_error = ? WHERE message_id = ? AND delivered_at IS NULL")
        .params(utc(next), clip(problem), due.message())
        .update();
    log.info("Cross-border envelope not delivered yet; next attempt at {}", next);
  }

  private void giveUp(Due due, String problem) {
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          int changed =
              jdbc.sql(
                      "UPDATE crossborder.outbox SET gave_up_at = ?, last_error = ? WHERE message_id = ? AND delivered_at IS NULL AND gave_up_at IS NULL")
                  .params(utc(now), clip(problem), due.message())
                  .update();
          if (changed == 0) {
            return;
          }
          if ("REFERRAL".equals(due.type())) {
            jdbc.sql(
                    "UPDATE crossborder.transfer SET status = 'FAILED', version = version + 1 WHERE id = ? AND status = 'QUEUED'")
                .param(due.transfer())
                .update();
            caseOf(due.transfer())
                .ifPresent(
                    id ->
                        cases.recordFact(
                            id, now, "TRANSFER_FAILED", Transfers.MODULE, null, partnerName(due)));
          }
          audit.record(
              AuditActor.SYSTEM,
              AuditAction.UPDATE,
              Transfers.RESOURCE,
              due.transfer().toString(),
              AuditOutcome.FAILURE,
              "not delivered " + due.type() + ", envelope " + due.hash());
        });
    log.warn("Cross-border envelope given up: {}", problem.split(":")[0]);
  }

  private Optional<CaseId> caseOf(UUID transfer) {
    return jdbc.sql("SELECT case_id FROM crossborder.transfer WHERE id = ? AND case_id IS NOT NULL")
        .param(transfer)
        .query(UUID.class)
        .optional()
        .map(CaseId::new);
  }

  private String partnerName(Due due) {
    return partners.find(due.partner()).map(Partner::name).orElse("");
  }

  private static String clip(String text) {
    return text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
