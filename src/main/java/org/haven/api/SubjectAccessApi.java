package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.privacy.SubjectAccess;
import org.haven.privacy.SubjectAccessRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's request to see what Haven holds about her: recorded by the centre, approved by a
 * second person, released once as JSON and once as a readable PDF in her language.
 */
@RestController
@PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
@Tag(name = "Subject access")
class SubjectAccessApi {

  private final SubjectAccess subjectAccess;
  private final CurrentActor currentActor;

  SubjectAccessApi(SubjectAccess subjectAccess, CurrentActor currentActor) {
    this.subjectAccess = subjectAccess;
    this.currentActor = currentActor;
  }

  /** When the person asked, the language she reads (en, da, sv), a note. */
  record SubjectAccessAsked(LocalDate receivedOn, String language, String note) {}

  @PostMapping("/api/v1/persons/{reference}/subject-access")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "Record the person's request to see what Haven holds about her")
  ResponseEntity<SubjectAccessRequest> request(
      @PathVariable String reference, @RequestBody SubjectAccessAsked body) {
    SubjectAccessRequest request =
        subjectAccess.request(
            reference, body.receivedOn(), body.language(), body.note(), currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/subject-access/" + request.id()))
        .body(request);
  }

  @GetMapping("/api/v1/subject-access")
  @Operation(summary = "Your subject access requests, and those waiting for a second person")
  List<SubjectAccessRequest> list() {
    return subjectAccess.visibleTo(currentActor.require());
  }

  @GetMapping("/api/v1/subject-access/{id}")
  @Operation(summary = "One subject access request and its release")
  SubjectAccessRequest one(@PathVariable UUID id) {
    return subjectAccess.find(id, currentActor.require());
  }

  @PostMapping("/api/v1/subject-access/{id}/approval")
  @Operation(summary = "Approve another person's subject access request (never one's own)")
  SubjectAccessRequest approve(@PathVariable UUID id) {
    return subjectAccess.approve(id, currentActor.require());
  }

  @GetMapping("/api/v1/subject-access/{id}/copy.json")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Everything held about the person, as JSON: once, for the requester, within 24 hours of the approval")
  ResponseEntity<byte[]> json(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("subject-access.json"))
        .body(
            subjectAccess.releaseJson(id, currentActor.require()).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/api/v1/subject-access/{id}/copy.pdf")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "The same as a readable PDF in the person's language: once, for the requester, within 24 hours")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("subject-access.pdf"))
        .body(subjectAccess.releasePdf(id, currentActor.require()));
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
