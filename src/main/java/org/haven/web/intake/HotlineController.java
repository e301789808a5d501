package org.haven.web.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.information.ContactMessages;
import org.haven.intake.CallerType;
import org.haven.intake.Hotline;
import org.haven.web.forms.Dates;
import org.haven.web.forms.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's hotline log: the last 30 days of calls, and a short form to log one. */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class HotlineController {

  private final Hotline hotline;
  private final ContactMessages messages;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;

  HotlineController(
      Hotline hotline,
      ContactMessages messages,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates) {
    this.hotline = hotline;
    this.messages = messages;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
  }

  /**
   * A message from the help pages as the hotline's queue shows it: the language named in the
   * reader's own language (to find an interpreter) and in its own.
   */
  record MessageRow(
      UUID id,
      String received,
      String language,
      String phone,
      String message,
      boolean inDanger,
      boolean handled) {}

  @GetMapping("/hotline")
  String page(Model model) {
    Instant now = Instant.now();
    Locale reader = LocaleContextHolder.getLocale();
    model.addAttribute(
        "messages",
        messages.queue(currentActor.require()).stream()
            .map(
                m ->
                    new MessageRow(
                        m.id(),
                        dates.dateTime(m.receivedAt()),
                        m.language().locale().getDisplayLanguage(reader)
                            + (m.language().locale().getLanguage().equals(reader.getLanguage())
                                ? ""
                                : " (" + m.language().ownName() + ")"),
                        m.phone(),
                        m.message(),
                        m.inDanger(),
                        m.handledAt() != null))
            .toList());
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

  /** The message was answered (or needs no answer): it leaves the queue. */
  @PostMapping("/hotline/messages/{id}/handled")
  String handled(@PathVariable UUID id, RedirectAttributes redirect) {
    messages.handle(id, currentActor.require());
    redirect.addFlashAttribute("saved", "hotline.messageHandled");
    return "redirect:/hotline";
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
              UUID linked;
              try {
                linked = referral.isBlank() ? null : UUID.fromString(referral.strip());
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
