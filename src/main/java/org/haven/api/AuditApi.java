package org.haven.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditTrail;
import org.haven.audit.ChainVerification;
import org.haven.people.PersonReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators and auditors: its search and its integrity check. */
@RestController
@Tag(name = "Audit")
class AuditApi {

  /**
   * {@code {"intact": true, "rows": n}} or {@code {"intact": false, "firstBrokenRow": id, "rows":
   * checked, "problem": …}}; {@code anchoredRows} and {@code anchoredAt} tell how far the newest
   * checkpoint outside the database vouches for the trail.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verification(
      boolean intact,
      long rows,
      Long firstBrokenRow,
      ChainVerification.Problem problem,
      Long anchoredRows,
      Instant anchoredAt) {
    static Verification of(ChainVerification verification) {
      return new Verification(
          verification.intact(),
          verification.rows(),
          verification.firstBrokenRow(),
          verification.problem(),
          verification.anchoredRows(),
          verification.anchoredAt());
    }
  }

  /** One row of the trail as the API shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AuditRow(
      long id,
      Instant occurredAt,
      String actor,
      UUID organisation,
      AuditAction action,
      String resourceType,
      String resourceId,
      AuditOutcome outcome,
      String purpose,
      String requestId,
      String token,
      String tokenIssuer) {
    static AuditRow of(AuditEntry e) {
      return new AuditRow(
          e.id(),
          e.occurredAt(),
          e.actor(),
          e.organisation(),
          e.action(),
          e.resourceType(),
          e.resourceId(),
          e.outcome(),
          e.purpose(),
          e.requestId(),
          e.token(),
          e.tokenIssuer());
    }
  }

  private final AuditTrail audit;
  private final CurrentActor actor;
  private final ZoneId zone;

  AuditApi(
      AuditTrail audit,
      CurrentActor actor,
      @Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.audit = audit;
    this.actor = actor;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/api/v1/audit")
  @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'AUDITOR')")
  @Operation(
      summary =
          "Search the audit trail, newest first, as the audit page does (person: a pseudonymous"
              + " reference; from and to: days, or instants; to includes its day); the reading is"
              + " itself audited")
  PageOf<AuditRow> search(
      @RequestParam(required = false) String person,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) String resourceType,
      @RequestParam(required = false) String resourceId,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    String type = resourceType;
    String id = resourceId;
    if (person != null && !person.isBlank()) {
      if (!PersonReference.isValid(person.strip())) {
        throw new InvalidInput("person", "referral.personUnknown");
      }
      type = "Person";
      id = PersonReference.parse(person.strip()).value();
    }
    AuditQuery query =
        new AuditQuery(
            actor,
            organisation,
            type,
            id,
            action,
            instant("from", from, false),
            instant("to", to, true),
            page,
            size);
    AuditTrail.Found found = audit.search(query, this.actor.require().audit());
    return new PageOf<>(
        found.entries().stream().map(AuditRow::of).toList(),
        query.page(),
        query.size(),
        found.total());
  }

  /** A day (the start of it, or of the next for an inclusive end) or an instant. */
  private Instant instant(String field, String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.strip().length() == 10) {
        return LocalDate.parse(value.strip()).plusDays(end ? 1 : 0).atStartOfDay(zone).toInstant();
      }
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "validation.invalid");
    }
  }

  @GetMapping("/api/v1/audit/verify")
  @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'AUDITOR')")
  @Operation(
      summary =
          "Recompute the audit trail's keyed hash chain, compare it with the checkpoints outside the"
              + " database and report the first row that disagrees, if any")
  Verification verify() {
    return Verification.of(audit.verify(actor.require().audit()));
  }
}
