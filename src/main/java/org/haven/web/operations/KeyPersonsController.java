package org.haven.web.operations;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.StaleVersion;
import org.haven.operations.KeyPersonDetails;
import org.haven.operations.KeyPersons;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
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
 * The key-person directory: any signed-in person finds a police district's key person by region,
 * district or name; the centre's caseworkers add and remove entries.
 */
@Controller
@PreAuthorize("hasAuthority('SIGNED_IN')")
class KeyPersonsController {

  private final KeyPersons keyPersons;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Words words;

  KeyPersonsController(
      KeyPersons keyPersons, CurrentActor currentActor, FormErrors errors, Words words) {
    this.keyPersons = keyPersons;
    this.currentActor = currentActor;
    this.errors = errors;
    this.words = words;
  }

  @GetMapping("/key-persons")
  String directory(@RequestParam(name = "q", defaultValue = "") String search, Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("q", search);
    model.addAttribute("people", keyPersons.directory(search));
    model.addAttribute("mayKeep", KeyPersons.mayKeep(actor));
    model.addAttribute(
        "districts",
        keyPersons.policeDistricts().stream()
            .map(d -> new Pick(d.id().toString(), d.name()))
            .toList());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", KeyPersonForm.EMPTY);
    }
    return "key-persons/directory";
  }

  /** An entry of the directory as typed (ADR 0021); the deputy box is null when not ticked. */
  public record KeyPersonForm(
      String district,
      String name,
      Boolean deputy,
      String phone,
      String email,
      String routes,
      String version) {

    static final KeyPersonForm EMPTY = new KeyPersonForm(null, null, null, null, null, null, null);

    /** The entry's details, the district read through {@link Fields}. */
    KeyPersonDetails details(InvalidInput.Gathered checks) {
      return new KeyPersonDetails(
          checks.check(() -> Fields.optionalUuid("district", district)),
          name,
          Boolean.TRUE.equals(deputy),
          phone,
          email,
          routes);
    }
  }

  @PostMapping("/key-persons")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String add(@ModelAttribute("form") KeyPersonForm form, Model model, RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> keyPersons.add(form.details(checks), currentActor.require()),
        () -> directory("", model),
        "/key-persons");
  }

  @GetMapping("/key-persons/{id}/edit")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String edit(@PathVariable UUID id, Model model) {
    if (!model.containsAttribute("form")) {
      var person = keyPersons.find(id);
      model.addAttribute(
          "form",
          new KeyPersonForm(
              person.district().toString(),
              person.name(),
              person.deputy(),
              person.phone(),
              person.email(),
              person.routes(),
              String.valueOf(person.version())));
    }
    return editPage(id, model);
  }

  @PostMapping("/key-persons/{id}")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String change(
      @PathVariable UUID id,
      @ModelAttribute("form") KeyPersonForm form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        form,
        checks ->
            keyPersons.change(
                id, version(form.version()), form.details(checks), currentActor.require()),
        () -> editPage(id, model),
        "/key-persons");
  }

  private String editPage(UUID id, Model model) {
    model.addAttribute("id", id);
    model.addAttribute(
        "districts",
        keyPersons.policeDistricts().stream()
            .map(d -> new Pick(d.id().toString(), d.name()))
            .toList());
    return "key-persons/edit";
  }

  private static long version(String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new StaleVersion(KeyPersons.class.getSimpleName());
    }
  }

  @PostMapping("/key-persons/{id}/remove")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String remove(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    var person = keyPersons.find(id);
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("keyPerson.removeTitle", person.name()),
              List.of(words.text("keyPerson.removeConsequence", person.districtName())),
              "/key-persons/" + id + "/remove",
              Map.of(),
              words.text("keyPerson.remove"),
              "/key-persons"));
    }
    return "redirect:"
        + errors.once(
            form,
            redirect,
            () -> {
              keyPersons.remove(id, currentActor.require());
              redirect.addFlashAttribute("saved", "keyPerson.removed");
              return "/key-persons";
            });
  }
}
