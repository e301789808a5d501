package org.haven.web.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseStatus;
import org.haven.casework.CaseTasks;
import org.haven.casework.ClosureReason;
import org.haven.casework.Support;
import org.haven.casework.SupportType;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
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
 * Case pages: the list, and one case with its summary, timeline, tasks, notes and sharing; here the
 * changes to the case itself (contact person, follow-up or closing) and its support. The page says
 * who can see the case. Organisations a case is shared with see only the shared parts. Tasks, notes
 * and shares have doors of their own ({@link CaseTasksController}, {@link CaseNotesController},
 * {@link CaseSharesController}).
 */
@Controller
@PreAuthorize(CasesController.READERS)
class CasesController {

  static final String READERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'SHELTER_STAFF', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER',"
          + " 'NGO_WORKER', 'IMMIGRATION_OFFICER')";
  static final String CENTRE = "hasRole('CENTRE_CASEWORKER')";
  static final int PAGE_SIZE = 25;

  /** A list row. */
  public record Row(
      UUID id,
      String reference,
      CaseStatus status,
      String opened,
      String contact,
      String periodEnds,
      boolean minor) {}

  private final CasePage casePage;
  private final CaseFiles cases;
  private final CaseTasks tasks;
  private final Support support;
  private final Users users;
  private final CurrentActor currentActor;
  private final Dates dates;

  CasesController(
      CasePage casePage,
      CaseFiles cases,
      CaseTasks tasks,
      Support support,
      Users users,
      CurrentActor currentActor,
      Dates dates) {
    this.casePage = casePage;
    this.cases = cases;
    this.tasks = tasks;
    this.support = support;
    this.users = users;
    this.currentActor = currentActor;
    this.dates = dates;
  }

  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Actor actor = currentActor.require();
    CaseFiles.Page found = cases.list(status, mine, page, PAGE_SIZE, actor);
    Map<UUID, String> names = users.displayNames();
    model.addAttribute(
        "rows",
        found.items().stream()
            .map(
                c ->
                    new Row(
                        c.id().value(),
                        c.personReference(),
                        c.status(),
                        dates.date(c.openedAt()),
                        c.contactPerson() == null ? null : names.get(c.contactPerson()),
                        c.periodEndsOn() == null ? null : dates.date(c.periodEndsOn()),
                        c.minor()))
            .toList());
    model.addAttribute("total", found.total());
    model.addAttribute("page", found.page());
    model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("status", status);
    model.addAttribute("mine", mine);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("centre", actor.has(Role.CENTRE_CASEWORKER));
    return "cases/list";
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
    // the page's audited reads (case, timeline, person, criminal case) reach the chain at once
    return casePage.show(id, page, model);
  }

  @PostMapping("/cases/{id}/support-plans")
  @PreAuthorize(CENTRE)
  String addPlan(
      @PathVariable UUID id,
      @ModelAttribute("planForm") CaseForms.Plan form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        "planForm",
        form,
        checks ->
            support.plan(
                new CaseId(id),
                checks.check(
                    () -> Fields.enumValue(SupportType.class, "planType", form.planType())),
                form.objectives(),
                checks.check(() -> Fields.date("startsOn", form.startsOn())),
                checks.check(() -> Fields.date("plannedEnd", form.plannedEnd())),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/services")
  String addService(
      @PathVariable UUID id,
      @ModelAttribute("serviceForm") CaseForms.Service form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        "serviceForm",
        form,
        checks ->
            support.record(
                new CaseId(id),
                checks.check(() -> Fields.optionalUuid("plan", form.plan())),
                checks.check(
                    () -> Fields.enumValue(SupportType.class, "serviceType", form.serviceType())),
                checks.check(() -> Fields.date("deliveredOn", form.deliveredOn())),
                null,
                form.serviceNote(),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/contact-person")
  @PreAuthorize(CENTRE)
  String contactPerson(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("contactForm") CaseForms.ContactPerson form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        "contactForm",
        form,
        checks ->
            cases.assignContactPerson(
                new CaseId(id),
                version,
                checks.check(() -> Fields.optionalUuid("contactPerson", form.contactPerson())),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/close")
  @PreAuthorize(CENTRE)
  String close(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @ModelAttribute("closingForm") CaseForms.Closing form,
      Model model,
      RedirectAttributes redirect) {
    String status = form.status() == null ? "" : form.status();
    boolean closing = !status.equals(CaseStatus.FOLLOW_UP.name());
    if (closing && !Boolean.TRUE.equals(form.confirmed())) {
      int setAside = tasks.setAsideByClosing(new CaseId(id), currentActor.require());
      List<String> consequences = new ArrayList<>();
      consequences.add(casePage.text("case.closeEndsWork"));
      if (setAside > 0) {
        consequences.add(casePage.text("case.closeSetsAsideTasks", setAside));
      }
      consequences.add(casePage.text("case.closeReopens"));
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              casePage.text("case.closeConfirm"),
              consequences,
              "/cases/" + id + "/close",
              FormErrors.postedFields(),
              casePage.text("case.closeButton"),
              "/cases/" + id));
    }
    return casePage.attempt(
        id,
        model,
        redirect,
        "closingForm",
        form,
        checks ->
            cases.changeStatus(
                new CaseId(id),
                version,
                checks.check(() -> Fields.enumValue(CaseStatus.class, "status", status)),
                checks.check(() -> Fields.enumValue(ClosureReason.class, "reason", form.reason())),
                form.note(),
                currentActor.require()));
  }
}
