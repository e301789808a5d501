package org.haven.web.casework;

import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.casework.CaseId;
import org.haven.casework.CaseNote;
import org.haven.casework.CaseNotes;
import org.haven.casework.Sensitivity;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's notes on its page: written at the levels the reader's access allows, one opened at a
 * time.
 */
@Controller
@PreAuthorize(CasesController.READERS)
class CaseNotesController {

  private final CasePage casePage;
  private final CaseNotes notes;
  private final CurrentActor currentActor;
  private final Dates dates;
  private final MessageSource messages;

  CaseNotesController(
      CasePage casePage,
      CaseNotes notes,
      CurrentActor currentActor,
      Dates dates,
      MessageSource messages) {
    this.casePage = casePage;
    this.notes = notes;
    this.currentActor = currentActor;
    this.dates = dates;
    this.messages = messages;
  }

  @PostMapping("/cases/{id}/notes")
  String addNote(
      @PathVariable UUID id,
      @ModelAttribute("noteForm") CaseForms.Note form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        "noteForm",
        form,
        checks ->
            notes.add(
                new CaseId(id),
                checks.check(
                    () -> Fields.enumValue(Sensitivity.class, "sensitivity", form.sensitivity())),
                form.text(),
                currentActor.require()));
  }

  @GetMapping("/cases/{id}/notes/{noteId}")
  String note(@PathVariable UUID id, @PathVariable UUID noteId, Model model) {
    Actor actor = currentActor.require();
    CaseNote note = notes.read(new CaseId(id), noteId, actor);
    model.addAttribute("backHref", "/cases/" + id);
    model.addAttribute(
        "sensitiveTitle",
        messages.getMessage("sensitivity." + note.sensitivity(), null, CasePage.locale()));
    model.addAttribute("when", dates.dateTime(note.createdAt()));
    model.addAttribute("text", note.text());
    return "sensitive";
  }
}
