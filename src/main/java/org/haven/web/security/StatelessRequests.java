package org.haven.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides the HTTP session from a request authenticated by a bearer token, for everything behind this
 * filter: a session cookie sent along is not read, and no code can create a session (which would
 * answer with a cookie that opens the pages). Asking to create one is a programming error.
 */
class StatelessRequests extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new WithoutSession(request), response);
  }

  private static final class WithoutSession extends HttpServletRequestWrapper {

    WithoutSession(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("A request with a bearer token has no session");
      }
      return null;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String getRequestedSessionId() {
      return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
      return false;
    }

    @Override
    public String changeSessionId() {
      throw new IllegalStateException("A request with a bearer token has no session");
    }
  }
}
