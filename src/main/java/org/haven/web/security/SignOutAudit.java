package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.access.Actor;
import org.haven.access.SignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records sign-out in the audit trail. */
@Component
class SignOutAudit implements LogoutHandler {

  private final SignIn signIn;

  SignOutAudit(SignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
      signIn.signedOut(actor);
    }
  }
}
