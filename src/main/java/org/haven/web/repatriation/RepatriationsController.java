package org.haven.web.repatriation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.haven.web.layout.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    model.addAttribute(
        "due",
        due.stream()
            .map(
                d ->
                    new DueLine(
                        d.id().value(),
                        d.kind(),
                        reference(references.get(d.person())),
                        d.country() == null ? "?" : d.country(),
                        d.due() == null ? "–" : dates.date(d.due()),
                        d.due() != null && d.due().isBefore(today)))
            .toList());
    model.addAttribute("costs", repatriations.costs(Repatriations.CostGrouping.COUNTRY, actor));
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
    model.addAttribute(
        "returnOrganisations",
        actor.has(Role.CENTRE_CASEWORKER)
            ? organisations.all().stream()
                .filter(o -> o.type() == OrganisationType.INTERNATIONAL_ORGANISATION)
                .toList()
            : List.of());
    model.addAttribute(
        "reference", people.referenceOf(r.person()).map(PersonReference::value).orElse("?"));
    model.addAttribute(
        "partners",
        organisations.all().stream()
            .filter(
                o ->
                    o.type() == OrganisationType.INTERNATIONAL_ORGANISATION
                        || o.type() == OrganisationType.NGO)
            .toList());
    model.addAttribute(
        "partnerName", r.partner() == null ? null : organisations.names().get(r.partner()));
    // the return organisation's staff see the plan, not the centre's choices
    if (!actor.has(Role.CENTRE_CASEWORKER)) {
      model.addAttribute("partners", List.of());
    }
    model.addAttribute("itemTypes", SupportItemType.values());
    model.addAttribute("followUpStates", FollowUpStatus.values());
    model.addAttribute("outcomes", ReintegrationOutcome.values());
    model.addAttribute("today", LocalDate.now(dates.zone()).toString());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "repatriations/show";
  }

  @PostMapping("/repatriations/{id}/answer")
  String answer(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () -> {
          RepatriationId rid = new RepatriationId(id);
          if ("true".equals(form.get("accepted"))) {
            String days = form.getOrDefault("extendPeriodDays", "");
            return repatriations.accept(
                rid,
                version,
                days.isBlank()
                    ? null
                    : Fields.number("extendPeriodDays", days, "period.extensionPositive"),
                currentActor.require());
          }
          return repatriations.decline(rid, version, form.get("reason"), currentActor.require());
        });
  }

  @PostMapping("/repatriations/{id}/plan")
  String plan(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.plan(
                new RepatriationId(id),
                version,
                form.get("destinationCountry"),
                form.get("destinationPlace"),
                form.getOrDefault("partner", "").isBlank()
                    ? null
                    : Fields.uuid("partner", form.get("partner")),
                Fields.date("plannedDeparture", form.get("plannedDeparture")),
                form.get("travel"),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/support-items")
  String supportItem(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.addSupport(
                new RepatriationId(id),
                version,
                Fields.enumValue(SupportItemType.class, "type", form.get("type")),
                amount(form.get("amount")),
                form.get("currency"),
                form.getOrDefault("months", "").isBlank()
                    ? null
                    : Fields.number("months", form.get("months")),
                form.get("note"),
                "true".equals(form.get("inKind")),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/departure")
  String departure(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      try {
        LocalDate on = Fields.date("actualDeparture", form.get("actualDeparture"));
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
                form,
                words.text("repatriation.recordDeparture"),
                "/repatriations/" + id));
      } catch (InvalidInput invalid) {
        errors.add(model, invalid);
        model.addAttribute("form", form);
        return show(id, model);
      }
    }
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.depart(
                new RepatriationId(id),
                version,
                Fields.date("actualDeparture", form.get("actualDeparture")),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/eligibility")
  String eligibility(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "criteria", required = false) List<String> criteria,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () -> {
          Set<ReturnCriterion> met = EnumSet.noneOf(ReturnCriterion.class);
          if (criteria != null) {
            for (String c : criteria) {
              ReturnCriterion criterion = Fields.enumValue(ReturnCriterion.class, "eligibility", c);
              if (criterion != null) {
                met.add(criterion);
              }
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
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.applyToReturnOrganisation(
                new RepatriationId(id),
                version,
                Fields.optionalUuid("partner", form.get("partner")),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/assessment")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  String assessment(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.assess(
                new RepatriationId(id),
                version,
                Fields.enumValue(Assessment.class, "assessment", form.get("outcome")),
                form.get("assessmentNote"),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/follow-ups")
  @PreAuthorize(CENTRE_OR_RETURN_ORGANISATION)
  String followUp(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.report(
                new RepatriationId(id),
                version,
                Fields.date("reportedOn", form.get("reportedOn")),
                Fields.enumValue(FollowUpStatus.class, "status", form.get("status")),
                form.get("note"),
                form.containsKey("safe"),
                form.containsKey("reachable"),
                currentActor.require()));
  }

  @PostMapping("/repatriations/{id}/reintegration/extensions")
  String extend(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () -> {
          Integer months = Fields.optionalNumber("extensionMonths", form.get("extensionMonths"));
          if (months == null) {
            throw new InvalidInput("extensionMonths", "validation.required");
          }
          try {
            return repatriations.extendReintegration(
                new RepatriationId(id), version, months, currentActor.require());
          } catch (InvalidInput invalid) {
            throw invalid.field().equals("months")
                ? new InvalidInput("extensionMonths", invalid.messageKey(), invalid.arguments())
                : invalid;
          }
        });
  }

  @PostMapping("/repatriations/{id}/end")
  String end(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            repatriations.end(
                new RepatriationId(id),
                version,
                Fields.enumValue(ReintegrationOutcome.class, "outcome", form.get("outcome")),
                form.get("outcomeNote"),
                currentActor.require()));
  }

  private String attempt(
      UUID id,
      Model model,
      RedirectAttributes redirect,
      Map<String, String> form,
      Supplier<Object> change) {
    return errors.submit(
        model, redirect, form, change, () -> show(id, model), "/repatriations/" + id);
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
