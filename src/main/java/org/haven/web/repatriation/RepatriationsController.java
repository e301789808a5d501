package org.haven.web.repatriation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.repatriation.Assessment;
import org.haven.repatriation.FollowUpStatus;
import org.haven.repatriation.Programme;
import org.haven.repatriation.ReintegrationOutcome;
import org.haven.repatriation.Repatriation;
import org.haven.repatriation.RepatriationId;
import org.haven.repatriation.Repatriations;
import org.haven.repatriation.ReturnCriterion;
import org.haven.repatriation.SupportItemType;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.forms.Places;
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

/**
 * Repatriation pages for the centre: the overview of departures and reports due, the costs by
 * country, and one repatriation with a small form for each step — in the voluntary return programme
 * the eligibility checklist and the application to the return organisation. The return
 * organisation's staff see the repatriations handed to them, assess the application and report on
 * the reintegration.
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class RepatriationsController {

  static final String CENTRE_OR_RETURN_ORGANISATION =
      "hasAnyRole('CENTRE_CASEWORKER', 'RETURN_ORGANISATION_STAFF')";

  private final Repatriations repatriations;
  private final People people;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final Words words;

  RepatriationsController(
      Repatriations repatriations,
      People people,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      Words words) {
    this.words = words;
    this.repatriations = repatriations;
    this.people = people;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
  }

  /** A line of the overview, in words. */
  public record DueLine(
      UUID id, String kind, String reference, String country, String due, boolean late) {}

  @GetMapping("/repatriations")
  String overview(Model model) {
    Actor actor = currentActor.require();
    var due = repatriations.overview(actor);
    var references = people.referencesOf(due.stream().map(Repatriations.Due::person).toList());
    LocalDate today = LocalDate.now(dates.zone());
    List<Places.Choice> countries = Places.countries(LocaleContextHolder.getLocale());
    model.addAttribute(
        "due",
        due.stream()
            .map(
                d ->
                    new DueLine(
                        d.id().value(),
                        d.kind(),
                        reference(references.get(d.person())),
                        d.country() == null ? "?" : Places.name(d.country(), countries),
                        d.due() == null ? "–" : dates.date(d.due()),
                        d.due() != null && d.due().isBefore(today)))
            .toList());
    model.addAttribute("costs", repatriations.costs(Repatriations.CostGrouping.COUNTRY, actor));
    model.addAttribute(
        "countryNames",
        countries.stream().collect(Collectors.toMap(Places.Choice::code, Places.Choice::name)));
    return "repatriations/overview";
  }

  @PostMapping("/repatriations")
  String offer(
      @RequestParam(defaultValue = "") String person,
      @RequestParam(required = false) Programme programme,
      RedirectAttributes redirect) {
    if (!PersonReference.isValid(person) || people.idOf(PersonReference.parse(person)).isEmpty()) {
      throw new NotFound("Person");
    }
    PersonId id = people.require(person, "person");
    Repatriation offered =
        repatriations.offer(
            id,
            programme == null ? Programme.PREPARED_REPATRIATION : programme,
            currentActor.require());
    redirect.addFlashAttribute("saved", "form.saved");
    return "redirect:/repatriations/" + offered.repatriationId();
  }

  @GetMapping("/repatriations/handed")
  @PreAuthorize("hasRole('RETURN_ORGANISATION_STAFF')")
  String handed(Model model) {
    Actor actor = currentActor.require();
    List<Repatriation> handed =
        repatriations.handedToMe(actor).stream().map(id -> repatriations.find(id, actor)).toList();
    model.addAttribute("handed", handed);
    model.addAttribute(
        "references",
        people.referencesOf(handed.stream().map(Repatriation::person).toList()).entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().value())));
    return "repatriations/handed";
  }

  @GetMapping("/repatriations/{id}")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  String show(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Repatriation r = repatriations.find(new RepatriationId(id), actor);
    model.addAttribute("r", r);
    model.addAttribute("centre", actor.has(Role.CENTRE_CASEWORKER));
    model.addAttribute("criteria", ReturnCriterion.values());
    boolean centre = actor.has(Role.CENTRE_CASEWORKER);
    // the return organisation's staff see the plan, not the centre's choices
    model.addAttribute(
        "returnOrganisations",
        centre ? picks(EnumSet.of(OrganisationType.INTERNATIONAL_ORGANISATION)) : List.of());
    model.addAttribute(
        "reference", people.referenceOf(r.person()).map(PersonReference::value).orElse("?"));
    model.addAttribute(
        "partners",
        centre
            ? picks(EnumSet.of(OrganisationType.INTERNATIONAL_ORGANISATION, OrganisationType.NGO))
            : List.of());
    model.addAttribute(
        "partnerName", r.partner() == null ? null : organisations.names().get(r.partner()));
    model.addAttribute("itemTypes", SupportItemType.values());
    model.addAttribute("followUpStates", FollowUpStatus.values());
    model.addAttribute("outcomes", ReintegrationOutcome.values());
    model.addAttribute("today", LocalDate.now(dates.zone()).toString());
    List<Places.Choice> countries = Places.countries(LocaleContextHolder.getLocale());
    model.addAttribute("countries", countries);
    model.addAttribute(
        "countryName",
        r.destinationCountry() == null ? null : Places.name(r.destinationCountry(), countries));
    // where the summary's links lead for errors whose field is called otherwise on this page
    model.addAttribute(
        "errorLinks",
        Map.of(
            "assessment", "#assessment-outcome",
            "note", "#followUpNote",
            "status", "#repatriation-status",
            "partner",
                r.programme() == Programme.VOLUNTARY_RETURN_IOM
                        && r.assessment() != Assessment.ACCEPTED
                    ? "#returnOrganisation"
                    : "#partner"));
    return "repatriations/show";
  }

  @PostMapping("/repatriations/{id}/answer")
  String answer(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("answerForm") RepatriationForms.Answer form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "answerForm",
        form,
        checks -> {
          RepatriationId rid = new RepatriationId(id);
          if ("true".equals(form.accepted())) {
            String typed = form.extendPeriodDays();
            Integer days =
                typed == null || typed.isBlank()
                    ? null
                    : checks.check(
                        () -> Fields.number("extendPeriodDays", typed, "period.extensionPositive"));
            return FormErrors.atPageFields(
                Map.of("days", "extendPeriodDays", "period", "extendPeriodDays"),
                () -> repatriations.accept(rid, version, days, currentActor.require()));
          }
          return repatriations.decline(rid, version, form.reason(), currentActor.require());
        });
  }

  @PostMapping("/repatriations/{id}/plan")
  String plan(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("planForm") RepatriationForms.Plan form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "planForm",
        form,
        checks ->
            repatriations.plan(
                new RepatriationId(id),
                version,
                checks.check(
                    () -> Places.countryCode("destinationCountry", form.destinationCountry())),
                form.destinationPlace(),
                checks.check(() -> Fields.optionalUuid("partner", form.partner())),
                checks.check(() -> Fields.date("plannedDeparture", form.plannedDeparture())),
                form.travel(),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/support-items")
  String supportItem(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("itemForm") RepatriationForms.SupportItem form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "itemForm",
        form,
        checks ->
            repatriations.addSupport(
                new RepatriationId(id),
                version,
                checks.check(() -> Fields.enumValue(SupportItemType.class, "type", form.type())),
                checks.check(() -> amount(form.amount())),
                form.currency(),
                checks.check(() -> Fields.optionalNumber("months", form.months())),
                form.note(),
                Boolean.TRUE.equals(form.inKind()),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/departure")
  String departure(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("departureForm") RepatriationForms.Departure form,
      Model model,
      RedirectAttributes redirect) {
    if (!Boolean.TRUE.equals(form.confirmed())) {
      try {
        LocalDate on = Fields.date("actualDeparture", form.actualDeparture());
        if (on == null) {
          throw new InvalidInput("actualDeparture", "validation.required");
        }
        return Confirmations.ask(
            model,
            new Confirmations.Confirmation(
                words.text("repatriation.departureConfirm", dates.date(on)),
                List.of(
                    words.text("repatriation.departureStays"),
                    words.text("repatriation.departurePeriod"),
                    words.text("repatriation.departureFollowUps")),
                "/repatriations/" + id + "/departure",
                FormErrors.postedFields(),
                words.text("repatriation.recordDeparture"),
                "/repatriations/" + id));
      } catch (InvalidInput invalid) {
        errors.add(model, invalid);
        return show(id, model);
      }
    }
    return attempt(
        id,
        model,
        redirect,
        "departureForm",
        form,
        checks ->
            repatriations.depart(
                new RepatriationId(id),
                version,
                checks.check(() -> Fields.date("actualDeparture", form.actualDeparture())),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/eligibility")
  String eligibility(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("eligibilityForm") RepatriationForms.Eligibility form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "eligibilityForm",
        form,
        checks -> {
          Set<ReturnCriterion> met = EnumSet.noneOf(ReturnCriterion.class);
          for (String c : form.criteria() == null ? List.<String>of() : form.criteria()) {
            ReturnCriterion criterion =
                checks.check(() -> Fields.enumValue(ReturnCriterion.class, "eligibility", c));
            if (criterion != null) {
              met.add(criterion);
            }
          }
          return repatriations.checkEligibility(
              new RepatriationId(id), version, met, currentActor.require());
        });
  }

  @PostMapping("/repatriations/{id}/application")
  String application(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("applicationForm") RepatriationForms.Application form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "applicationForm",
        form,
        checks ->
            repatriations.applyToReturnOrganisation(
                new RepatriationId(id),
                version,
                checks.check(() -> Fields.optionalUuid("partner", form.partner())),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/assessment")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  String assessment(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("assessmentForm") RepatriationForms.Assessment form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "assessmentForm",
        form,
        checks ->
            repatriations.assess(
                new RepatriationId(id),
                version,
                checks.check(
                    () -> Fields.enumValue(Assessment.class, "assessment", form.outcome())),
                form.assessmentNote(),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/follow-ups")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  String followUp(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("followUpForm") RepatriationForms.FollowUp form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "followUpForm",
        form,
        checks ->
            repatriations.report(
                new RepatriationId(id),
                version,
                checks.check(() -> Fields.date("reportedOn", form.reportedOn())),
                checks.check(() -> Fields.enumValue(FollowUpStatus.class, "status", form.status())),
                form.note(),
                Boolean.TRUE.equals(form.safe()),
                Boolean.TRUE.equals(form.reachable()),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/reintegration/extensions")
  String extend(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("extensionForm") RepatriationForms.Extension form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "extensionForm",
        form,
        checks -> {
          Integer months = Fields.optionalNumber("extensionMonths", form.extensionMonths());
          if (months == null) {
            throw new InvalidInput("extensionMonths", "validation.required");
          }
          return FormErrors.atPageFields(
              Map.of("months", "extensionMonths"),
              () ->
                  repatriations.extendReintegration(
                      new RepatriationId(id), version, months, currentActor.require()));
        });
  }

  @PostMapping("/repatriations/{id}/end")
  String end(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("endForm") RepatriationForms.Ending form,
      Model model,
      RedirectAttributes redirect) {
    if (!Boolean.TRUE.equals(form.confirmed())) {
      try {
        ReintegrationOutcome outcome =
            Fields.enumValue(ReintegrationOutcome.class, "outcome", form.outcome());
        if (outcome == null) {
          throw new InvalidInput("outcome", "validation.required");
        }
        Repatriation r = repatriations.find(new RepatriationId(id), currentActor.require());
        LocalDate today = LocalDate.now(dates.zone());
        LocalDate endsOn =
            r.reintegrationEndsOn() != null && r.reintegrationEndsOn().isBefore(today)
                ? r.reintegrationEndsOn()
                : today;
        return Confirmations.ask(
            model,
            new Confirmations.Confirmation(
                words.text(
                    "repatriation.endConfirm",
                    words.text("reintegrationOutcome." + outcome.name())),
                List.of(
                    words.text("repatriation.endOn", dates.date(endsOn)),
                    words.text("repatriation.endNoReports"),
                    words.text("repatriation.endFinal")),
                "/repatriations/" + id + "/end",
                FormErrors.postedFields(),
                words.text("repatriation.end"),
                "/repatriations/" + id));
      } catch (InvalidInput invalid) {
        errors.add(model, invalid);
        return show(id, model);
      }
    }
    return attempt(
        id,
        model,
        redirect,
        "endForm",
        form,
        checks ->
            repatriations.end(
                new RepatriationId(id),
                version,
                checks.check(
                    () -> Fields.enumValue(ReintegrationOutcome.class, "outcome", form.outcome())),
                form.outcomeNote(),
                currentActor.require()));
  }

  /**
   * Cancels the offer or plan before departure: the reason is checked first, then the page says
   * what cancelling means and asks before anything is recorded.
   */
  @PostMapping("/repatriations/{id}/cancel")
  String cancel(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("cancelForm") RepatriationForms.Cancellation form,
      Model model,
      RedirectAttributes redirect) {
    if (!Boolean.TRUE.equals(form.confirmed())) {
      if (form.cancelReason() == null || form.cancelReason().isBlank()) {
        errors.add(model, new InvalidInput("cancelReason", "validation.required"));
        return show(id, model);
      }
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("repatriation.cancelConfirm"),
              List.of(words.text("repatriation.cancelEnds"), words.text("repatriation.cancelKept")),
              "/repatriations/" + id + "/cancel",
              FormErrors.postedFields(),
              words.text("repatriation.cancel"),
              "/repatriations/" + id));
    }
    return attempt(
        id,
        model,
        redirect,
        "cancelForm",
        form,
        checks ->
            FormErrors.atPageFields(
                Map.of("reason", "cancelReason"),
                () ->
                    repatriations.cancel(
                        new RepatriationId(id),
                        version,
                        form.cancelReason(),
                        currentActor.require())));
  }

  private String attempt(
      UUID id,
      Model model,
      RedirectAttributes redirect,
      String name,
      Record form,
      Function<InvalidInput.Gathered, ?> change) {
    return errors.submitAll(
        model, redirect, name, form, change, () -> show(id, model), "/repatriations/" + id);
  }

  /** The organisations of these types to choose from, by name. */
  private List<Pick> picks(Set<OrganisationType> types) {
    return organisations.all().stream()
        .filter(o -> types.contains(o.type()))
        .map(o -> new Pick(o.id().toString(), o.name()))
        .toList();
  }

  private static BigDecimal amount(String value) {
    try {
      return new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInput("amount", "repatriation.amount");
    }
  }

  private static String reference(PersonReference reference) {
    return reference == null ? "?" : reference.value();
  }
}
