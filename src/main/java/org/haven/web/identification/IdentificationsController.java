package org.haven.web.identification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.casework.CaseFiles;
import org.haven.identification.Authority;
import org.haven.identification.DecisionInput;
import org.haven.identification.DecisionOutcome;
import org.haven.identification.ExtensionGround;
import org.haven.identification.Identification;
import org.haven.identification.IdentificationId;
import org.haven.identification.IdentificationStatus;
import org.haven.identification.Identifications;
import org.haven.identification.Interview;
import org.haven.identification.InterviewPlan;
import org.haven.identification.InterviewRecord;
import org.haven.identification.InterviewStatus;
import org.haven.identification.PeriodEndReason;
import org.haven.identification.PlaceType;
import org.haven.identification.ResidenceStatus;
import org.haven.intake.Exploitation;
import org.haven.intake.IndicatorGroup;
import org.haven.intake.Indicators;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Places;
import org.haven.web.layout.PageReads;
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
 * Identification pages: the list, and one process with its interviews, decision and period, each
 * changed by a small form next to what it changes. Errors come back on the same page, with what was
 * typed kept.
 */
@Controller
@PreAuthorize(IdentificationsController.ROLES)
class IdentificationsController {

  static final String ROLES =
      "hasAnyRole('CENTRE_CASEWORKER', 'IMMIGRATION_OFFICER', 'NGO_WORKER')";
  static final String DECIDERS = "hasAnyRole('CENTRE_CASEWORKER', 'IMMIGRATION_OFFICER')";
  static final int PAGE_SIZE = 25;

  private final Identifications identifications;
  private final Indicators indicators;
  private final People people;
  private final Organisations organisations;
  private final CaseFiles cases;
  private final Users users;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final PageReads pageReads;
  private final Words words;

  IdentificationsController(
      Identifications identifications,
      Indicators indicators,
      People people,
      Organisations organisations,
      CaseFiles cases,
      Users users,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      PageReads pageReads,
      Words words) {
    this.identifications = identifications;
    this.indicators = indicators;
    this.people = people;
    this.organisations = organisations;
    this.cases = cases;
    this.users = users;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
    this.pageReads = pageReads;
    this.words = words;
  }

  /** A list row, ready to show. */
  public record Row(
      UUID id,
      String reference,
      IdentificationStatus status,
      ResidenceStatus residence,
      boolean minor,
      String referred,
      DecisionOutcome outcome,
      String periodEnds,
      Long daysLeft) {}

  @GetMapping("/identifications")
  String list(
      @RequestParam(required = false) IdentificationStatus status,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean running,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Actor actor = currentActor.require();
    Identifications.Page found =
        identifications.list(
            new Identifications.Filter(
                status,
                null,
                mine ? actor.user().value() : null,
                running ? true : null,
                page,
                PAGE_SIZE),
            actor);
    var references =
        people.referencesOf(found.items().stream().map(Identifications.Summary::person).toList());
    LocalDate today = LocalDate.now(dates.zone());
    model.addAttribute(
        "rows",
        found.items().stream()
            .map(
                s ->
                    new Row(
                        s.id().value(),
                        reference(references.get(s.person())),
                        s.status(),
                        s.residenceStatus(),
                        s.minor(),
                        dates.date(s.referralDate()),
                        s.outcome(),
                        s.periodRunning() ? dates.date(s.periodEndsOn()) : null,
                        s.periodRunning()
                            ? ChronoUnit.DAYS.between(today, s.periodEndsOn())
                            : null))
            .toList());
    model.addAttribute("total", found.total());
    model.addAttribute("page", found.page());
    model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("status", status);
    model.addAttribute("mine", mine);
    model.addAttribute("running", running);
    model.addAttribute("statuses", IdentificationStatus.values());
    return "identifications/list";
  }

  @GetMapping("/identifications/{id}")
  String show(@PathVariable UUID id, Model model) {
    return pageReads.together(() -> identificationPage(id, model));
  }

  /** The identification and the person's name: read together, their audit appended at once. */
  private String identificationPage(UUID id, Model model) {
    Actor actor = currentActor.require();
    Identification identification = identifications.find(new IdentificationId(id), actor);
    model.addAttribute("identification", identification);
    model.addAttribute(
        "reference",
        people.referenceOf(identification.person()).map(PersonReference::value).orElse("?"));
    model.addAttribute(
        "caseId",
        actor.has(Role.CENTRE_CASEWORKER)
            ? cases.caseOf(identification.person()).map(c -> c.value()).orElse(null)
            : null);
    model.addAttribute("centre", actor.has(Role.CENTRE_CASEWORKER));
    model.addAttribute(
        "personName",
        People.mayRead(actor)
            ? people
                .displayName(people.referenceOf(identification.person()).orElseThrow(), actor)
                .orElse(null)
            : null);
    model.addAttribute(
        "decides", actor.has(Role.CENTRE_CASEWORKER) || actor.has(Role.IMMIGRATION_OFFICER));
    model.addAttribute(
        "notesVisible",
        identification.interviews().stream()
            .collect(
                Collectors.toMap(
                    Interview::interviewId, i -> identifications.mayReadNotes(i, actor))));
    model.addAttribute(
        "colleagues",
        actor.has(Role.CENTRE_CASEWORKER)
            ? users.withRole(actor.organisation(), Role.CENTRE_CASEWORKER)
            : List.of());
    model.addAttribute("residences", ResidenceStatus.values());
    model.addAttribute("placeTypes", PlaceType.values());
    model.addAttribute("outcomes", DecisionOutcome.values());
    model.addAttribute("forms", Exploitation.values());
    model.addAttribute("grounds", ExtensionGround.values());
    model.addAttribute(
        "endReasons",
        List.of(
            PeriodEndReason.DEPARTED,
            PeriodEndReason.DECLINED_SUPPORT,
            PeriodEndReason.LOST_CONTACT,
            PeriodEndReason.OTHER_ROUTE));
    List<IndicatorGroup> catalogue = indicators.catalogue(Words.language());
    model.addAttribute("catalogue", catalogue);
    Map<String, String> labels = new HashMap<>();
    catalogue.forEach(g -> g.indicators().forEach(c -> labels.put(c.code(), c.label())));
    model.addAttribute(
        "observed",
        identification.interviews().stream()
            .collect(
                Collectors.toMap(
                    Interview::interviewId,
                    v ->
                        v.indicatorCodes().stream()
                            .map(code -> labels.getOrDefault(code, code))
                            .collect(Collectors.joining(", ")))));
    model.addAttribute(
        "ngos",
        organisations.all().stream()
            .filter(o -> o.type() == OrganisationType.NGO)
            .sorted(Comparator.comparing(Organisation::name))
            .toList());
    LocalDate today = LocalDate.now(dates.zone());
    identifications
        .periodEndsOn(identification)
        .ifPresent(
            endsOn -> {
              model.addAttribute("periodEnds", dates.date(endsOn));
              model.addAttribute("daysLeft", ChronoUnit.DAYS.between(today, endsOn));
              model.addAttribute(
                  "extensionRoom", identifications.maxPeriodDays() - identification.totalDays());
            });
    model.addAttribute("maxDays", identifications.maxPeriodDays());
    model.addAttribute("today", today.toString());
    model.addAttribute("countries", Places.countries(LocaleContextHolder.getLocale()));
    model.addAttribute("languages", Places.languages(LocaleContextHolder.getLocale()));
    model.addAttribute(
        "errorLinks",
        Map.of(
            "authority", "#authority-error",
            "heldOn", "#heldOn-" + heldIndex(identification, model),
            "notes", "#notes-" + heldIndex(identification, model),
            "indicators", "#indicators-" + heldIndex(identification, model),
            "reason", "#reason"));
    return "identifications/show";
  }

  @GetMapping("/identifications/{id}/interviews/{interviewId}/notes")
  String interviewNotes(@PathVariable UUID id, @PathVariable UUID interviewId, Model model) {
    String notes =
        identifications
            .interviewNotes(new IdentificationId(id), interviewId, currentActor.require())
            .orElse("");
    model.addAttribute("backHref", "/identifications/" + id);
    model.addAttribute("sensitiveTitle", null);
    model.addAttribute("when", null);
    model.addAttribute("text", notes);
    return "sensitive";
  }

  @PostMapping("/identifications/{id}/residence")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String residence(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam(required = false) ResidenceStatus residenceStatus,
      Model model,
      RedirectAttributes redirect) {
    return errors.submit(
        model,
        redirect,
        Map.of(),
        () ->
            identifications.recordResidence(
                new IdentificationId(id), version, residenceStatus, currentActor.require()),
        () -> show(id, model),
        "/identifications/" + id);
  }

  @PostMapping("/identifications/{id}/assignee")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String assign(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam(required = false) UUID assignedTo,
      Model model,
      RedirectAttributes redirect) {
    return errors.submit(
        model,
        redirect,
        Map.of(),
        () ->
            identifications.assign(
                new IdentificationId(id), version, assignedTo, currentActor.require()),
        () -> show(id, model),
        "/identifications/" + id);
  }

  @PostMapping("/identifications/{id}/interviews")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'NGO_WORKER')")
  String schedule(
      @PathVariable UUID id,
      @ModelAttribute("scheduleForm") IdentificationForms.Schedule form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "scheduleForm",
        form,
        checks -> {
          identifications.schedule(
              new IdentificationId(id),
              new InterviewPlan(
                  checks.check(
                      () -> Fields.dateTime("scheduledAt", form.scheduledAt(), dates.zone())),
                  checks.check(() -> Fields.optionalUuid("organisation", form.organisation())),
                  null,
                  checks.check(
                      () -> Fields.enumValue(PlaceType.class, "placeType", form.placeType())),
                  form.municipality(),
                  checks.check(
                      () -> Places.languageCode("interpreterLanguage", form.interpreterLanguage())),
                  Boolean.TRUE.equals(form.companionPresent()),
                  Boolean.TRUE.equals(form.representativePresent())),
              currentActor.require());
          return null;
        });
  }

  @PostMapping("/identifications/{id}/interviews/{interviewId}/held")
  @PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'NGO_WORKER')")
  String held(
      @PathVariable UUID id,
      @PathVariable UUID interviewId,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("heldForm") IdentificationForms.Held form,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("heldInterview", interviewId);
    return attempt(
        id,
        model,
        redirect,
        "heldForm",
        form,
        checks -> {
          Actor actor = currentActor.require();
          Interview interview =
              identifications.find(new IdentificationId(id), actor).interviews().stream()
                  .filter(i -> i.interviewId().equals(interviewId))
                  .findFirst()
                  .orElseThrow(() -> new NotFound("Interview"));
          return identifications.recordInterview(
              new IdentificationId(id),
              version,
              interviewId,
              new InterviewRecord(
                  InterviewStatus.HELD,
                  interview.scheduledAt(),
                  checks.check(() -> Fields.date("heldOn", form.heldOn())),
                  interview.placeType(),
                  interview.municipality(),
                  interview.interpreterLanguage(),
                  Boolean.TRUE.equals(form.companionPresent()),
                  Boolean.TRUE.equals(form.representativePresent()),
                  form.indicators() == null ? List.of() : form.indicators(),
                  form.notes()),
              actor);
        });
  }

  @PostMapping("/identifications/{id}/decision")
  @PreAuthorize(DECIDERS)
  String decide(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("decisionForm") IdentificationForms.Decision form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "decisionForm",
        form,
        checks -> {
          List<Exploitation> established = new ArrayList<>();
          for (String typed : form.forms() == null ? List.<String>of() : form.forms()) {
            Exploitation exploitation =
                checks.check(() -> Fields.enumValue(Exploitation.class, "forms", typed));
            if (exploitation != null) {
              established.add(exploitation);
            }
          }
          return identifications.decide(
              new IdentificationId(id),
              version,
              new DecisionInput(
                  checks.check(
                      () -> Fields.enumValue(DecisionOutcome.class, "outcome", form.outcome())),
                  checks.check(
                      () -> Fields.enumValue(Authority.class, "authority", form.authority())),
                  Boolean.TRUE.equals(form.onBehalf()),
                  checks.check(() -> Fields.date("decidedOn", form.decidedOn())),
                  established,
                  checks.check(
                      () -> Fields.enumValue(Exploitation.class, "mainForm", form.mainForm())),
                  checks.check(
                      () -> Places.countryCode("exploitationCountry", form.exploitationCountry())),
                  form.reasoning(),
                  form.reconsiderationReason(),
                  checks.check(() -> Fields.date("periodStart", form.periodStart()))),
              currentActor.require());
        });
  }

  @PostMapping("/identifications/{id}/extensions")
  @PreAuthorize(DECIDERS)
  String extend(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("extensionForm") IdentificationForms.Extension form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "extensionForm",
        form,
        checks -> {
          Integer days =
              checks.check(() -> Fields.number("days", form.days(), "period.extensionPositive"));
          ExtensionGround ground =
              checks.check(() -> Fields.enumValue(ExtensionGround.class, "ground", form.ground()));
          // without a number of days there is nothing for the period's rules to weigh
          return days == null
              ? null
              : identifications.extend(
                  new IdentificationId(id),
                  version,
                  days,
                  ground,
                  form.reason(),
                  currentActor.require());
        });
  }

  @PostMapping("/identifications/{id}/period-end")
  @PreAuthorize(DECIDERS)
  String endPeriod(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("periodEndForm") IdentificationForms.PeriodEnd form,
      Model model,
      RedirectAttributes redirect) {
    if (!Boolean.TRUE.equals(form.confirmed())) {
      InvalidInput.Gathered checks = new InvalidInput.Gathered();
      LocalDate on = checks.check(() -> Fields.date("endedOn", form.endedOn()));
      PeriodEndReason reason =
          checks.check(
              () -> Fields.enumValue(PeriodEndReason.class, "endReason", form.endReason()));
      if (on == null && checks.isEmpty()) {
        checks.add("endedOn", "validation.required");
      }
      if (reason == null && checks.isEmpty()) {
        checks.add("endReason", "validation.required");
      }
      if (!checks.isEmpty()) {
        checks.found().forEach(error -> errors.add(model, error));
        return show(id, model);
      }
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("period.endConfirm", dates.date(on)),
              List.of(
                  words.text("periodEnd." + reason.name()),
                  words.text("period.endNoExtension"),
                  words.text("period.endRecorded")),
              "/identifications/" + id + "/period-end",
              FormErrors.postedFields(),
              words.text("period.endButton"),
              "/identifications/" + id));
    }
    return attempt(
        id,
        model,
        redirect,
        "periodEndForm",
        form,
        checks -> {
          LocalDate on = checks.check(() -> Fields.date("endedOn", form.endedOn()));
          PeriodEndReason reason =
              checks.check(
                  () -> Fields.enumValue(PeriodEndReason.class, "endReason", form.endReason()));
          return FormErrors.atPageFields(
              Map.of("reason", "endReason"),
              () ->
                  identifications.endPeriod(
                      new IdentificationId(id), version, on, reason, currentActor.require()));
        });
  }

  @PostMapping("/identifications/{id}/period-answer")
  @PreAuthorize(DECIDERS)
  String answerPeriod(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("periodAnswerForm") IdentificationForms.PeriodAnswer form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        "periodAnswerForm",
        form,
        checks -> {
          String answer = form.answer();
          if (!"accepted".equals(answer) && !"declined".equals(answer)) {
            checks.add("answer", "validation.required");
          }
          return identifications.answerPeriod(
              new IdentificationId(id),
              version,
              "accepted".equals(answer),
              checks.check(() -> Fields.date("answeredOn", form.answeredOn())),
              currentActor.require());
        });
  }

  private String attempt(
      UUID id,
      Model model,
      RedirectAttributes redirect,
      String name,
      Record form,
      Function<InvalidInput.Gathered, ?> change) {
    return errors.submitAll(
        model, redirect, name, form, change, () -> show(id, model), "/identifications/" + id);
  }

  /** Which interview's form an error of a held interview belongs to, by its place in the list. */
  private static int heldIndex(Identification identification, Model model) {
    Object held = model.getAttribute("heldInterview");
    List<Interview> interviews = identification.interviews();
    for (int n = 0; n < interviews.size(); n++) {
      if (interviews.get(n).interviewId().equals(held)) {
        return n;
      }
    }
    return 0;
  }

  private static String reference(PersonReference reference) {
    return reference == null ? "?" : reference.value();
  }
}
