package org.haven.web.operations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.StaleVersion;
import org.haven.access.Users;
import org.haven.intake.Indicators;
import org.haven.operations.ActionNotPlanned;
import org.haven.operations.Authority;
import org.haven.operations.BriefingItem;
import org.haven.operations.FindingCode;
import org.haven.operations.JointAction;
import org.haven.operations.JointActionPlan;
import org.haven.operations.JointActionPolicy;
import org.haven.operations.JointActionRecord;
import org.haven.operations.JointActionRecord.Finding;
import org.haven.operations.JointActionRecord.FollowUpTask;
import org.haven.operations.JointActionRecord.MetGroup;
import org.haven.operations.JointActionRecord.Screening;
import org.haven.operations.JointActionReferralDetails;
import org.haven.operations.JointActionReport;
import org.haven.operations.JointActionStatus;
import org.haven.operations.JointActions;
import org.haven.operations.SiteType;
import org.haven.outreach.ContactAge;
import org.haven.outreach.Sex;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.forms.Places;
import org.haven.web.layout.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joint actions on pages: the calendar for the participants (the centre sees all), planning and
 * changing a plan, the action with its classified address for participants, the day's record,
 * screenings with the indicator checklist, referring a person met, the after-action report and
 * calling an action off.
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class JointActionsController {

  private static final String PLANNERS =
      "hasAnyRole('POLICE_KEY_PERSON', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'CENTRE_CASEWORKER')";
  private static final String RECORDERS =
      "hasAnyRole('POLICE_KEY_PERSON', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR', 'CENTRE_CASEWORKER',"
          + " 'NGO_WORKER')";
  private static final int BLANK_ROWS = 3;
  private static final int CALENDAR_PAGE = 20;

  private final JointActions actions;
  private final JointActionReport report;
  private final Organisations organisations;
  private final Users users;
  private final Indicators indicators;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Words words;
  private final Dates dates;

  JointActionsController(
      JointActions actions,
      JointActionReport report,
      Organisations organisations,
      Users users,
      Indicators indicators,
      CurrentActor currentActor,
      FormErrors errors,
      Words words,
      Dates dates) {
    this.actions = actions;
    this.report = report;
    this.organisations = organisations;
    this.users = users;
    this.indicators = indicators;
    this.currentActor = currentActor;
    this.errors = errors;
    this.words = words;
    this.dates = dates;
  }

  /** An action in the calendar, in words. */
  record Line(String href, String title, String when, String about) {}

  @GetMapping("/joint-actions")
  String calendar(
      @RequestParam(name = "month", required = false) String month,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    Actor actor = currentActor.require();
    YearMonth shown;
    try {
      shown =
          month == null || month.isBlank()
              ? YearMonth.now(actions.zone())
              : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      shown = YearMonth.now(actions.zone());
    }
    int wanted = Math.max(0, page);
    JointActions.CalendarPage inMonth =
        actions.calendar(
            shown.atDay(1), shown.atEndOfMonth(), wanted * CALENDAR_PAGE, CALENDAR_PAGE, actor);
    if (inMonth.items().isEmpty() && wanted > 0) {
      int last = Math.max(0, (inMonth.total() - 1) / CALENDAR_PAGE);
      wanted = last;
      inMonth =
          actions.calendar(
              shown.atDay(1), shown.atEndOfMonth(), last * CALENDAR_PAGE, CALENDAR_PAGE, actor);
    }
    List<JointAction> found = inMonth.items();
    int shownPage = wanted;
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> dayNames = new HashMap<>();
    List<Line> lines = new ArrayList<>(found.size());
    for (JointAction a : found) {
      var start = a.startsAt().atZoneSameInstant(actions.zone());
      String day =
          dayNames.computeIfAbsent(
              start.toLocalDate().toString(), d -> dates.date(start.toLocalDate()));
      StringBuilder about = new StringBuilder(words.text("jointAction.ledBy", a.leadName()));
      if (a.status() != JointActionStatus.PLANNED) {
        about.append(" · ").append(words.text("jointAction.status." + a.status().name()));
      }
      if (a.status() == JointActionStatus.HELD) {
        about.append(" · ").append(words.text("jointAction.metCount", a.personsMet()));
      }
      lines.add(
          new Line(
              "/joint-actions/" + a.id(),
              a.title(),
              day
                  + ", "
                  + start.toLocalTime()
                  + " · "
                  + words.text("jointAction.site." + a.siteType().name())
                  + ", "
                  + a.municipality(),
              about.toString()));
    }
    DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    model.addAttribute("monthName", capitalised(shown.format(monthName), locale));
    model.addAttribute("actions", lines);
    model.addAttribute("page", shownPage);
    model.addAttribute("hasNext", (shownPage + 1) * CALENDAR_PAGE < inMonth.total());
    model.addAttribute("month", shown.toString());
    model.addAttribute("total", inMonth.total());
    model.addAttribute("previous", shown.minusMonths(1).toString());
    model.addAttribute("next", shown.plusMonths(1).toString());
    model.addAttribute("previousName", capitalised(shown.minusMonths(1).format(monthName), locale));
    model.addAttribute("nextName", capitalised(shown.plusMonths(1).format(monthName), locale));
    model.addAttribute("mayPlan", JointActionPolicy.mayPlan(actor));
    return "joint-actions/calendar";
  }

  // ---- the plan ----

  @GetMapping("/joint-actions/new")
  @PreAuthorize(PLANNERS)
  String newPlan(Model model) {
    if (!model.containsAttribute("form")) {
      Actor actor = currentActor.require();
      Map<String, String> form = new LinkedHashMap<>();
      boolean ownIsLead =
          actions.possibleLeads().stream()
              .anyMatch(o -> o.id().equals(actor.organisation().value()));
      form.put("lead", ownIsLead ? actor.organisation().value().toString() : "");
      form.put("startTime", "08:00");
      model.addAttribute("form", form);
      model.addAttribute("chosen", Map.of());
    }
    return planPage(null, model);
  }

  @PostMapping("/joint-actions")
  @PreAuthorize(PLANNERS)
  String plan(
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                JointAction action = actions.plan(plan(values), currentActor.require());
                redirect.addFlashAttribute("saved", "jointAction.planned");
                return "/joint-actions/" + action.id();
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      keep(model, values);
      return planPage(null, model);
    }
  }

  @GetMapping("/joint-actions/{id}/edit")
  @PreAuthorize(PLANNERS)
  String edit(@PathVariable UUID id, Model model) {
    if (!model.containsAttribute("form")) {
      JointAction a = actions.find(id, currentActor.require());
      Map<String, String> form = new LinkedHashMap<>();
      var start = a.startsAt().atZoneSameInstant(actions.zone());
      form.put("title", a.title());
      form.put("lead", a.lead().toString());
      form.put("startsAt", start.toLocalDate().toString());
      form.put("startTime", start.toLocalTime().toString());
      form.put(
          "endsAt",
          a.endsAt() == null
              ? ""
              : a.endsAt().atZoneSameInstant(actions.zone()).toLocalTime().toString());
      form.put("sector", a.sector());
      form.put("siteType", a.siteType().name());
      form.put("municipality", a.municipality());
      form.put("area", a.area());
      form.put("address", a.address());
      form.put("notes", a.notes());
      form.put("version", String.valueOf(a.version()));
      model.addAttribute("form", form);
      model.addAttribute(
          "chosen",
          Map.of(
              "organisations",
              a.organisations().stream().map(m -> m.id().toString()).toList(),
              "participants",
              a.participants().stream().map(m -> m.id().toString()).toList(),
              "briefing",
              a.briefing().stream().map(Enum::name).toList()));
    }
    return planPage(id, model);
  }

  @PostMapping("/joint-actions/{id}")
  @PreAuthorize(PLANNERS)
  String change(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                actions.change(
                    id, version(form.get("version")), plan(values), currentActor.require());
                redirect.addFlashAttribute("saved", "form.saved");
                return "/joint-actions/" + id;
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      keep(model, values);
      return planPage(id, model);
    } catch (StaleVersion stale) {
      errors.add(model, "version", "validation.stale");
      keep(model, values);
      return planPage(id, model);
    } catch (ActionNotPlanned done) {
      redirect.addFlashAttribute("saved", "jointAction.noLongerPlanned");
      return "redirect:/joint-actions/" + id;
    }
  }

  private String planPage(UUID id, Model model) {
    model.addAttribute("id", id);
    model.addAttribute(
        "leads",
        actions.possibleLeads().stream().map(o -> new Pick(o.id().toString(), o.name())).toList());
    model.addAttribute(
        "invitable",
        organisations.all().stream()
            .sorted(Comparator.comparing(Organisation::name))
            .map(o -> new Pick(o.id().toString(), o.name()))
            .toList());
    model.addAttribute(
        "sectors",
        JointActions.SECTIONS
            .chars()
            .mapToObj(c -> String.valueOf((char) c))
            .map(s -> new Pick(s, words.text("isic." + s)))
            .toList());
    model.addAttribute(
        "siteTypes",
        Arrays.stream(SiteType.values())
            .map(s -> new Pick(s.name(), words.text("jointAction.site." + s.name())))
            .toList());
    model.addAttribute("briefingItems", BriefingItem.values());
    List<Pick> people = new ArrayList<>();
    if (id != null) {
      JointAction a = actions.find(id, currentActor.require());
      List<UUID> taking = new ArrayList<>();
      taking.add(a.lead());
      a.organisations().forEach(m -> taking.add(m.id()));
      Map<UUID, String> orgNames = organisations.names();
      for (UUID o : taking) {
        users.of(new OrganisationId(o)).stream()
            .filter(u -> u.enabled() && !u.serviceAccount())
            .sorted(Comparator.comparing(u -> u.displayName()))
            .forEach(
                u ->
                    people.add(
                        new Pick(
                            u.userId().value().toString(),
                            u.displayName() + " (" + orgNames.getOrDefault(o, "") + ")")));
      }
    }
    model.addAttribute("people", people);
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", Map.of());
    }
    return "joint-actions/plan";
  }

  private JointActionPlan plan(MultiValueMap<String, String> values) {
    Map<String, String> form = values.toSingleValueMap();
    LocalDate day = Fields.date("startsAt", form.get("startsAt"));
    if (day == null) {
      throw new InvalidInput("startsAt", "validation.required");
    }
    LocalTime start = time("startTime", form.get("startTime"));
    if (start == null) {
      throw new InvalidInput("startTime", "validation.required");
    }
    LocalTime end = time("endsAt", form.get("endsAt"));
    OffsetDateTime startsAt = day.atTime(start).atZone(actions.zone()).toOffsetDateTime();
    OffsetDateTime endsAt =
        end == null ? null : day.atTime(end).atZone(actions.zone()).toOffsetDateTime();
    return new JointActionPlan(
        form.get("title"),
        Fields.optionalUuid("lead", form.get("lead")),
        startsAt,
        endsAt,
        form.get("sector"),
        Fields.enumValue(SiteType.class, "siteType", form.get("siteType")),
        form.get("municipality"),
        form.get("area"),
        form.get("address"),
        values.getOrDefault("organisations", List.of()).stream()
            .map(v -> Fields.optionalUuid("organisations", v))
            .filter(v -> v != null)
            .toList(),
        values.getOrDefault("participants", List.of()).stream()
            .map(v -> Fields.optionalUuid("participants", v))
            .filter(v -> v != null)
            .toList(),
        values.getOrDefault("briefing", List.of()).stream()
            .map(v -> Fields.enumValue(BriefingItem.class, "briefing", v))
            .toList(),
        form.get("notes"));
  }

  private static void keep(Model model, MultiValueMap<String, String> values) {
    model.addAttribute("form", values.toSingleValueMap());
    model.addAttribute(
        "chosen",
        Map.of(
            "organisations", values.getOrDefault("organisations", List.of()),
            "participants", values.getOrDefault("participants", List.of()),
            "briefing", values.getOrDefault("briefing", List.of()),
            "findingCodes", values.getOrDefault("findingCodes", List.of()),
            "indicators", values.getOrDefault("indicators", List.of())));
  }

  // ---- the action ----

  @GetMapping("/joint-actions/{id}")
  String action(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    JointAction a = actions.find(id, actor);
    model.addAttribute("action", a);
    model.addAttribute("when", when(a));
    model.addAttribute("mayChange", JointActionPolicy.mayChangePlan(a, actor));
    model.addAttribute("mayRecord", JointActionPolicy.mayRecord(a, actor));
    model.addAttribute(
        "recordable",
        a.status() != JointActionStatus.CANCELLED
            && !a.startsAt()
                .atZoneSameInstant(actions.zone())
                .toLocalDate()
                .isAfter(LocalDate.now(actions.zone())));
    model.addAttribute("referrals", actions.referralsOf(id, actor));
    model.addAttribute("record", a.record());
    if (a.record() != null) {
      Locale locale = LocaleContextHolder.getLocale();
      List<Places.Choice> countries = Places.countries(locale);
      model.addAttribute(
          "metRows",
          a.record().met().stream()
              .map(
                  g ->
                      words.text("outreach.sex." + g.sex().name())
                          + ", "
                          + words.text("outreach.age." + g.ageBand().name())
                          + (g.citizenship() == null
                              ? ""
                              : ", " + Places.name(g.citizenship(), countries))
                          + ": "
                          + g.people())
              .toList());
      Map<UUID, String> names = organisations.names();
      model.addAttribute("organisationNames", names);
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", Map.of());
    }
    model.addAttribute("catalogue", indicators.catalogue(Words.language()));
    return "joint-actions/action";
  }

  @GetMapping("/joint-actions/{id}/report.pdf")
  ResponseEntity<byte[]> report(@PathVariable UUID id) {
    byte[] pdf = report.render(id, currentActor.require(), LocaleContextHolder.getLocale());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("joint-action-report.pdf").build().toString())
        .body(pdf);
  }

  @PostMapping("/joint-actions/{id}/cancel")
  @PreAuthorize(PLANNERS)
  String cancel(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    JointAction a = actions.find(id, currentActor.require());
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("jointAction.cancelTitle", a.title()),
              List.of(words.text("jointAction.cancelConsequence")),
              "/joint-actions/" + id + "/cancel",
              Map.of(),
              words.text("jointAction.cancel"),
              "/joint-actions/" + id));
    }
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                actions.cancel(id, currentActor.require());
                redirect.addFlashAttribute("saved", "jointAction.cancelled");
                return "/joint-actions/" + id;
              });
    } catch (ActionNotPlanned held) {
      redirect.addFlashAttribute("saved", "jointAction.noLongerPlanned");
      return "redirect:/joint-actions/" + id;
    }
  }

  // ---- the day ----

  @GetMapping("/joint-actions/{id}/record")
  @PreAuthorize(RECORDERS)
  String recordForm(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    JointAction a = actions.find(id, actor);
    if (!model.containsAttribute("form")) {
      Map<String, String> form = new LinkedHashMap<>();
      JointActionRecord r = a.record();
      List<Places.Choice> countries = Places.countries(LocaleContextHolder.getLocale());
      if (r != null) {
        for (int i = 0; i < r.met().size(); i++) {
          MetGroup g = r.met().get(i);
          form.put("metSex" + i, g.sex().name());
          form.put("metAge" + i, g.ageBand().name());
          form.put(
              "metCitizenship" + i,
              g.citizenship() == null ? "" : Places.name(g.citizenship(), countries));
          form.put("metPeople" + i, String.valueOf(g.people()));
        }
        form.put("interviews", String.valueOf(r.interviews()));
        form.put("declined", String.valueOf(r.declined()));
        r.findings().stream()
            .filter(f -> f.organisation().equals(actor.organisation().value()))
            .findFirst()
            .ifPresent(
                f -> {
                  form.put("findingText", f.text());
                  model.addAttribute(
                      "chosen",
                      Map.of("findingCodes", f.codes().stream().map(Enum::name).toList()));
                });
        for (int i = 0; i < r.followUps().size(); i++) {
          FollowUpTask u = r.followUps().get(i);
          form.put("followUpOrganisation" + i, u.organisation().toString());
          form.put("followUpTask" + i, u.task());
          form.put("followUpDue" + i, u.due() == null ? "" : u.due().toString());
          form.put("followUpDone" + i, String.valueOf(Boolean.TRUE.equals(u.done())));
        }
      }
      form.put("version", String.valueOf(a.version()));
      model.addAttribute("form", form);
    }
    return recordPage(a, model);
  }

  @PostMapping("/joint-actions/{id}/record")
  @PreAuthorize(RECORDERS)
  String record(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    Actor actor = currentActor.require();
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                JointAction a = actions.find(id, actor);
                actions.record(id, version(form.get("version")), record(a, values, actor), actor);
                redirect.addFlashAttribute("saved", "jointAction.recorded");
                return "/joint-actions/" + id;
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      keep(model, values);
      return recordPage(actions.find(id, actor), model);
    } catch (StaleVersion stale) {
      errors.add(model, "version", "validation.stale");
      keep(model, values);
      return recordPage(actions.find(id, actor), model);
    } catch (ActionNotPlanned cancelled) {
      redirect.addFlashAttribute("saved", "jointAction.noLongerPlanned");
      return "redirect:/joint-actions/" + id;
    }
  }

  /** The record as the form says, keeping the other organisations' findings and the screenings. */
  private JointActionRecord record(
      JointAction a, MultiValueMap<String, String> values, Actor actor) {
    Map<String, String> form = values.toSingleValueMap();
    List<Places.Choice> countries = Places.countries(LocaleContextHolder.getLocale());
    List<MetGroup> met = new ArrayList<>();
    for (int i = 0; i < 200 && form.containsKey("metPeople" + i); i++) {
      Integer people = Fields.optionalNumber("met", form.get("metPeople" + i));
      if (people == null) {
        continue;
      }
      String typed = form.get("metCitizenship" + i);
      String citizenship =
          typed == null || typed.isBlank()
              ? null
              : Places.code(typed, countries)
                  .orElseThrow(() -> new InvalidInput("met", "jointAction.countryUnknown"));
      met.add(
          new MetGroup(
              Fields.enumValue(Sex.class, "met", form.get("metSex" + i)),
              Fields.enumValue(ContactAge.class, "met", form.get("metAge" + i)),
              citizenship,
              people));
    }
    JointActionRecord before = a.record();
    List<Finding> findings = new ArrayList<>();
    UUID own = actor.organisation().value();
    if (before != null) {
      before.findings().stream().filter(f -> !f.organisation().equals(own)).forEach(findings::add);
    }
    List<FindingCode> codes =
        values.getOrDefault("findingCodes", List.of()).stream()
            .map(v -> Fields.enumValue(FindingCode.class, "findings", v))
            .toList();
    String text = form.get("findingText");
    if (!codes.isEmpty() || (text != null && !text.isBlank())) {
      findings.add(new Finding(own, codes, text));
    }
    List<FollowUpTask> followUps = new ArrayList<>();
    for (int i = 0; i < 200 && form.containsKey("followUpTask" + i); i++) {
      String task = form.get("followUpTask" + i);
      if (task == null || task.isBlank()) {
        continue;
      }
      followUps.add(
          new FollowUpTask(
              Fields.optionalUuid("followUps", form.get("followUpOrganisation" + i)),
              task,
              Fields.date("followUps", form.get("followUpDue" + i)),
              "true".equals(form.get("followUpDone" + i))));
    }
    return new JointActionRecord(
        met,
        before == null ? List.of() : before.screenings(),
        Fields.optionalNumber("interviews", form.get("interviews")),
        Fields.optionalNumber("declined", form.get("declined")),
        findings,
        followUps);
  }

  private String recordPage(JointAction a, Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("action", a);
    model.addAttribute("when", when(a));
    Map<String, String> form = formOf(model);
    int metRows = 0;
    while (form.containsKey("metPeople" + metRows)) {
      metRows++;
    }
    int followRows = 0;
    while (form.containsKey("followUpTask" + followRows)) {
      followRows++;
    }
    model.addAttribute("metRows", IntStream.range(0, metRows + BLANK_ROWS).boxed().toList());
    model.addAttribute(
        "followRows", IntStream.range(0, followRows + BLANK_ROWS - 1).boxed().toList());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", ContactAge.values());
    model.addAttribute("countries", Places.countries(LocaleContextHolder.getLocale()));
    List<Pick> taking = new ArrayList<>();
    taking.add(new Pick(a.lead().toString(), a.leadName()));
    a.organisations().forEach(m -> taking.add(new Pick(m.id().toString(), m.name())));
    model.addAttribute("taking", taking);
    Organisation own = organisations.find(actor.organisation()).orElseThrow();
    Authority authority = Authority.of(own.type());
    model.addAttribute(
        "findingCodes",
        Arrays.stream(FindingCode.values())
            .filter(c -> c.authority() == authority)
            .map(c -> new Pick(c.name(), words.text("jointAction.finding." + c.name())))
            .toList());
    model.addAttribute("ownName", own.name());
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", Map.of());
    }
    return "joint-actions/record";
  }

  @PostMapping("/joint-actions/{id}/screenings")
  @PreAuthorize(RECORDERS)
  String screening(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    Actor actor = currentActor.require();
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                JointAction a = actions.find(id, actor);
                JointActionRecord r =
                    a.record() == null
                        ? new JointActionRecord(null, null, null, null, null, null)
                        : a.record();
                List<Screening> screenings = new ArrayList<>(r.screenings());
                screenings.add(new Screening(values.getOrDefault("indicators", List.of())));
                actions.record(
                    id,
                    a.version(),
                    new JointActionRecord(
                        r.met(),
                        screenings,
                        r.interviews(),
                        r.declined(),
                        r.findings(),
                        r.followUps()),
                    actor);
                redirect.addFlashAttribute("saved", "jointAction.screeningAdded");
                return "/joint-actions/" + id + "#screenings";
              });
    } catch (InvalidInput invalid) {
      errors.add(
          model,
          invalid.field().equals("screenings") ? "indicators" : invalid.field(),
          invalid.messageKey(),
          invalid.arguments());
      keep(model, values);
      return action(id, model);
    } catch (ActionNotPlanned cancelled) {
      redirect.addFlashAttribute("saved", "jointAction.noLongerPlanned");
      return "redirect:/joint-actions/" + id;
    }
  }

  @GetMapping("/joint-actions/{id}/referral")
  @PreAuthorize(RECORDERS)
  String referralForm(@PathVariable UUID id, Model model) {
    JointAction a = actions.find(id, currentActor.require());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    model.addAttribute("action", a);
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", ContactAge.values());
    model.addAttribute("countries", Places.countries(LocaleContextHolder.getLocale()));
    return "joint-actions/referral";
  }

  @PostMapping("/joint-actions/{id}/referral")
  @PreAuthorize(RECORDERS)
  String refer(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                String typed = form.get("citizenship");
                String citizenship =
                    typed == null || typed.isBlank()
                        ? null
                        : Places.code(typed, Places.countries(LocaleContextHolder.getLocale()))
                            .orElseThrow(
                                () ->
                                    new InvalidInput("citizenship", "jointAction.countryUnknown"));
                UUID referral =
                    actions.refer(
                        id,
                        new JointActionReferralDetails(
                            Fields.enumValue(Sex.class, "sex", form.get("sex")),
                            Fields.enumValue(ContactAge.class, "ageBand", form.get("ageBand")),
                            citizenship,
                            List.of(),
                            List.of(),
                            "true".equals(form.get("consent")),
                            "true".equals(form.get("immediateDanger")),
                            null),
                        currentActor.require());
                redirect.addFlashAttribute("saved", "jointAction.referralStarted");
                return "/referrals/" + referral;
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("form", form);
      return referralForm(id, model);
    } catch (ActionNotPlanned cancelled) {
      redirect.addFlashAttribute("saved", "jointAction.noLongerPlanned");
      return "redirect:/joint-actions/" + id;
    }
  }

  // ---- inside ----

  private String when(JointAction a) {
    var start = a.startsAt().atZoneSameInstant(actions.zone());
    String text = dates.date(start.toLocalDate()) + ", " + start.toLocalTime();
    if (a.endsAt() != null) {
      text += "–" + a.endsAt().atZoneSameInstant(actions.zone()).toLocalTime();
    }
    return text;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> formOf(Model model) {
    Object form = model.getAttribute("form");
    return form instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  private static LocalTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "jointAction.timeFormat");
    }
  }

  private static Long version(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new StaleVersion(JointActions.class.getSimpleName());
    }
  }

  private static String capitalised(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }
}
