package org.haven.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.OnceOnly;
import org.haven.access.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} convention: the first request with a key runs; a retry with the same
 * key and body within 24 hours gets the same status and the created resource as it is now, read
 * again through its module's front door (so the retry is audited as a read), without a second
 * effect; the same key with another body is refused (422); a retry while the first is still running
 * waits for it and gets its answer. The claim of a key commits or vanishes with the change it
 * guards ({@link OnceOnly}): a crash mid-request leaves nothing that refuses the retry. Only the
 * status, the Location, the created resource's id and a hash of the request are kept, never an
 * answer's body: it may hold names or testimony.
 */
@Component
class IdempotencyKeys {

  static final Duration KEPT = Duration.ofHours(24);
  static final int KEY_LIMIT = 200;

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final OnceOnly onceOnly;

  IdempotencyKeys(JdbcClient jdbc, JsonMapper json, Clock clock, OnceOnly onceOnly) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.onceOnly = onceOnly;
  }

  /** A keyed request that could not run: 422 (the key reused with another body). */
  static final class Refused extends RuntimeException {
    final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  /**
   * Runs {@code action} once per actor and key; for a retry answers the first answer's status with
   * the resource it created read again by {@code reread} (given the resource's id, the {@code id}
   * of the first answer's body). Without a key, just runs it.
   */
  <T> ResponseEntity<?> once(
      String actor,
      String key,
      Object request,
      Supplier<ResponseEntity<T>> action,
      Function<UUID, ?> reread) {
    if (key == null || key.isBlank()) {
      return action.get();
    }
    if (key.length() > KEY_LIMIT) {
      throw new InvalidInput("Idempotency-Key", "validation.tooLong", KEY_LIMIT);
    }
    String hash = hash(request);
    return onceOnly.<ResponseEntity<?>>run(
        actor,
        key,
        hash,
        action::get,
        answer ->
            new OnceOnly.Kept(
                hash,
                answer.getStatusCode().value(),
                Optional.ofNullable(answer.getHeaders().getLocation())
                    .map(Object::toString)
                    .orElse(null),
                resourceId(answer)),
        kept -> replay(kept, hash, reread));
  }

  /**
   * The id of the created resource: the last part of the answer's Location, else the {@code id} of
   * its body.
   */
  private UUID resourceId(ResponseEntity<?> answer) {
    URI location = answer.getHeaders().getLocation();
    if (location != null) {
      String path = location.getPath();
      try {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
      } catch (IllegalArgumentException notAnId) {
        // fall back to the body
      }
    }
    if (answer.getBody() == null) {
      return null;
    }
    JsonNode id = json.valueToTree(answer.getBody()).get("id");
    if (id == null || !id.isString()) {
      return null;
    }
    try {
      return UUID.fromString(id.asString());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  private ResponseEntity<?> replay(OnceOnly.Kept kept, String hash, Function<UUID, ?> reread) {
    if (!kept.hash().equals(hash)) {
      throw new Refused(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "This Idempotency-Key was used for a different request body.");
    }
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(kept.status()).header("Idempotent-Replayed", "true");
    if (kept.location() != null) {
      builder.header("Location", kept.location());
    }
    return builder
        .contentType(MediaType.APPLICATION_JSON)
        .body(kept.resourceId() == null ? null : reread.apply(kept.resourceId()));
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  @SchedulerLock(name = "api.idempotency-keys-forgotten", lockAtLeastFor = "PT30S")
  void forgetOld() {
    jdbc.sql("DELETE FROM public.idempotent_request WHERE created_at < ?")
        .param(Timestamp.from(clock.instant().minus(KEPT)))
        .update();
  }

  private String hash(Object request) {
    try {
      byte[] bytes = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
