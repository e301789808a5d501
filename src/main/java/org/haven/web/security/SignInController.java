package org.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.haven.access.InvalidInput;
import org.haven.access.PasswordCheck;
import org.haven.access.SignIn;
import org.haven.access.UserId;
import org.haven.web.forms.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in steps: password; then, the first time, a new password and an authenticator; then a
 * code from the authenticator (or a recovery code). Errors are shown on the form with what the
 * person typed kept (never a password), and never say whether an account exists.
 */
@Controller
class SignInController {

  static final String STEP = "hasAnyAuthority('SIGNIN_PASSWORD', 'SIGNED_IN')";

  private final SignIn signIn;
  private final SignInSessions sessions;
  private final FormErrors errors;

  SignInController(SignIn signIn, SignInSessions sessions, FormErrors errors) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.errors = errors;
  }

  @GetMapping("/login")
  @PublicEndpoint("the sign-in page")
  String loginPage(Model model) {
    model.addAttribute("email", "");
    return "signin/login";
  }

  @PostMapping("/login")
  @PublicEndpoint("the password step of sign-in")
  String login(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("email", email.length() > 254 ? email.substring(0, 254) : email);
    if (email.isBlank() || password.isEmpty()) {
      if (email.isBlank()) {
        errors.add(model, "email", "signin.emailRequired");
      }
      if (password.isEmpty()) {
        errors.add(model, "password", "signin.passwordRequired");
      }
      return "signin/login";
    }
    PasswordCheck check = signIn.checkPassword(email, password);
    return switch (check.outcome()) {
      case ACCEPTED -> sessions.passwordAccepted(check.account().orElseThrow(), request, response);
      case PAUSED -> {
        errors.add(model, "email", "signin.paused");
        yield "signin/login";
      }
      case REJECTED -> {
        errors.add(model, "email", "signin.rejected");
        yield "signin/login";
      }
    };
  }

  /** Where a person between password and second factor goes next. */
  @GetMapping("/login/next")
  @PreAuthorize(STEP)
  String next() {
    return sessions.nextStep().orElse("redirect:/");
  }

  @GetMapping("/login/code")
  @PreAuthorize(STEP)
  String codePage() {
    return "signin/code";
  }

  @PostMapping("/login/code")
  @PreAuthorize(STEP)
  String code(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    UserId user = sessions.pending().orElseThrow();
    if (signIn.checkCode(user, code)) {
      return sessions.signedIn(user, request, response, null);
    }
    errors.add(model, "code", "signin.codeWrong");
    return "signin/code";
  }

  @GetMapping("/login/recovery")
  @PreAuthorize(STEP)
  String recoveryPage() {
    return "signin/recovery";
  }

  @PostMapping("/login/recovery")
  @PreAuthorize(STEP)
  String recovery(
      @RequestParam(defaultValue = "") String recoveryCode,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    UserId user = sessions.pending().orElseThrow();
    if (signIn.useRecoveryCode(user, recoveryCode)) {
      return sessions.signedIn(user, request, response, "/account?recoveryCodeUsed");
    }
    errors.add(model, "recoveryCode", "signin.recoveryWrong");
    return "signin/recovery";
  }

  @GetMapping("/account/first-password")
  @PreAuthorize(STEP)
  String firstPasswordPage() {
    return "signin/first-password";
  }

  @PostMapping("/account/first-password")
  @PreAuthorize(STEP)
  String firstPassword(
      @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String confirmPassword,
      Model model) {
    UserId user = sessions.pending().orElseThrow();
    try {
      signIn.choosePassword(user, newPassword, confirmPassword);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return "signin/first-password";
    }
    return "redirect:/account/enrol";
  }

  @GetMapping("/account/enrol")
  @PreAuthorize(STEP)
  String enrolPage(Model model) {
    UserId user = sessions.pending().orElseThrow();
    try {
      model.addAttribute("enrolment", signIn.beginEnrolment(user));
    } catch (IllegalStateException alreadyEnrolled) {
      return "redirect:/login/code";
    }
    return "signin/enrol";
  }

  @PostMapping("/account/enrol")
  @PreAuthorize(STEP)
  String enrol(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    UserId user = sessions.pending().orElseThrow();
    List<String> recoveryCodes;
    try {
      recoveryCodes = signIn.confirmEnrolment(user, false, code);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("enrolment", signIn.currentEnrolment(user, false));
      return "signin/enrol";
    } catch (IllegalStateException alreadyEnrolled) {
      return "redirect:/login/code";
    }
    String next = sessions.signedIn(user, request, response, "/account/recovery-codes");
    request.getSession().setAttribute(AccountController.NEW_RECOVERY_CODES, recoveryCodes);
    return next;
  }
}
