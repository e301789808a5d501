package org.haven.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost catch of both security chains: an exception that escapes a filter (the database is
 * down while a token, a session's validity or a refusal's audit row is checked) is logged by type
 * and place only, never with its text or stack trace, and answered 503 (the database is out of
 * reach) or 500 — fail closed, nothing of the request's data goes out.
 */
class UnexpectedErrors extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException escaped) {
      Throwable cause =
          escaped instanceof ServletException && escaped.getCause() != null
              ? escaped.getCause()
              : escaped;
      log.error(
          "Unexpected {} in request {} at {}",
          cause.getClass().getName(),
          MDC.get("requestId"),
          cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : "?");
      if (response.isCommitted()) {
        return;
      }
      response.reset();
      boolean unreachable =
          cause instanceof DataAccessResourceFailureException
              || cause instanceof CannotCreateTransactionException;
      int status = unreachable ? 503 : 500;
      if (SecurityConfiguration.isApi(request)) {
        Problems.write(
            request,
            response,
            status,
            unreachable ? "Service unavailable" : "Internal error",
            "Something went wrong on our side; nothing was changed. Quote the request id when you"
                + " report it.");
      } else {
        response.sendError(status);
      }
    }
  }
}
