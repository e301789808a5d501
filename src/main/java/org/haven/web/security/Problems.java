package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Problem details (RFC 9457) written directly, for answers given before a controller is reached.
 */
final class Problems {

  private Problems() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String requestId = MDC.get("requestId");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":"
                + quote(title)
                + ",\"status\":"
                + status
                + ",\"detail\":"
                + quote(detail)
                + ",\"instance\":"
                + quote(request.getRequestURI())
                + (requestId == null ? "" : ",\"requestId\":" + quote(requestId))
                + "}");
  }

  static String quote(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
