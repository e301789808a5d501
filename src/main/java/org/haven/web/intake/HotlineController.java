package org.haven.web.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisations;
import org.haven.information.ContactMessages;
import org.haven.intake.CallerType;
import org.haven.intake.Hotline;
import org.haven.intake.Referral;
import org.haven.intake.ReferralFilter;
import org.haven.intake.ReferralId;
import org.haven.intake.ReferralSummary;
import org.haven.intake.Referrals;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's hotline log: the last 30 days of calls, and a short form to log one. */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class HotlineController {

  private final Hotline hotline;
  private final Referrals referrals;
  private final Organisations organisations;
  private final Words words;
  private final ContactMessages messages;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;

  HotlineController(
      Hotline hotline,
      Referrals referrals,
      Organisations organisations,
      Words words,
      ContactMessages messages,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates) {
    this.hotline = hotline;
    this.referrals = referrals;
    this.organisations = organisations;
    this.words = words;
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

  /** A call as typed (ADR 0021); the referral it led to chosen from the recent ones. */
  public record CallForm(
      String receivedAt, String callerType, String topic, String outcome, String referral) {}

  @GetMapping("/hotline")
  String start(@RequestParam(required = false) UUID referral, Model model) {
    model.addAttribute(
        "callForm",
        new CallForm(
            LocalDateTime.ofInstant(Instant.now(), dates.zone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString(),
            null,
            null,
            null,
            referral == null ? null : referral.toString()));
    return page(model);
  }

  private String page(Model model) {
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
    model.addAttribute("recentReferrals", recentReferrals(model));
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
  String log(@ModelAttribute("callForm") CallForm form, Model model, RedirectAttributes redirect) {
    String next =
        errors.submitAll(
            model,
            redirect,
            "callForm",
            form,
            checks ->
                hotline.log(
                    checks.check(
                        () -> Fields.dateTime("receivedAt", form.receivedAt(), dates.zone())),
                    checks.check(
                        () -> Fields.enumValue(CallerType.class, "callerType", form.callerType())),
                    form.topic() == null ? "" : form.topic(),
                    form.outcome() == null ? "" : form.outcome(),
                    checks.check(() -> referralId(form.referral())),
                    currentActor.require()),
            () -> page(model),
            "/hotline");
    if (redirect.getFlashAttributes().get("saved") instanceof String saved
        && saved.equals("form.saved")) {
      redirect.addFlashAttribute("saved", "hotline.logged");
    }
    return next;
  }

  /**
   * The referrals of the last 30 days to link a call to, newest first, each by its day, channel and
   * sender; one chosen before (a link from its page) is offered even when older.
   */
  private List<Pick> recentReferrals(Model model) {
    Actor actor = currentActor.require();
    LocalDate today = LocalDate.now(dates.zone());
    Map<UUID, String> names = organisations.names();
    List<ReferralSummary> recent =
        new ArrayList<>(
            referrals
                .list(
                    new ReferralFilter(
                        null, null, null, today.minusDays(30), today, null, null, 0, 100),
                    actor)
                .items());
    String chosen = model.getAttribute("callForm") instanceof CallForm f ? f.referral() : null;
    List<Pick> picks = new ArrayList<>();
    for (ReferralSummary r : recent) {
      picks.add(new Pick(r.id().toString(), label(r, names)));
    }
    if (chosen != null
        && !chosen.isBlank()
        && picks.stream().noneMatch(p -> p.value().equals(chosen.strip()))) {
      try {
        Referral referral = referrals.find(new ReferralId(UUID.fromString(chosen.strip())), actor);
        picks.add(
            0,
            new Pick(
                referral.referralId().value().toString(),
                words.text(
                    "hotline.referralLabel",
                    dates.date(
                        referral.submittedAt() != null
                            ? referral.submittedAt()
                            : referral.createdAt()),
                    referral.channel() == null
                        ? "–"
                        : words.text("channel." + referral.channel().name()),
                    names.getOrDefault(referral.sourceOrganisation(), ""))));
      } catch (IllegalArgumentException | NotFound unknown) {
        // an unknown or unreadable id stays typed; the form says so when it is sent
      }
    }
    return picks;
  }

  private String label(ReferralSummary r, Map<UUID, String> names) {
    return words.text(
        "hotline.referralLabel",
        dates.date(r.submittedAt() != null ? r.submittedAt() : r.createdAt()),
        r.channel() == null ? "–" : words.text("channel." + r.channel().name()),
        names.getOrDefault(r.sourceOrganisation(), ""));
  }

  private static UUID referralId(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(typed.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("referral", "hotline.referralUnknown");
    }
  }
}
