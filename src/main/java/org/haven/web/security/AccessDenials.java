package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.haven.access.CurrentActor;
import org.haven.access.NotVisible;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Refusals: every refusal is recorded in the audit trail as ACCESS_DENIED with the endpoint (never
 * query strings), then answered as a problem detail on the API and as the error page in the
 * browser: 403, or 404 for a record the actor may not see (as for one that does not exist).
 * Unauthenticated API calls get 401.
 */
@Component
class AccessDenials implements AccessDeniedHandler {

  static final String RESOURCE = "Endpoint";

  private final AuditTrail audit;
  private final CurrentActor currentActor;

  AccessDenials(AuditTrail audit, CurrentActor currentActor) {
    this.audit = audit;
    this.currentActor = currentActor;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    record(request, currentActor.forAudit());
    if (denied instanceof NotVisible) {
      // the same answer as for a record that does not exist: the refusal tells nothing
      if (SecurityConfiguration.isApi(request)) {
        Problems.write(
            request, response, 404, "Not found", "There is no such record, or you may not see it.");
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    if (SecurityConfiguration.isApi(request)) {
      Problems.write(request, response, 403, "Forbidden", "You do not have permission for this.");
    } else if (signingIn()) {
      response.sendRedirect(request.getContextPath() + "/login/next");
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** Between password and second factor: the way on is the next sign-in step, not an error page. */
  private static boolean signingIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PendingSignIn;
  }

  /** Entry point for API requests without valid credentials. */
  void unauthenticatedApi(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    if (request.getHeader("Authorization") != null) {
      record(request, AuditActor.ANONYMOUS);
    }
    response.setHeader("WWW-Authenticate", "Bearer");
    Problems.write(
        request,
        response,
        401,
        "Unauthorized",
        "Sign in, or send a valid API token as a Bearer token.");
  }

  private void record(HttpServletRequest request, AuditActor actor) {
    String endpoint = request.getMethod() + " " + request.getRequestURI();
    audit.record(actor, AuditAction.ACCESS_DENIED, RESOURCE, endpoint, AuditOutcome.FAILURE, null);
  }
}
