package org.haven.web.crossborder;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.crossborder.ExchangeKeys;
import org.haven.crossborder.LocalInstallation;
import org.haven.crossborder.Partner;
import org.haven.crossborder.PartnerDetails;
import org.haven.crossborder.PartnerKind;
import org.haven.crossborder.Partners;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Places;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's pages for partner installations: this installation's document and fingerprint
 * to send and read out, the register, and for each partner the confirmation of its fingerprint, its
 * suspension and its new keys.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class PartnersController {

  private final Partners partners;
  private final LocalInstallation installation;
  private final ExchangeKeys keys;
  private final AuditTrail audit;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;
  private final JsonMapper json;

  PartnersController(
      Partners partners,
      LocalInstallation installation,
      ExchangeKeys keys,
      AuditTrail audit,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      JsonMapper json) {
    this.partners = partners;
    this.installation = installation;
    this.keys = keys;
    this.audit = audit;
    this.currentActor = currentActor;
    this.errors = errors;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/admin/partners")
  String list(Model model) {
    model.addAttribute("partners", partners.list(currentActor.require()));
    model.addAttribute("countryNames", countryNames());
    LocalInstallation.Document own = installation.document();
    model.addAttribute("own", own);
    model.addAttribute(
        "ownDocument", json.writerWithDefaultPrettyPrinter().writeValueAsString(own));
    model.addAttribute("kinds", PartnerKind.values());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "crossborder/partners";
  }

  @PostMapping("/admin/partners")
  String register(
      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    PartnerKind kind =
        checks.check(() -> Fields.enumValue(PartnerKind.class, "kind", form.get("kind")));
    JsonNode document = checks.check(() -> document(form.get("document")));
    try {
      checks.done();
      String name =
          form.getOrDefault("name", "").isBlank() ? text(document, "name") : form.get("name");
      return errors.once(
          form,
          redirect,
          () -> {
            Partner partner =
                partners.register(
                    new PartnerDetails(
                        name,
                        text(document, "country"),
                        kind,
                        text(document, "endpoint"),
                        installationId(document),
                        keys(document)),
                    actor);
            redirect.addFlashAttribute("saved", "partners.registered");
            return "redirect:/admin/partners/" + partner.id();
          });
    } catch (InvalidInput invalid) {
      for (InvalidInput error : invalid.all()) {
        String field =
            switch (error.field()) {
              case "kind" -> "kind";
              case "name" -> form.getOrDefault("name", "").isBlank() ? "document" : "name";
              default -> "document";
            };
        errors.add(model, field, error.messageKey(), error.arguments());
      }
      model.addAttribute("form", form);
      return list(model);
    }
  }

  @GetMapping("/admin/partners/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("partner", partners.find(id, currentActor.require()));
    model.addAttribute("countryNames", countryNames());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "crossborder/partner";
  }

  @PostMapping("/admin/partners/{id}/confirmation")
  String confirm(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "partner.confirmed");
    return errors.submit(
        model,
        redirect,
        form,
        () -> partners.confirm(id, form.get("fingerprint"), currentActor.require()),
        () -> show(id, model),
        "/admin/partners/" + id);
  }

  @PostMapping("/admin/partners/{id}/suspension")
  String suspend(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "partner.suspended");
    return errors.submit(
        model,
        redirect,
        form,
        () -> partners.suspend(id, form.get("reason"), currentActor.require()),
        () -> show(id, model),
        "/admin/partners/" + id);
  }

  @PostMapping("/admin/partners/{id}/reactivation")
  String reactivate(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "partner.reactivated");
    return errors.submit(
        model,
        redirect,
        form,
        () -> partners.reactivate(id, currentActor.require()),
        () -> show(id, model),
        "/admin/partners/" + id);
  }

  @PostMapping("/admin/partners/{id}/keys")
  String changeKeys(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "partner.keysChanged");
    return errors.submit(
        model,
        redirect,
        form,
        () -> {
          JsonNode document = document(form.get("document"));
          return partners.changeKeys(
              id,
              Fields.number("version", form.get("version")),
              keys(document),
              currentActor.require());
        },
        () -> show(id, model),
        "/admin/partners/" + id);
  }

  @PostMapping("/admin/installation/key-rotation")
  String rotate(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              message("partners.rotateTitle"),
              List.of(message("partners.rotateWhat"), message("partners.rotateOverlap")),
              "/admin/installation/key-rotation",
              form,
              message("partners.rotate"),
              "/admin/partners"));
    }
    return errors.once(
        form,
        redirect,
        () -> {
          keys.rotate();
          audit.record(
              currentActor.require().audit(),
              AuditAction.UPDATE,
              "Installation",
              installation.id().toString(),
              AuditOutcome.SUCCESS,
              "exchange keys rotated");
          redirect.addFlashAttribute("saved", "partners.rotated");
          return "redirect:/admin/partners";
        });
  }

  private JsonNode document(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInput("document", "validation.required");
    }
    try {
      JsonNode document = json.readTree(typed);
      if (!document.isObject() || !document.path("keys").isObject()) {
        throw new InvalidInput("document", "partner.documentUnreadable");
      }
      return document;
    } catch (JacksonException e) {
      throw new InvalidInput("document", "partner.documentUnreadable");
    }
  }

  private static String text(JsonNode document, String field) {
    JsonNode value = document.path(field);
    return value.isString() ? value.asString() : null;
  }

  private static UUID installationId(JsonNode document) {
    try {
      return UUID.fromString(document.path("installation").asString());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("document", "partner.documentUnreadable");
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> keys(JsonNode document) {
    return json.convertValue(document.path("keys"), Map.class);
  }

  /** Every country's name in the reader's language, by ISO code. */
  static Map<String, String> countryNames() {
    return Places.countries(LocaleContextHolder.getLocale()).stream()
        .collect(Collectors.toMap(Places.Choice::code, Places.Choice::name));
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
