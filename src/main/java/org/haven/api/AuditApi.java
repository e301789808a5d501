package org.haven.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.haven.access.CurrentActor;
import org.haven.audit.AuditTrail;
import org.haven.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail's integrity check, for administrators and auditors. */
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

  private final AuditTrail audit;
  private final CurrentActor actor;

  AuditApi(AuditTrail audit, CurrentActor actor) {
    this.audit = audit;
    this.actor = actor;
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
