package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.ApiTokens;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.IssuedToken;
import org.haven.access.SignIn;
import org.haven.web.forms.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account: recovery codes, replacing the authenticator after
 * re-authentication, and their own API tokens (only they may create them).
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class AccountController {

  static final String NEW_RECOVERY_CODES = AccountController.class.getName() + ".recoveryCodes";

  private final SignIn signIn;
  private final ApiTokens tokens;
  private final CurrentActor currentActor;
  private final SignInSessions sessions;
  private final FormErrors errors;
  private final MessageSource messages;

  AccountController(
      SignIn signIn,
      ApiTokens tokens,
      CurrentActor currentActor,
      SignInSessions sessions,
      FormErrors errors,
      MessageSource messages) {
    this.signIn = signIn;
    this.tokens = tokens;
    this.messages = messages;
    this.currentActor = currentActor;
    this.sessions = sessions;
    this.errors = errors;
  }

  @GetMapping("/account")
  String account(Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("recoveryCodesLeft", signIn.recoveryCodesLeft(actor.user()));
    model.addAttribute("tokens", tokens.of(actor.user(), actor));
    model.addAttribute("now", Instant.now());
    return "account/account";
  }

  /** The person creates a token that acts as them; its secret is shown on the next page only. */
  @PostMapping("/account/tokens")
  String createToken(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String expiresInDays,
      Model model,
      Locale locale) {
    Actor actor = currentActor.require();
    IssuedToken issued;
    try {
      int days;
      try {
        days = Integer.parseInt(expiresInDays.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("expiresInDays", "token.expiry", 366);
      }
      issued = tokens.issue(actor.user(), name, days, actor);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("tokenName", name);
      model.addAttribute("tokenDays", expiresInDays);
      return account(model);
    }
    model.addAttribute("issued", issued);
    model.addAttribute("back", "/account");
    model.addAttribute("backLabel", messages.getMessage("token.backToAccount", null, locale));
    return "admin/token-created";
  }

  @PostMapping("/account/tokens/{token}/revoke")
  String revokeToken(@PathVariable UUID token, RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    tokens.revoke(actor.user(), token, actor);
    redirect.addFlashAttribute("saved", "token.revokedDone");
    return "redirect:/account";
  }

  /** Keeps an idle session alive when the person chooses to stay signed in. */
  @PostMapping("/account/keep-alive")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void keepAlive() {}

  /** The new recovery codes, shown once right after enrolment. */
  @GetMapping("/account/recovery-codes")
  String recoveryCodes(HttpSession session, Model model) {
    Object codes = session.getAttribute(NEW_RECOVERY_CODES);
    session.removeAttribute(NEW_RECOVERY_CODES);
    if (!(codes instanceof List<?> list)) {
      return "redirect:/account";
    }
    model.addAttribute("codes", list);
    return "account/recovery-codes";
  }

  @PostMapping("/account/authenticator")
  String replaceAuthenticator(
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String code,
      Model model) {
    Actor actor = currentActor.require();
    try {
      signIn.beginReenrolment(actor.user(), password, code);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return account(model);
    }
    return "redirect:/account/authenticator";
  }

  @GetMapping("/account/authenticator")
  String newAuthenticator(Model model) {
    try {
      model.addAttribute("enrolment", signIn.currentEnrolment(currentActor.require().user(), true));
    } catch (IllegalStateException none) {
      return "redirect:/account";
    }
    model.addAttribute("replacing", true);
    return "signin/enrol";
  }

  @PostMapping("/account/authenticator/confirm")
  String confirmNewAuthenticator(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Actor actor = currentActor.require();
    List<String> codes;
    try {
      codes = signIn.confirmEnrolment(actor.user(), true, code);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("replacing", true);
      model.addAttribute("enrolment", signIn.currentEnrolment(actor.user(), true));
      return "signin/enrol";
    } catch (IllegalStateException none) {
      return "redirect:/account";
    }
    String next = sessions.signedIn(actor.user(), request, response, "/account/recovery-codes");
    request.getSession().setAttribute(NEW_RECOVERY_CODES, codes);
    return next;
  }
}
