package org.haven.web.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.crossborder.Transfers;
import org.haven.intake.AgeBand;
import org.haven.intake.Channel;
import org.haven.intake.Exploitation;
import org.haven.intake.Indicators;
import org.haven.intake.Referral;
import org.haven.intake.ReferralFilter;
import org.haven.intake.ReferralId;
import org.haven.intake.ReferralPath;
import org.haven.intake.ReferralStatus;
import org.haven.intake.ReferralSummary;
import org.haven.intake.Referrals;
import org.haven.operations.KeyPersons;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;
import org.haven.people.PersonReference;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.OptionsHtml;
import org.haven.web.forms.OptionsHtml.Option;
import org.haven.web.layout.Words;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referral pages: the list with filters, the wizard (one topic per step, saved at every step,
 * resumable), the check page that sends, the referral page, and the centre's accept and decline
 * screens.
 */
@Controller
@PreAuthorize(ReferralsController.SENDERS)
public class ReferralsController {

  public static final String SENDERS =
      "hasAnyRole('NGO_WORKER', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER', 'IMMIGRATION_OFFICER',"
          + " 'CENTRE_CASEWORKER', 'SHELTER_STAFF', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR')";
  static final int STEPS = 5;
  static final int PAGE_SIZE = 25;

  private final Referrals referrals;
  private final Indicators indicators;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final MessageSource messages;

  private final KeyPersons keyPersons;

  private final Transfers transfers;

  ReferralsController(
      Referrals referrals,
      Indicators indicators,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      MessageSource messages,
      KeyPersons keyPersons,
      Transfers transfers) {
    this.transfers = transfers;
    this.keyPersons = keyPersons;
    this.referrals = referrals;
    this.indicators = indicators;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
    this.messages = messages;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("paths", ReferralPath.values());
    model.addAttribute("channels", Channel.chosenBySenders());
    model.addAttribute("genders", Gender.values());
    model.addAttribute("precisions", BirthPrecision.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("forms", Exploitation.values());
    model.addAttribute("statuses", ReferralStatus.values());
    model.addAttribute("industries", List.of("A", "C", "F", "G", "H", "I", "N", "S", "T"));
  }

  @GetMapping("/referrals")
  String list(
      @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) UUID organisation,
      @RequestParam(required = false) Boolean minors,
      @RequestParam(required = false) Boolean immediateDanger,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Actor actor = currentActor.require();
    String contextPath = request.getContextPath();
    ReferralFilter filter =
        new ReferralFilter(
            status, organisation, channel, from, to, minors, immediateDanger, page, PAGE_SIZE);
    Referrals.ReferralPage result = referrals.list(filter, actor);
    Map<UUID, String> names = organisations.names();
    model.addAttribute("result", result);
    model.addAttribute(
        "rows", result.items().stream().map(r -> row(r, names, contextPath)).toList());
    model.addAttribute("filter", filter);
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "statusOptions",
        OptionsHtml.of(
            ReferralStatus.values(),
            "referralStatus.",
            status == null ? null : status.name(),
            messages,
            locale));
    model.addAttribute(
        "channelOptions",
        OptionsHtml.of(
            Channel.values(),
            "channel.",
            channel == null ? null : channel.name(),
            messages,
            locale));
    model.addAttribute(
        "organisationOptions",
        OptionsHtml.of(
            names.entrySet().stream()
                .map(
                    o ->
                        new Option(
                            o.getKey().toString(), o.getValue(), o.getKey().equals(organisation)))
                .toList()));
    referrals.countNew(actor).ifPresent(count -> model.addAttribute("newCount", count));
    return "referrals/list";
  }

  @GetMapping("/referrals/new")
  String start(Model model) {
    return step(null, ReferralForm.empty(), 1, model);
  }

  @PostMapping("/referrals/new")
  String create(
      @ModelAttribute("postedEncounter") ReferralForm.Encounter posted,
      @RequestParam Map<String, String> sent,
      Model model,
      RedirectAttributes redirect) {
    ReferralForm form = ReferralForm.empty().with(1, posted, null, null, null);
    try {
      return "redirect:"
          + errors.once(
              sent,
              redirect,
              () ->
                  "/referrals/"
                      + referrals
                          .startDraft(form.draft(dates.zone()), currentActor.require())
                          .referralId()
                      + "/step/2");
    } catch (InvalidInput invalid) {
      show(model, invalid.all(), null, 1);
      return step(null, form, 1, model);
    }
  }

  /**
   * A step of the wizard; with {@code check}, opened from the errors of a send that failed, it
   * shows at once everything on this step that still stops the referral from being sent.
   */
  @GetMapping("/referrals/{id}/step/{step}")
  String showStep(
      @PathVariable UUID id,
      @PathVariable int step,
      @RequestParam(required = false) String check,
      Model model) {
    Referral referral = referrals.find(new ReferralId(id), currentActor.require());
    if (referral.status() != ReferralStatus.DRAFT) {
      return "redirect:/referrals/" + id;
    }
    int shown = Math.max(1, Math.min(step, STEPS));
    if (check != null) {
      show(
          model,
          referral.missingForSending().stream()
              .filter(e -> ReferralForm.stepOf(ReferralForm.formField(e.field())) == shown)
              .toList(),
          id,
          shown);
    }
    return step(referral, ReferralForm.of(referral, dates.zone()), shown, model);
  }

  /**
   * The errors at their fields; in the summary, an error of another step links to that step, opened
   * at the field with everything there that is still wrong.
   */
  private void show(Model model, List<InvalidInput> found, UUID id, int step) {
    Map<String, String> links = new LinkedHashMap<>();
    for (InvalidInput error : found) {
      String field = ReferralForm.formField(error.field());
      errors.add(model, field, error.messageKey(), error.arguments());
      int on = ReferralForm.stepOf(field);
      links.putIfAbsent(
          field,
          id == null || on == step
              ? "#" + field
              : "/referrals/" + id + "/step/" + on + "?check#" + field);
    }
    model.addAttribute("errorLinks", links);
  }

  @PostMapping("/referrals/{id}/step/{step}")
  String saveStep(
      @PathVariable UUID id,
      @PathVariable int step,
      @ModelAttribute("postedEncounter") ReferralForm.Encounter encounter,
      @ModelAttribute("postedPerson") ReferralForm.Person person,
      @ModelAttribute("postedSituation") ReferralForm.Situation situation,
      @ModelAttribute("postedAccount") ReferralForm.Account account,
      @RequestParam long version,
      @RequestParam(defaultValue = "next") String action,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    ReferralId referralId = new ReferralId(id);
    Referral referral = referrals.find(referralId, actor);
    if (referral.status() != ReferralStatus.DRAFT) {
      redirect.addFlashAttribute("saved", "referral.noLongerDraft");
      return "redirect:/referrals/" + id;
    }
    // each step posts its own fields: the record of that step is the one taken
    ReferralForm form =
        ReferralForm.of(referral, dates.zone()).with(step, encounter, person, situation, account);
    try {
      referrals.saveDraft(referralId, version, form.draft(dates.zone()), actor);
    } catch (InvalidInput invalid) {
      show(model, invalid.all(), id, step);
      return step(referral, form, step, model);
    } catch (StaleVersion stale) {
      errors.add(model, "path", "validation.stale");
      return step(
          referral, ReferralForm.of(referrals.find(referralId, actor), dates.zone()), step, model);
    }
    if ("later".equals(action)) {
      redirect.addFlashAttribute("saved", "referral.savedForLater");
      return "redirect:/referrals";
    }
    return "redirect:/referrals/" + id + "/step/" + Math.min(step + 1, STEPS);
  }

  @PostMapping("/referrals/{id}/submit")
  String submit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    try {
      referrals.submit(new ReferralId(id), actor);
    } catch (Referral.WrongStatus sentBefore) {
      redirect.addFlashAttribute("saved", "referral.noLongerDraft");
      return "redirect:/referrals/" + id;
    } catch (InvalidInput invalid) {
      show(model, invalid.all(), id, STEPS);
      Referral referral = referrals.find(new ReferralId(id), actor);
      return step(referral, ReferralForm.of(referral, dates.zone()), STEPS, model);
    }
    redirect.addFlashAttribute("saved", "referral.sent");
    return "redirect:/referrals/" + id;
  }

  @GetMapping("/referrals/{id}/account")
  String account(@PathVariable UUID id, Model model) {
    model.addAttribute("backHref", "/referrals/" + id);
    model.addAttribute("sensitiveTitle", null);
    model.addAttribute("when", null);
    model.addAttribute(
        "text", referrals.account(new ReferralId(id), currentActor.require()).orElse(""));
    return "sensitive";
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Referral referral = referrals.find(new ReferralId(id), actor);
    model.addAttribute("referral", referral);
    model.addAttribute("centre", actor.has(Role.CENTRE_CASEWORKER));
    model.addAttribute(
        "sender", referral.sourceOrganisation().equals(actor.organisation().value()));
    model.addAttribute("organisationNames", organisationNames());
    model.addAttribute(
        "keyPersons",
        actor.has(Role.CENTRE_CASEWORKER)
            ? keyPersons.routeFor(referral.sourceOrganisation())
            : List.of());
    model.addAttribute("catalogue", indicators.catalogue(Words.language()));
    model.addAttribute(
        "fromAbroad",
        referral.channel() == Channel.CROSS_BORDER && Transfers.maySend(actor)
            ? transfers.ofReferral(new ReferralId(id)).orElse(null)
            : null);
    return "referrals/show";
  }

  @GetMapping("/referrals/{id}/accept")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String acceptScreen(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Referral referral = referrals.find(new ReferralId(id), actor);
    model.addAttribute("referral", referral);
    model.addAttribute("candidates", referrals.possibleDuplicates(referral.referralId(), actor));
    return "referrals/accept";
  }

  @PostMapping("/referrals/{id}/accept")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String accept(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String person,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    Optional<PersonReference> link =
        person.isBlank() || "new".equals(person)
            ? Optional.empty()
            : Optional.of(PersonReference.parse(person));
    try {
      referrals.accept(new ReferralId(id), link, actor);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return acceptScreen(id, model);
    }
    redirect.addFlashAttribute("saved", "referral.accepted");
    return "redirect:/referrals/" + id;
  }

  @GetMapping("/referrals/{id}/decline")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String declineScreen(@PathVariable UUID id, Model model) {
    model.addAttribute("referral", referrals.find(new ReferralId(id), currentActor.require()));
    return "referrals/decline";
  }

  @PostMapping("/referrals/{id}/decline")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String decline(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    try {
      referrals.decline(new ReferralId(id), reason, currentActor.require());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("reason", reason);
      return declineScreen(id, model);
    }
    redirect.addFlashAttribute("saved", "referral.declined");
    return "redirect:/referrals/" + id;
  }

  @PostMapping("/referrals/{id}/withdraw")
  String withdraw(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      referrals.find(new ReferralId(id), currentActor.require());
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              text("referral.withdrawConfirm"),
              List.of(text("referral.withdrawConsequence"), text("referral.withdrawAgain")),
              "/referrals/" + id + "/withdraw",
              form,
              text("referral.withdraw"),
              "/referrals/" + id));
    }
    referrals.withdraw(new ReferralId(id), currentActor.require());
    redirect.addFlashAttribute("saved", "referral.withdrawn");
    return "redirect:/referrals";
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /**
   * One line of the list, with every text worked out here rather than in the template (it is
   * rendered often).
   */
  public record Row(
      String href,
      String received,
      String status,
      String path,
      String from,
      String channel,
      boolean danger,
      boolean minor) {}

  private Row row(ReferralSummary r, Map<UUID, String> names, String contextPath) {
    Locale locale = LocaleContextHolder.getLocale();
    String href =
        contextPath
            + "/referrals/"
            + r.id()
            + (r.status() == ReferralStatus.DRAFT ? "/step/1" : "");
    return new Row(
        href,
        dates.date(r.submittedAt() != null ? r.submittedAt() : r.createdAt()),
        messages.getMessage("referralStatus." + r.status().name(), null, locale),
        messages.getMessage("referral.path." + r.path().name(), null, locale),
        names.getOrDefault(r.sourceOrganisation(), ""),
        r.channel() == null
            ? "–"
            : messages.getMessage("channel." + r.channel().name(), null, locale),
        r.immediateDanger(),
        r.minor());
  }

  private String step(Referral referral, ReferralForm form, int step, Model model) {
    model.addAttribute("referral", referral);
    model.addAttribute("form", form);
    model.addAttribute("step", step);
    model.addAttribute("steps", STEPS);
    if (step == 3 || step == STEPS) {
      model.addAttribute("catalogue", indicators.catalogue(Words.language()));
    }
    return "referrals/step";
  }

  private Map<UUID, String> organisationNames() {
    return organisations.names();
  }
}
