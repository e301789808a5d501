package org.haven.web.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
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
      model.addAttribute("form", Map.of());
    }
    return "key-persons/directory";
  }

  @PostMapping("/key-persons")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    model.addAttribute("form", form);
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            keyPersons.add(
                new KeyPersonDetails(
                    Fields.optionalUuid("district", form.get("district")),
                    form.get("name"),
                    "true".equals(form.get("deputy")),
                    form.get("phone"),
                    form.get("email"),
                    form.get("routes")),
                currentActor.require()),
        () -> directory("", model),
        "/key-persons");
  }

  @GetMapping("/key-persons/{id}/edit")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String edit(@PathVariable UUID id, Model model) {
    if (!model.containsAttribute("form")) {
      var person = keyPersons.find(id);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("district", person.district().toString());
      form.put("name", person.name());
      form.put("deputy", String.valueOf(person.deputy()));
      form.put("phone", person.phone());
      form.put("email", person.email());
      form.put("routes", person.routes());
      form.put("version", String.valueOf(person.version()));
      model.addAttribute("form", form);
    }
    return editPage(id, model);
  }

  @PostMapping("/key-persons/{id}")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String change(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("form", form);
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            keyPersons.change(
                id,
                version(form.get("version")),
                new KeyPersonDetails(
                    Fields.optionalUuid("district", form.get("district")),
                    form.get("name"),
                    "true".equals(form.get("deputy")),
                    form.get("phone"),
                    form.get("email"),
                    form.get("routes")),
                currentActor.require()),
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
