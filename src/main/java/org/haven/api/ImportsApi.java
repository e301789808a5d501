package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.exchange.HtcdsImports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTCDS imports: a UTF-8 CSV body with a header row is checked, queued and answered at once (202);
 * the import's progress and each rejected row's reasons are read back by id.
 */
@RestController
@Tag(name = "HTCDS exchange")
class ImportsApi {

  /** How much of an oversized upload is read (and dropped) before answering 413. */
  private static final long DRAIN_LIMIT = 1024L * 1024 * 1024;

  private final HtcdsImports imports;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  ImportsApi(HtcdsImports imports, CurrentActor currentActor, MessageSource messages) {
    this.imports = imports;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  @PostMapping("/api/v1/imports/htcds")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(
      summary =
          "Import HTCDS 2.0 case rows (UTF-8 CSV with a header row, at most 50 MiB by default);"
              + " answers 202 with the import's id")
  ResponseEntity<?> importHtcds(HttpServletRequest request) throws IOException {
    long limit = imports.maxFileBytes();
    byte[] content;
    try (InputStream in = request.getInputStream()) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (content.length > limit) {
        // read the rest and drop it, so the client hears the answer instead of a cut connection
        long dropped = 0;
        byte[] sink = new byte[64 * 1024];
        int n;
        while (dropped < DRAIN_LIMIT && (n = in.read(sink)) > 0) {
          dropped += n;
        }
        return tooLarge(limit);
      }
    }
    UUID id = imports.submit(content, currentActor.require());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .header("Location", "/api/v1/imports/" + id)
        .body(Map.of("id", id.toString()));
  }

  @GetMapping("/api/v1/imports/{id}")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  @Operation(summary = "An import's status, counts and the reasons each rejected row was refused")
  HtcdsImports.Status status(@PathVariable UUID id) {
    return imports.status(id, LocaleContextHolder.getLocale(), currentActor.require());
  }

  private ResponseEntity<ProblemDetail> tooLarge(long limit) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
    problem.setTitle("File too large");
    problem.setDetail(
        messages.getMessage(
            "import.tooLarge",
            new Object[] {limit / (1024 * 1024)},
            LocaleContextHolder.getLocale()));
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
  }
}
