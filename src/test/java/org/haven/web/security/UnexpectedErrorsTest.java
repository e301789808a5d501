package org.haven.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The database goes down while a security filter checks a token: the answer is a calm 503 with no
 * data, and the log names the exception's type and place, never its text or stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest {

  @Test
  void aDatabaseFailureInAFilterIsAnswered503AndLoggedByTypeAndPlaceOnly(CapturedOutput output)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
    MockHttpServletResponse response = new MockHttpServletResponse();
    String secret = "secret-detail-" + System.nanoTime();

    new UnexpectedErrors()
        .doFilter(
            request,
            response,
            (req, res) -> {
              throw new CannotGetJdbcConnectionException(secret, new SQLException(secret));
            });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).doesNotContain(secret);
    assertThat(output.getAll())
        .contains("CannotGetJdbcConnectionException")
        .doesNotContain(secret)
        .doesNotContain("\tat ");
  }

  @Test
  void onAPageTheErrorPageIsShown() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new UnexpectedErrors()
        .doFilter(
            request,
            response,
            (req, res) -> {
              throw new IllegalStateException("boom");
            });
    assertThat(response.getStatus()).isEqualTo(500);
  }
}
