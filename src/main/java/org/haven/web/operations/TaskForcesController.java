package org.haven.web.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.StaleVersion;
import org.haven.access.Users;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.operations.JointActions;
import org.haven.operations.TaskForce;
import org.haven.operations.TaskForceClosed;
import org.haven.operations.TaskForceDetails;
import org.haven.operations.TaskForces;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Task forces on pages: the list and setting one up, the task force with its members, the shared
 * caseload (only what each organisation reaches under consent or a legal basis), meetings, linking
 * a person's case (the centre), changing the membership and closing with a report.
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class TaskForcesController {

  private static final String FOUNDERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'POLICE_KEY_PERSON', 'TAX_INSPECTOR', 'LABOUR_INSPECTOR',"
          + " 'PROSECUTOR')";

  private final TaskForces forces;
  private final Organisations organisations;
  private final Users users;
  private final People people;
  private final CaseFiles cases;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Words words;

  TaskForcesController(
      TaskForces forces,
      Organisations organisations,
      Users users,
      People people,
      CaseFiles cases,
      CurrentActor currentActor,
      FormErrors errors,
      Words words) {
    this.forces = forces;
    this.organisations = organisations;
    this.users = users;
    this.people = people;
    this.cases = cases;
    this.currentActor = currentActor;
    this.errors = errors;
    this.words = words;
  }

  @GetMapping("/task-forces")
  String list(Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("forces", forces.list(actor));
    model.addAttribute("mayFound", TaskForces.mayFound(actor));
    return "task-forces/list";
  }

  @GetMapping("/task-forces/new")
  @PreAuthorize(FOUNDERS)
  String newForce(Model model) {
    if (!model.containsAttribute("form")) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("lead", currentActor.require().organisation().value().toString());
      model.addAttribute("form", form);
    }
    return formPage(null, model);
  }

  @PostMapping("/task-forces")
  @PreAuthorize(FOUNDERS)
  String found(
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
                TaskForce force = forces.found(details(values), currentActor.require());
                redirect.addFlashAttribute("saved", "taskForce.founded");
                return "/task-forces/" + force.id();
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      keep(model, values);
      return formPage(null, model);
    }
  }

  @GetMapping("/task-forces/{id}/edit")
  @PreAuthorize(FOUNDERS)
  String edit(@PathVariable UUID id, Model model) {
    if (!model.containsAttribute("form")) {
      TaskForce f = forces.find(id, currentActor.require());
      Map<String, String> form = new LinkedHashMap<>();
      form.put("name", f.name());
      form.put("purpose", f.purpose());
      form.put("lead", f.lead().toString());
      form.put("sector", f.sector());
      form.put("startsOn", f.startsOn().toString());
      form.put("endsOn", f.endsOn() == null ? "" : f.endsOn().toString());
      form.put("version", String.valueOf(f.version()));
      model.addAttribute("form", form);
      model.addAttribute(
          "chosen",
          Map.of(
              "organisations",
              f.organisations().stream().map(m -> m.id().toString()).toList(),
              "members",
              f.members().stream().map(m -> m.id().toString()).toList()));
    }
    return formPage(id, model);
  }

  @PostMapping("/task-forces/{id}")
  @PreAuthorize(FOUNDERS)
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
                forces.change(
                    id, version(form.get("version")), details(values), currentActor.require());
                redirect.addFlashAttribute("saved", "form.saved");
                return "/task-forces/" + id;
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      keep(model, values);
      return formPage(id, model);
    } catch (StaleVersion stale) {
      errors.add(model, "version", "validation.stale");
      keep(model, values);
      return formPage(id, model);
    } catch (TaskForceClosed closed) {
      redirect.addFlashAttribute("saved", "taskForce.closedMeanwhile");
      return "redirect:/task-forces/" + id;
    }
  }

  private String formPage(UUID id, Model model) {
    model.addAttribute("id", id);
    List<Organisation> all =
        organisations.all().stream().sorted(Comparator.comparing(Organisation::name)).toList();
    model.addAttribute(
        "organisationPicks", all.stream().map(o -> new Pick(o.id().toString(), o.name())).toList());
    model.addAttribute(
        "sectors",
        JointActions.SECTIONS
            .chars()
            .mapToObj(c -> String.valueOf((char) c))
            .map(s -> new Pick(s, words.text("isic." + s)))
            .toList());
    List<Pick> people = new ArrayList<>();
    if (id != null) {
      TaskForce f = forces.find(id, currentActor.require());
      List<UUID> taking = new ArrayList<>();
      taking.add(f.lead());
      f.organisations().forEach(m -> taking.add(m.id()));
      Map<UUID, String> names = organisations.names();
      for (UUID o : taking) {
        users.of(new OrganisationId(o)).stream()
            .filter(u -> u.enabled() && !u.serviceAccount())
            .sorted(Comparator.comparing(u -> u.displayName()))
            .forEach(
                u ->
                    people.add(
                        new Pick(
                            u.userId().value().toString(),
                            u.displayName() + " (" + names.getOrDefault(o, "") + ")")));
      }
    }
    model.addAttribute("people", people);
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", Map.of());
    }
    return "task-forces/form";
  }

  @GetMapping("/task-forces/{id}")
  String show(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    TaskForce f = forces.find(id, actor);
    model.addAttribute("force", f);
    model.addAttribute("caseload", forces.caseload(id, actor));
    model.addAttribute("mayChange", TaskForces.mayChange(f, actor) && !f.closed());
    model.addAttribute("mayLink", TaskForces.mayLink(actor) && !f.closed());
    model.addAttribute("mayMinute", TaskForces.mayMinute(f, actor) && !f.closed());
    if (f.sector() != null) {
      model.addAttribute("sectorName", words.text("isic." + f.sector()));
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "task-forces/show";
  }

  /** A meeting's minutes as typed (ADR 0021). */
  public record MeetingForm(String heldOn, String minutes, String decisions) {}

  @PostMapping("/task-forces/{id}/meetings")
  String minute(
      @PathVariable UUID id,
      @ModelAttribute("meetingForm") MeetingForm form,
      Model model,
      RedirectAttributes redirect) {
    return guarded(
        id,
        redirect,
        () ->
            errors.submitAll(
                model,
                redirect,
                "meetingForm",
                form,
                checks ->
                    forces.minute(
                        id,
                        checks.check(() -> Fields.date("heldOn", form.heldOn())),
                        form.minutes(),
                        form.decisions(),
                        currentActor.require()),
                () -> show(id, model),
                "/task-forces/" + id + "#meetings"));
  }

  @PostMapping("/task-forces/{id}/cases")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String link(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return guarded(
        id,
        redirect,
        () ->
            errors.submit(
                model,
                redirect,
                form,
                () -> {
                  forces.link(id, caseOf(form.get("person")), currentActor.require());
                  return null;
                },
                () -> show(id, model),
                "/task-forces/" + id + "#caseload"));
  }

  @PostMapping("/task-forces/{id}/cases/{caseId}/remove")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String unlink(
      @PathVariable UUID id,
      @PathVariable UUID caseId,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("taskForce.unlinkTitle"),
              List.of(words.text("taskForce.unlinkConsequence")),
              "/task-forces/" + id + "/cases/" + caseId + "/remove",
              Map.of(),
              words.text("taskForce.unlink"),
              "/task-forces/" + id));
    }
    return "redirect:"
        + errors.once(
            form,
            redirect,
            () -> {
              forces.unlink(id, new CaseId(caseId), currentActor.require());
              redirect.addFlashAttribute("saved", "taskForce.unlinked");
              return "/task-forces/" + id;
            });
  }

  @PostMapping("/task-forces/{id}/close")
  @PreAuthorize(FOUNDERS)
  String close(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    TaskForce f = forces.find(id, currentActor.require());
    String report = form.get("report");
    if (report == null || report.isBlank()) {
      errors.add(model, "report", "taskForce.reportRequired");
      return show(id, model);
    }
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("taskForce.closeTitle", f.name()),
              List.of(words.text("taskForce.closeConsequence")),
              "/task-forces/" + id + "/close",
              Map.of("report", report),
              words.text("taskForce.close"),
              "/task-forces/" + id));
    }
    return guarded(
        id,
        redirect,
        () ->
            errors.submit(
                model,
                redirect,
                form,
                () -> forces.close(id, report, currentActor.require()),
                () -> show(id, model),
                "/task-forces/" + id));
  }

  private String guarded(UUID id, RedirectAttributes redirect, Supplier<String> action) {
    try {
      return action.get();
    } catch (TaskForceClosed closed) {
      redirect.addFlashAttribute("saved", "taskForce.closedMeanwhile");
      return "redirect:/task-forces/" + id;
    }
  }

  private CaseId caseOf(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new InvalidInput("person", "validation.required");
    }
    PersonReference typed;
    try {
      typed = PersonReference.parse(reference);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("person", "taskForce.caseUnknown");
    }
    return people
        .idOf(typed)
        .flatMap(cases::caseOf)
        .orElseThrow(() -> new InvalidInput("person", "taskForce.caseUnknown"));
  }

  private static TaskForceDetails details(MultiValueMap<String, String> values) {
    Map<String, String> form = values.toSingleValueMap();
    return new TaskForceDetails(
        form.get("name"),
        form.get("purpose"),
        Fields.optionalUuid("lead", form.get("lead")),
        values.getOrDefault("organisations", List.of()).stream()
            .map(v -> Fields.optionalUuid("organisations", v))
            .filter(v -> v != null)
            .toList(),
        values.getOrDefault("members", List.of()).stream()
            .map(v -> Fields.optionalUuid("members", v))
            .filter(v -> v != null)
            .toList(),
        form.get("sector"),
        Fields.date("startsOn", form.get("startsOn")),
        Fields.date("endsOn", form.get("endsOn")));
  }

  private static void keep(Model model, MultiValueMap<String, String> values) {
    model.addAttribute("form", values.toSingleValueMap());
    model.addAttribute(
        "chosen",
        Map.of(
            "organisations", values.getOrDefault("organisations", List.of()),
            "members", values.getOrDefault("members", List.of())));
  }

  private static Long version(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new StaleVersion(TaskForces.class.getSimpleName());
    }
  }
}
