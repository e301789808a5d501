package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.haven.access.CurrentActor;
import org.haven.exchange.Exports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exports: HTCDS case rows (the centre) and Eurostat/CTDC tables of a year (published view). */
@RestController
@Tag(name = "HTCDS exchange")
class ExportsApi {

  private final Exports exports;
  private final CurrentActor currentActor;

  ExportsApi(Exports exports, CurrentActor currentActor) {
    this.exports = exports;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/exports/htcds")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "The centre's cases as HTCDS 2.0 rows (UTF-8 CSV), optionally only those decided in a"
              + " year; every person exported is audited")
  ResponseEntity<byte[]> htcds(@RequestParam(required = false) Integer year) {
    return csv(
        exports.htcds(year, currentActor.require()),
        "htcds" + (year == null ? "" : "-" + year) + ".csv");
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
