package org.haven.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.intake.CallerType;
import org.haven.intake.Hotline;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's hotline log: the last 30 days of calls, and a short form to log one. */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class HotlineController {

  private final Hotline hotline;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;

  HotlineController(Hotline hotline, CurrentActor currentActor, FormErrors errors, Dates dates) {
    this.hotline = hotline;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
  }

  @GetMapping("/hotline")
  String page(Model model) {
    Instant now = Instant.now();
    model.addAttribute(
        "calls",
        hotline.between(
            now.minus(Duration.ofDays(30)), now.plusSeconds(60), 0, 200, currentActor.require()));
    model.addAttribute("callerTypes", CallerType.values());
    if (!model.containsAttribute("receivedAt")) {
      model.addAttribute(
          "receivedAt",
          LocalDateTime.ofInstant(now, dates.zone()).truncatedTo(ChronoUnit.MINUTES).toString());
    }
    return "hotline/page";
  }

  @PostMapping("/hotline")
  String log(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    String receivedAt = form.getOrDefault("receivedAt", "");
    String callerType = form.getOrDefault("callerType", "");
    String referral = form.getOrDefault("referral", "");
    model.addAttribute("receivedAt", receivedAt);
    model.addAttribute("callerType", callerType);
    model.addAttribute("topic", form.getOrDefault("topic", ""));
    model.addAttribute("outcome", form.getOrDefault("outcome", ""));
    model.addAttribute("referral", referral);
    String next =
        errors.submit(
            model,
            redirect,
            form,
            () -> {
              Instant received;
              try {
                received = LocalDateTime.parse(receivedAt.strip()).atZone(dates.zone()).toInstant();
              } catch (DateTimeParseException e) {
                throw new InvalidInput("receivedAt", "validation.invalid");
              }
              CallerType type;
              try {
                type = callerType.isBlank() ? null : CallerType.valueOf(callerType);
              } catch (IllegalArgumentException e) {
                throw new InvalidInput("callerType", "validation.invalid");
              }
              java.util.UUID linked;
              try {
                linked = referral.isBlank() ? null : java.util.UUID.fromString(referral.strip());
              } catch (IllegalArgumentException e) {
                throw new InvalidInput("referral", "hotline.referralUnknown");
              }
              return hotline.log(
                  received,
                  type,
                  form.getOrDefault("topic", ""),
                  form.getOrDefault("outcome", ""),
                  linked,
                  currentActor.require());
            },
            () -> page(model),
            "/hotline");
    if (redirect.getFlashAttributes().get("saved") instanceof String saved
        && saved.equals("form.saved")) {
      redirect.addFlashAttribute("saved", "hotline.logged");
    }
    return next;
  }
}
