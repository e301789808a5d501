package org.haven.web.crossborder;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.casework.CaseId;
import org.haven.casework.CasePart;
import org.haven.crossborder.Direction;
import org.haven.crossborder.Partner;
import org.haven.crossborder.Partners;
import org.haven.crossborder.Transfer;
import org.haven.crossborder.TransferBasis;
import org.haven.crossborder.TransferPurpose;
import org.haven.crossborder.TransferRequest;
import org.haven.crossborder.Transfers;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The caseworker's pages for sending a case abroad: choose the partner, the parts and the consent
 * or legal basis; see exactly what will leave; send. A transfer's own page shows its way (queued,
 * delivered, answered), the envelope's hash, and for one received what came in; a withdrawal of
 * consent asks first.
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class TransfersController {

  private final Transfers transfers;
  private final Partners partners;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;
  private final JsonMapper json;

  TransfersController(
      Transfers transfers,
      Partners partners,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      JsonMapper json) {
    this.transfers = transfers;
    this.partners = partners;
    this.currentActor = currentActor;
    this.errors = errors;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/cases/{id}/transfers/new")
  String form(@PathVariable UUID id, Model model) {
    List<Partner> active =
        partners.list(currentActor.require()).stream().filter(Partner::active).toList();
    model.addAttribute("caseId", id);
    model.addAttribute("partners", active);
    model.addAttribute("countryNames", PartnersController.countryNames());
    model.addAttribute("purposes", TransferPurpose.values());
    model.addAttribute("bases", TransferBasis.values());
    model.addAttribute(
        "parts", EnumSet.complementOf(EnumSet.of(CasePart.SUMMARY, CasePart.TESTIMONY)));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of("purpose", TransferPurpose.REFERRAL.name()));
      model.addAttribute("chosenParts", List.of());
    }
    return "crossborder/new-transfer";
  }

  @PostMapping("/cases/{id}/transfers/preview")
  String preview(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "parts", required = false) List<String> parts,
      Model model) {
    Actor actor = currentActor.require();
    try {
      TransferRequest request = request(form, parts);
      Transfers.Preview preview = transfers.preview(new CaseId(id), request, actor);
      model.addAttribute("caseId", id);
      model.addAttribute("preview", preview);
      model.addAttribute("request", request);
      model.addAttribute("fields", resent(form));
      model.addAttribute("chosenParts", parts == null ? List.of() : parts);
      return "crossborder/preview-transfer";
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("form", form);
      model.addAttribute("chosenParts", parts == null ? List.of() : parts);
      return form(id, model);
    }
  }

  @PostMapping("/cases/{id}/transfers")
  String send(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "parts", required = false) List<String> parts,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "transfer.sent");
    model.addAttribute("chosenParts", parts == null ? List.of() : parts);
    return errors.submit(
        model,
        redirect,
        form,
        () -> transfers.send(new CaseId(id), request(form, parts), currentActor.require()),
        () -> form(id, model),
        "/cases/" + id + "#abroad");
  }

  @GetMapping("/transfers")
  String list(@RequestParam(required = false) String direction, Model model) {
    Direction chosen =
        direction == null || direction.isBlank()
            ? null
            : Fields.enumValue(Direction.class, "direction", direction);
    model.addAttribute("transfers", transfers.list(chosen, null, 200, currentActor.require()));
    model.addAttribute("direction", chosen == null ? "" : chosen.name());
    return "crossborder/transfers";
  }

  @GetMapping("/transfers/{id}")
  String show(@PathVariable UUID id, Model model) {
    Transfer transfer = transfers.find(id, currentActor.require());
    model.addAttribute("transfer", transfer);
    model.addAttribute(
        "received",
        transfer.content() == null
            ? null
            : json.writerWithDefaultPrettyPrinter().writeValueAsString(transfer.content()));
    return "crossborder/transfer";
  }

  @PostMapping("/transfers/{id}/consent-withdrawal")
  String withdrawConsent(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    Transfer transfer = transfers.find(id, currentActor.require());
    String back = transfer.caseId() == null ? "/transfers/" + id : "/cases/" + transfer.caseId();
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              message("transfers.withdraw"),
              List.of(message("transfers.withdrawAsk")),
              "/transfers/" + id + "/consent-withdrawal",
              form,
              message("transfers.withdraw"),
              back));
    }
    redirect.addFlashAttribute("saved", "transfers.withdrawDone");
    return errors.submit(
        model,
        redirect,
        form,
        () -> transfers.withdrawConsent(id, currentActor.require()),
        () -> show(id, model),
        back);
  }

  private static TransferRequest request(Map<String, String> form, List<String> parts) {
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    UUID partner = checks.check(() -> Fields.optionalUuid("partner", form.get("partner")));
    TransferPurpose purpose =
        checks.check(() -> Fields.enumValue(TransferPurpose.class, "purpose", form.get("purpose")));
    TransferBasis basis =
        checks.check(() -> Fields.enumValue(TransferBasis.class, "basis", form.get("basis")));
    LocalDate consentOn =
        checks.check(() -> Fields.date("consentGivenOn", form.get("consentGivenOn")));
    Set<CasePart> chosen = EnumSet.noneOf(CasePart.class);
    if (parts != null) {
      for (String part : parts) {
        CasePart p = checks.check(() -> Fields.enumValue(CasePart.class, "parts", part));
        if (p != null) {
          chosen.add(p);
        }
      }
    }
    checks.done();
    return new TransferRequest(
        partner, purpose, chosen, basis, consentOn, form.get("basisDetail"), form.get("note"));
  }

  /** The first form's fields, to send again from the preview (without the tokens). */
  private static Map<String, String> resent(Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name :
        List.of("partner", "purpose", "basis", "consentGivenOn", "basisDetail", "note")) {
      if (form.get(name) != null) {
        fields.put(name, form.get(name));
      }
    }
    return fields;
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
