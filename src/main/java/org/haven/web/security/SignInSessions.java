package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.haven.access.Actor;
import org.haven.access.SignIn;
import org.haven.access.UserAccount;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.web.layout.Languages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Moves a browser session through the sign-in steps: password accepted, then signed in with both
 * factors.
 */
@Component
class SignInSessions {

  private final SecurityContextRepository contexts;
  private final SignIn signIn;
  private final Languages languages;
  private final Users users;
  private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

  SignInSessions(
      SecurityContextRepository contexts, SignIn signIn, Languages languages, Users users) {
    this.contexts = contexts;
    this.signIn = signIn;
    this.languages = languages;
    this.users = users;
  }

  /** The password was right: open only the next sign-in step, in a new session id. */
  String passwordAccepted(
      UserAccount account, HttpServletRequest request, HttpServletResponse response) {
    renewSessionId(request);
    store(
        UsernamePasswordAuthenticationToken.authenticated(
            new PendingSignIn(account.userId()),
            null,
            List.of(new SimpleGrantedAuthority(Authorities.PASSWORD_ONLY))),
        request,
        response);
    languages.remember(request, account.language());
    return step(account);
  }

  /**
   * The next sign-in step of a person between password and second factor, if that is where this
   * session is.
   */
  Optional<String> nextStep() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PendingSignIn pending) {
      return users.find(pending.user()).map(SignInSessions::step);
    }
    return Optional.empty();
  }

  private static String step(UserAccount account) {
    if (account.passwordChangeRequired()) {
      return "redirect:/account/first-password";
    }
    if (!account.secondFactorEnrolled()) {
      return "redirect:/account/enrol";
    }
    return "redirect:/login/code";
  }

  /** Both factors passed: the session becomes a signed-in one, again with a new id. */
  String signedIn(
      UserId user, HttpServletRequest request, HttpServletResponse response, String target) {
    Actor actor = signIn.actor(user);
    renewSessionId(request);
    store(
        UsernamePasswordAuthenticationToken.authenticated(actor, null, Authorities.of(actor)),
        request,
        response);
    languages.remember(request, actor.language());
    if (target != null) {
      return "redirect:" + target;
    }
    SavedRequest saved = requestCache.getRequest(request, response);
    requestCache.removeRequest(request, response);
    return saved == null ? "redirect:/" : "redirect:" + saved.getRedirectUrl();
  }

  /** The user between password and second factor, if that is where this session is. */
  Optional<UserId> pending() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PendingSignIn pending) {
      return Optional.of(pending.user());
    }
    if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
      return Optional.of(actor.user());
    }
    return Optional.empty();
  }

  private void store(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  private static void renewSessionId(HttpServletRequest request) {
    request.getSession(true);
    request.changeSessionId();
  }
}
