package org.haven.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.casework.CaseId;
import org.haven.investigation.Investigation;
import org.haven.investigation.InvestigationDetails;
import org.haven.investigation.Investigations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The criminal case beside a victim's case: linked by the centre (or the police or prosecution a
 * case is shared with), kept by the police district and the prosecution service named on it, read
 * by the centre. Dates and outcomes only, never testimony.
 */
@RestController
@Tag(name = "Criminal cases")
class InvestigationsApi {

  static final String KEEPERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'POLICE_KEY_PERSON', 'PROSECUTOR')";

  private final Investigations investigations;
  private final CurrentActor currentActor;

  InvestigationsApi(Investigations investigations, CurrentActor currentActor) {
    this.investigations = investigations;
    this.currentActor = currentActor;
  }

  @GetMapping("/api/v1/cases/{id}/investigation")
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "The criminal case linked to a case: the centre, or the police district and prosecution named on it"
              + " (404 for anyone else or when none is linked); the reading is audited")
  ResponseEntity<Investigation> find(@PathVariable UUID id) {
    Investigation investigation = investigations.find(new CaseId(id), currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(investigation.version())).body(investigation);
  }

  @RequestMapping(
      path = "/api/v1/cases/{id}/investigation",
      method = {RequestMethod.PUT, RequestMethod.POST})
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "Link the criminal case to a case or bring it up to date (the whole record; If-Match optional):"
              + " new dates reach the case's timeline, a trial inside the reflection period raises a task")
  ResponseEntity<Investigation> keep(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody InvestigationDetails body) {
    Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
    Investigation investigation =
        investigations.keep(new CaseId(id), expected, body, currentActor.require());
    return ResponseEntity.ok().eTag(Versions.etag(investigation.version())).body(investigation);
  }

  @GetMapping("/api/v1/investigations")
  @PreAuthorize(KEEPERS)
  @Operation(
      summary =
          "The criminal cases the caller's police district or prosecution service keeps (the centre: all),"
              + " the next date first")
  List<Investigations.Listed> mine() {
    return investigations.mine(currentActor.require());
  }
}
