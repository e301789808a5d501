package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.casework.CaseId;
import org.haven.crossborder.Direction;
import org.haven.crossborder.Transfer;
import org.haven.crossborder.TransferRequest;
import org.haven.crossborder.TransferStatus;
import org.haven.crossborder.Transfers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases sent abroad (to another country's centre, or handed over to the return organisation) and
 * received from abroad: the centre's caseworkers. Sending honours {@code Idempotency-Key}.
 */
@RestController
@PreAuthorize(TransfersApi.CENTRE)
@Tag(name = "Cross-border transfers")
class TransfersApi {

  static final String CENTRE = "hasRole('CENTRE_CASEWORKER')";

  private final Transfers transfers;
  private final IdempotencyKeys idempotency;
  private final CurrentActor currentActor;

  TransfersApi(Transfers transfers, IdempotencyKeys idempotency, CurrentActor currentActor) {
    this.transfers = transfers;
    this.idempotency = idempotency;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/cases/{id}/transfers")
  @Operation(summary = "The case's transfers abroad, newest first (audited)")
  List<Transfer> forCase(@PathVariable UUID id) {
    return transfers.forCase(new CaseId(id), currentActor.require());
  }

  @PostMapping(
      path = "/api/v1/cases/{id}/transfers/preview",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Exactly what would leave: the envelope's content before it is signed and encrypted (nothing is sent)")
  ResponseEntity<String> preview(@PathVariable UUID id, @RequestBody TransferRequest body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(transfers.preview(new CaseId(id), body, currentActor.require()).content());
  }

  @PostMapping("/api/v1/cases/{id}/transfers")
  @Operation(
      summary =
          "Send the case to a partner: signed, encrypted and queued for delivery (honours Idempotency-Key)")
  ResponseEntity<?> send(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody TransferRequest body) {
    Actor actor = currentActor.require();
    return idempotency.once(
        actor.user().toString(),
        key,
        body,
        () -> {
          Transfer transfer = transfers.send(new CaseId(id), body, actor);
          return ResponseEntity.status(HttpStatus.CREATED)
              .location(URI.create("/api/v1/transfers/" + transfer.id()))
              .body(transfer);
        },
        created -> transfers.find(created, actor));
  }

  @GetMapping("/api/v1/transfers")
  @Operation(
      summary =
          "Transfers sent and received, newest first (at most 500); direction= OUTGOING or INCOMING, status= one status")
  List<Transfer> list(
      @RequestParam(required = false) Direction direction,
      @RequestParam(required = false) TransferStatus status,
      @RequestParam(defaultValue = "200") int size) {
    return transfers.list(direction, status, size, currentActor.require());
  }

  @GetMapping("/api/v1/transfers/{id}")
  @Operation(
      summary =
          "One transfer; for one received, what came in (audited); status, delivery and the partner's decision")
  Transfer one(@PathVariable UUID id) {
    return transfers.find(id, currentActor.require());
  }

  @PostMapping("/api/v1/transfers/{id}/consent-withdrawal")
  @Operation(
      summary =
          "The person withdrew the consent this transfer rested on: the partner is told in a signed message")
  Transfer withdrawConsent(@PathVariable UUID id) {
    return transfers.withdrawConsent(id, currentActor.require());
  }
}
