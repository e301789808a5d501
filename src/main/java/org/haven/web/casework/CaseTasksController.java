package org.haven.web.casework;

import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.casework.CaseId;
import org.haven.casework.CaseTasks;
import org.haven.web.forms.Fields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's tasks on its page: the centre writes one; the centre or the assignee marks it done. */
@Controller
@PreAuthorize(CasesController.READERS)
class CaseTasksController {

  static final String CENTRE = CasesController.CENTRE;

  private final CasePage casePage;
  private final CaseTasks tasks;
  private final CurrentActor currentActor;

  CaseTasksController(CasePage casePage, CaseTasks tasks, CurrentActor currentActor) {
    this.casePage = casePage;
    this.tasks = tasks;
    this.currentActor = currentActor;
  }

  @PostMapping("/cases/{id}/tasks")
  @PreAuthorize(CENTRE)
  String addTask(
      @PathVariable UUID id,
      @ModelAttribute("taskForm") CaseForms.Task form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        "taskForm",
        form,
        checks ->
            tasks.add(
                new CaseId(id),
                form.title(),
                checks.check(() -> Fields.date("dueOn", form.dueOn())),
                checks.check(() -> Fields.optionalUuid("assignee", form.assignee())),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/tasks/{taskId}/done")
  String done(
      @PathVariable UUID id, @PathVariable UUID taskId, Model model, RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        Map.of(),
        () -> tasks.complete(new CaseId(id), taskId, currentActor.require()));
  }
}
