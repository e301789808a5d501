package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.crossborder.ExchangeKeys;
import org.haven.crossborder.LocalInstallation;
import org.haven.crossborder.Partner;
import org.haven.crossborder.PartnerDetails;
import org.haven.crossborder.Partners;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner installations (other countries' centres, return organisations): registered, confirmed by
 * fingerprint and suspended by the administrator; read by the centre to choose where a case goes.
 * This installation's own document and key rotation.
 */
@RestController
@Tag(name = "Cross-border partners")
class PartnersApi {

  static final String KEEPERS = "hasRole('ADMINISTRATOR')";
  static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CENTRE_CASEWORKER')";

  private final Partners partners;
  private final LocalInstallation installation;
  private final ExchangeKeys keys;
  private final AuditTrail audit;
  private final CurrentActor currentActor;

  PartnersApi(
      Partners partners,
      LocalInstallation installation,
      ExchangeKeys keys,
      AuditTrail audit,
      CurrentActor currentActor) {
    this.partners = partners;
    this.installation = installation;
    this.keys = keys;
    this.audit = audit;
    this.currentActor = currentActor;
  }

  /** The fingerprint as the partner's administrator read it out. */
  record PartnerConfirmation(String fingerprint) {}

  /** Why a partner is suspended. */
  record PartnerSuspension(String reason) {}

  /** A partner's new public keys (a JWK set). */
  record PartnerKeys(Map<String, Object> keys) {}

  @GetMapping("/api/v1/partners")
  @PreAuthorize(READERS)
  @Operation(summary = "Every partner installation, by country and name")
  List<Partner> list() {
    return partners.list(currentActor.require());
  }

  @GetMapping("/api/v1/partners/{id}")
  @PreAuthorize(READERS)
  @Operation(summary = "One partner installation")
  ResponseEntity<Partner> one(@PathVariable UUID id) {
    Partner partner = partners.find(id, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(partner.version())).body(partner);
  }

  @PostMapping("/api/v1/partners")
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "Register a partner from its installation document; nothing travels until its fingerprint is confirmed")
  ResponseEntity<Partner> register(@RequestBody PartnerDetails body) {
    Partner partner = partners.register(body, currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/partners/" + partner.id()))
        .eTag(Versions.etag(partner.version()))
        .body(partner);
  }

  @PostMapping("/api/v1/partners/{id}/confirmation")
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "Confirm the partner's fingerprint as its administrator read it out (by telephone or in person)")
  Partner confirm(@PathVariable UUID id, @RequestBody PartnerConfirmation body) {
    return partners.confirm(id, body.fingerprint(), currentActor.require());
  }

  @PostMapping("/api/v1/partners/{id}/suspension")
  @PreAuthorize(KEEPERS)
  @Operation(summary = "Suspend a partner, saying why: nothing travels either way")
  Partner suspend(@PathVariable UUID id, @RequestBody PartnerSuspension body) {
    return partners.suspend(id, body.reason(), currentActor.require());
  }

  @DeleteMapping("/api/v1/partners/{id}/suspension")
  @PreAuthorize(KEEPERS)
  @Operation(summary = "End a partner's suspension")
  Partner reactivate(@PathVariable UUID id) {
    return partners.reactivate(id, currentActor.require());
  }

  @PutMapping("/api/v1/partners/{id}/keys")
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "Replace a partner's public keys (it rotated); requires If-Match; the partner waits for a new confirmation")
  ResponseEntity<Partner> changeKeys(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PartnerKeys body) {
    Partner partner =
        partners.changeKeys(id, Versions.required(ifMatch), body.keys(), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(partner.version())).body(partner);
  }

  @GetMapping("/api/v1/installation")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "This installation's document (id, name, country, inbox, public keys, fingerprint), as partners register it")
  LocalInstallation.Document installation() {
    currentActor.require();
    return installation.document();
  }

  @PostMapping("/api/v1/installation/key-rotation")
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "Make new exchange keys current; the previous pair stays for the overlap. Partners must register the new document")
  LocalInstallation.Document rotate() {
    keys.rotate();
    audit.record(
        currentActor.require().audit(),
        AuditAction.UPDATE,
        "Installation",
        installation.id().toString(),
        AuditOutcome.SUCCESS,
        "exchange keys rotated");
    return installation.document();
  }
}
