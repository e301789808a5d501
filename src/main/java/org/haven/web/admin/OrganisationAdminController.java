package org.haven.web.admin;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.StaleVersion;
import org.haven.web.forms.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of organisations: list, add, change. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganisationAdminController {

  /**
   * The organisation form as typed: strings, so that nothing the person typed is lost on an error.
   */
  public record OrganisationForm(
      String name, String type, String country, String region, Long version) {
    static OrganisationForm empty() {
      return new OrganisationForm("", "", "", "", null);
    }

    static OrganisationForm of(Organisation organisation) {
      return new OrganisationForm(
          organisation.name(),
          organisation.type().name(),
          organisation.country(),
          organisation.region() == null ? "" : organisation.region(),
          organisation.version());
    }

    OrganisationType parsedType() {
      return Arrays.stream(OrganisationType.values())
          .filter(t -> t.name().equals(type))
          .findFirst()
          .orElseThrow(() -> new InvalidInput("type", "validation.required"));
    }
  }

  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;

  OrganisationAdminController(
      Organisations organisations, CurrentActor currentActor, FormErrors errors) {
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  @ModelAttribute("organisationTypes")
  OrganisationType[] organisationTypes() {
    return OrganisationType.values();
  }

  @GetMapping("/admin/organisations")
  String list(Model model) {
    model.addAttribute("organisations", organisations.all());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", OrganisationForm.empty());
    }
    return "admin/organisations";
  }

  @PostMapping("/admin/organisations")
  String create(
      @ModelAttribute("form") OrganisationForm form, Model model, RedirectAttributes redirect) {
    try {
      organisations.register(
          form.name(),
          form.parsedType(),
          form.country(),
          form.region(),
          currentActor.require().audit());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return list(model);
    }
    redirect.addFlashAttribute("saved", "organisation.created");
    return "redirect:/admin/organisations";
  }

  @GetMapping("/admin/organisations/{id}")
  String edit(@PathVariable UUID id, Model model) {
    Organisation organisation =
        organisations.find(new OrganisationId(id)).orElseThrow(() -> new NotFound("Organisation"));
    model.addAttribute("organisation", organisation);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", OrganisationForm.of(organisation));
    }
    return "admin/organisation";
  }

  @PostMapping("/admin/organisations/{id}")
  String change(
      @PathVariable UUID id,
      @ModelAttribute("form") OrganisationForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      organisations.change(
          new OrganisationId(id),
          Optional.ofNullable(form.version()).orElse(-1L),
          form.name(),
          form.parsedType(),
          form.country(),
          form.region(),
          currentActor.require().audit());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return edit(id, model);
    } catch (StaleVersion stale) {
      errors.add(model, "name", "validation.stale");
      model.addAttribute(
          "form", OrganisationForm.of(organisations.find(new OrganisationId(id)).orElseThrow()));
      return edit(id, model);
    }
    redirect.addFlashAttribute("saved", "organisation.saved");
    return "redirect:/admin/organisations";
  }
}
