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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        form,
        () ->
            support.plan(
                new CaseId(id),
                Fields.enumValue(SupportType.class, "planType", form.get("planType")),
                form.get("objectives"),
                Fields.date("startsOn", form.get("startsOn")),
                Fields.date("plannedEnd", form.get("plannedEnd")),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/services")
  String addService(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        form,
        () ->
            support.record(
                new CaseId(id),
                Fields.optionalUuid("plan", form.get("plan")),
                Fields.enumValue(SupportType.class, "serviceType", form.get("serviceType")),
                Fields.date("deliveredOn", form.get("deliveredOn")),
                null,
                form.get("serviceNote"),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/contact-person")
  @PreAuthorize(CENTRE)
  String contactPerson(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        form,
        () ->
            cases.assignContactPerson(
                new CaseId(id),
                version,
                Fields.optionalUuid("contactPerson", form.get("contactPerson")),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/close")
  @PreAuthorize(CENTRE)
  String close(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    String status = form.getOrDefault("status", "");
    boolean closing = !status.equals(CaseStatus.FOLLOW_UP.name());
    if (closing && !Confirmations.confirmed(form)) {
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
              form,
              casePage.text("case.closeButton"),
              "/cases/" + id));
    }
    return casePage.attempt(
        id,
        model,
        redirect,
        form,
        () ->
            cases.changeStatus(
                new CaseId(id),
                version,
                Fields.enumValue(CaseStatus.class, "status", status),
                Fields.enumValue(ClosureReason.class, "reason", form.get("reason")),
                form.get("note"),
                currentActor.require()));
  }
}
