package org.haven.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.haven.crossborder.Inbox;
import org.haven.crossborder.LocalInstallation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exchange's own door for other installations (docs/exchange/README.md): no bearer token and no
 * session; an envelope is authenticated by its signature. The inbox reads at most its limit and
 * answers every post with a signed JWS; the installation document is public (it holds no secret).
 */
@RestController
class ExchangeInboxApi {

  static final MediaType JOSE = MediaType.parseMediaType("application/jose");

  private final Inbox inbox;
  private final LocalInstallation installation;

  ExchangeInboxApi(Inbox inbox, LocalInstallation installation) {
    this.inbox = inbox;
    this.installation = installation;
  }

  @PostMapping("/exchange/v1/inbox")
  @PreAuthorize("permitAll()") // authenticated by the envelope's signature, in the inbox
  ResponseEntity<String> take(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > inbox.limit()) {
      return answer(inbox.tooLarge());
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(inbox.limit() + 1);
    }
    if (body.length > inbox.limit()) {
      return answer(inbox.tooLarge());
    }
    return answer(inbox.take(body));
  }

  @PreAuthorize("permitAll()") // public keys only
  @GetMapping(path = "/exchange/v1/installation", produces = MediaType.APPLICATION_JSON_VALUE)
  LocalInstallation.Document installation() {
    return installation.document();
  }

  private static ResponseEntity<String> answer(Inbox.Answer answer) {
    return ResponseEntity.status(answer.status()).contentType(JOSE).body(answer.body());
  }
}
