package org.haven.web.forms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form too large for the server to read ({@code server.tomcat.max-http-form-post-size}) would
 * arrive with no fields at all, and be refused for its missing CSRF token as if it were an attack.
 * Answered instead with a page that says what happened and what to do (413). Forms up to the limit
 * reach their page, which refuses an over-long field beside the field and keeps what was typed.
 */
public class OversizedForms extends OncePerRequestFilter {

  /** Equal to {@code server.tomcat.max-http-form-post-size}. */
  public static final long LIMIT = 8L * 1024 * 1024;

  private final long limit;

  public OversizedForms() {
    this(LIMIT);
  }

  /** Refuses forms larger than {@code limit} bytes (at most {@link #LIMIT}). */
  public OversizedForms(long limit) {
    this.limit = Math.min(limit, LIMIT);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod())
        && request.getContentType() != null
        && request
            .getContentType()
            .toLowerCase(Locale.ROOT)
            .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        && request.getContentLengthLong() > limit) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
