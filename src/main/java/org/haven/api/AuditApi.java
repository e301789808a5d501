package org.haven.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
   * checked}}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verification(boolean intact, long rows, Long firstBrokenRow) {
    static Verification of(ChainVerification verification) {
      return new Verification(
          verification.intact(), verification.rows(), verification.firstBrokenRow());
    }
  }

  private final AuditTrail audit;

  AuditApi(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit/verify")
  @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'AUDITOR')")
  @Operation(
      summary = "Recompute the audit trail's hash chain and report the first broken row, if any")
  Verification verify() {
    return Verification.of(audit.verify());
  }
}
