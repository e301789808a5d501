package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.exchange.ExportRelease;
import org.haven.exchange.ExportReleases;
import org.haven.exchange.Exports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports: HTCDS case rows (the centre; released by a second person, downloaded once) and
 * Eurostat/CTDC tables of a year (published view).
 */
@RestController
@Tag(name = "HTCDS exchange")
class ExportsApi {

  private final Exports exports;
  private final ExportReleases releases;
  private final CurrentActor currentActor;

  private final Clock clock;

  ExportsApi(Exports exports, ExportReleases releases, CurrentActor currentActor, Clock clock) {
    this.clock = clock;
    this.exports = exports;
    this.releases = releases;
    this.currentActor = currentActor;
  }

  private ExportReleaseView view(ExportRelease r) {
    return new ExportReleaseView(
        r.id(),
        r.year(),
        r.purpose(),
        r.requestedBy(),
        r.requestedAt(),
        r.approvedBy(),
        r.approvedAt(),
        r.expiresAt(),
        r.downloadedAt(),
        r.status(clock.instant()));
  }

  /** A request for the HTCDS rows: of one year's decisions (or all), and what they are for. */
  record ExportRequest(Integer year, String purpose) {}

  /** A release as the API shows it, with its state now. */
  record ExportReleaseView(
      UUID id,
      Integer year,
      String purpose,
      UUID requestedBy,
      Instant requestedAt,
      UUID approvedBy,
      Instant approvedAt,
      Instant expiresAt,
      Instant downloadedAt,
      ExportRelease.ReleaseState status) {}

  @GetMapping("/api/v1/exports/htcds")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Refused (409): person-level rows are released by a second person; request them at"
              + " POST /api/v1/exports/htcds/requests")
  ResponseEntity<ProblemDetail> htcds(@RequestParam(required = false) Integer year) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "HTCDS case rows hold personal data: request them with a purpose (POST"
                + " /api/v1/exports/htcds/requests), have another administrator or centre caseworker"
                + " approve, then download the file once within 24 hours.");
    problem.setTitle("A second person's approval is needed");
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @PostMapping("/api/v1/exports/htcds/requests")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Request the centre's cases as HTCDS 2.0 rows (of a year's decisions, or all), saying what for;"
              + " another person approves")
  ResponseEntity<ExportReleaseView> request(@RequestBody ExportRequest body) {
    ExportRelease release = releases.request(body.year(), body.purpose(), currentActor.require());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/exports/htcds/requests/" + release.id()))
        .body(view(release));
  }

  @GetMapping("/api/v1/exports/htcds/requests")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
  @Operation(summary = "Your own export requests, and those awaiting another person's approval")
  List<ExportReleaseView> requests() {
    return releases.visibleTo(currentActor.require()).stream().map(this::view).toList();
  }

  @GetMapping("/api/v1/exports/htcds/requests/{id}")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
  @Operation(summary = "One export request and where it stands")
  ExportReleaseView one(@PathVariable UUID id) {
    return view(releases.find(id, currentActor.require()));
  }

  @PostMapping("/api/v1/exports/htcds/requests/{id}/approval")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
  @Operation(
      summary =
          "Approve another person's export request (never one's own): downloadable once within 24 hours")
  ExportReleaseView approve(@PathVariable UUID id) {
    return view(releases.approve(id, currentActor.require()));
  }

  @GetMapping("/api/v1/exports/htcds/requests/{id}/file")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "The approved rows (UTF-8 CSV), once, for the requester within 24 hours of the approval; every"
              + " person exported is audited")
  ResponseEntity<byte[]> file(@PathVariable UUID id) {
    ExportRelease release = releases.find(id, currentActor.require());
    return csv(
        releases.download(id, currentActor.require()),
        "htcds" + (release.year() == null ? "" : "-" + release.year()) + ".csv");
  }

  @GetMapping("/api/v1/exports/eurostat/{year:\\d+}.csv")
  @PreAuthorize("hasAnyRole('CENTRE_ANALYST', 'ADMINISTRATOR', 'CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Eurostat-style tables of a year, published view: sex by form (sexual, labour, other),"
              + " by child or adult and by citizenship group")
  ResponseEntity<byte[]> eurostat(@PathVariable int year) {
    return csv(exports.eurostat(year, currentActor.require()), "eurostat-" + year + ".csv");
  }

  @GetMapping("/api/v1/exports/ctdc/{year:\\d+}.csv")
  @PreAuthorize("hasAnyRole('CENTRE_ANALYST', 'ADMINISTRATOR', 'CENTRE_CASEWORKER')")
  @Operation(
      summary = "A CTDC-style table of a year, published view: gender × broad age × exploitation")
  ResponseEntity<byte[]> ctdc(@PathVariable int year) {
    return csv(exports.ctdc(year, currentActor.require()), "ctdc-" + year + ".csv");
  }

  private static ResponseEntity<byte[]> csv(String body, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
