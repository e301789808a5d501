package org.haven.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.haven.access.Actor;
import org.haven.access.SignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session when its account was disabled or had its factors reset after the session began,
 * and after the absolute session lifetime, whatever the activity.
 */
class SessionValidityFilter extends OncePerRequestFilter {

  static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

  private final SignIn signIn;

  SessionValidityFilter(SignIn signIn) {
    this.signIn = signIn;
  }

  /**
   * Static assets are the same for everybody and public: reading the session for them (from
   * PostgreSQL, ADR 0019) and writing its last access back would cost two statements per file.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/assets/")
        || path.startsWith("/webjars/")
        || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null
        && authentication != null
        && authentication.getPrincipal() instanceof Actor actor
        && !stillValid(actor)) {
      session.invalidate();
      SecurityContextHolder.clearContext();
      if (SecurityConfiguration.isApi(request)) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect(request.getContextPath() + "/login?ended");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean stillValid(Actor actor) {
    return actor.authenticatedAt().plus(ABSOLUTE_LIFETIME).isAfter(Instant.now())
        && signIn.sessionValid(actor.user(), actor.authenticatedAt());
  }
}
