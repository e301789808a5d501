package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.SignIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's own account: recovery codes, and replacing the authenticator after
 * re-authentication.
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class AccountController {

  static final String NEW_RECOVERY_CODES = AccountController.class.getName() + ".recoveryCodes";

  private final SignIn signIn;
  private final CurrentActor currentActor;
  private final SignInSessions sessions;
  private final FormErrors errors;

  AccountController(
      SignIn signIn, CurrentActor currentActor, SignInSessions sessions, FormErrors errors) {
    this.signIn = signIn;
    this.currentActor = currentActor;
    this.sessions = sessions;
    this.errors = errors;
  }

  @GetMapping("/account")
  String account(Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("recoveryCodesLeft", signIn.recoveryCodesLeft(actor.user()));
    return "account/account";
  }

  /** Keeps an idle session alive when the person chooses to stay signed in. */
  @PostMapping("/account/keep-alive")
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NO_CONTENT)
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
