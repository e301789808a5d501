package org.haven.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.haven.access.Actor;
import org.haven.access.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Machine clients: {@code Authorization: Bearer <token>} on {@code /api/**}. A valid token acts as
 * its user for this request only (no session); an invalid one gets 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final AccessDenials denials;

  BearerTokenFilter(ApiTokens tokens, AccessDenials denials) {
    this.tokens = tokens;
    this.denials = denials;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !SecurityConfiguration.BEARER.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String secret = request.getHeader("Authorization").substring(7).strip();
    Optional<Actor> actor = tokens.authenticate(secret);
    if (actor.isEmpty() || !SecurityConfiguration.isApi(request)) {
      denials.unauthenticatedApi(request, response, null);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            actor.get(), null, Authorities.of(actor.get())));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
