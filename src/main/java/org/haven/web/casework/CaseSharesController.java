package org.haven.web.casework;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.NotFound;
import org.haven.access.Organisations;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CasePart;
import org.haven.casework.CaseShares;
import org.haven.casework.ShareBasis;
import org.haven.casework.ShareRequest;
import org.haven.crossborder.Direction;
import org.haven.crossborder.Transfer;
import org.haven.crossborder.TransferStatus;
import org.haven.crossborder.Transfers;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Fields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing a case on its page (the centre): a share on consent or a legal basis, ending one, and the
 * person's withdrawal of consent — the last two ask first, saying what will end.
 */
@Controller
@PreAuthorize(CasesController.READERS)
class CaseSharesController {

  static final String CENTRE = CasesController.CENTRE;

  private final CasePage casePage;
  private final CaseFiles cases;
  private final CaseShares shares;
  private final Organisations organisations;
  private final Transfers transfers;
  private final CurrentActor currentActor;

  CaseSharesController(
      CasePage casePage,
      CaseFiles cases,
      CaseShares shares,
      Organisations organisations,
      Transfers transfers,
      CurrentActor currentActor) {
    this.casePage = casePage;
    this.cases = cases;
    this.shares = shares;
    this.organisations = organisations;
    this.transfers = transfers;
    this.currentActor = currentActor;
  }

  @PostMapping("/cases/{id}/shares")
  @PreAuthorize(CENTRE)
  String share(
      @PathVariable UUID id,
      @ModelAttribute("shareForm") CaseForms.Share form,
      Model model,
      RedirectAttributes redirect) {
    return casePage.attempt(
        id,
        model,
        redirect,
        "shareForm",
        form,
        checks -> {
          Set<CasePart> chosen = EnumSet.noneOf(CasePart.class);
          for (String typed : form.parts() == null ? List.<String>of() : form.parts()) {
            CasePart part = checks.check(() -> Fields.enumValue(CasePart.class, "parts", typed));
            if (part != null) {
              chosen.add(part);
            }
          }
          return shares.share(
              new CaseId(id),
              new ShareRequest(
                  checks.check(() -> Fields.optionalUuid("organisation", form.organisation())),
                  chosen,
                  checks.check(() -> Fields.enumValue(ShareBasis.class, "basis", form.basis())),
                  checks.check(() -> Fields.date("consentGivenOn", form.consentGivenOn())),
                  form.basisDetail()),
              currentActor.require());
        });
  }

  @PostMapping("/cases/{id}/shares/{shareId}/revoke")
  @PreAuthorize(CENTRE)
  String revoke(
      @PathVariable UUID id,
      @PathVariable UUID shareId,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      Actor actor = currentActor.require();
      String organisation =
          cases.open(new CaseId(id), actor).shares().stream()
              .filter(s -> s.id().equals(shareId) && s.active())
              .map(s -> organisations.names().getOrDefault(s.organisation(), "?"))
              .findFirst()
              .orElseThrow(() -> new NotFound("Share"));
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              casePage.text("case.revokeConfirm", organisation),
              List.of(casePage.text("case.revokeConsequence", organisation)),
              "/cases/" + id + "/shares/" + shareId + "/revoke",
              form,
              casePage.text("case.revoke"),
              "/cases/" + id));
    }
    return casePage.attempt(
        id,
        model,
        redirect,
        form,
        () -> shares.revoke(new CaseId(id), shareId, null, currentActor.require()));
  }

  @PostMapping("/cases/{id}/consent-withdrawal")
  @PreAuthorize(CENTRE)
  String withdrawConsent(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      Actor actor = currentActor.require();
      Map<UUID, String> names = organisations.names();
      List<String> ending =
          shares.endedByConsentWithdrawal(new CaseId(id), actor).stream()
              .map(s -> names.getOrDefault(s.organisation(), "?"))
              .sorted()
              .toList();
      List<String> consequences = new ArrayList<>();
      consequences.add(
          ending.isEmpty()
              ? casePage.text("case.withdrawNoShares")
              : casePage.text("case.withdrawEnds", ending.size(), String.join(", ", ending)));
      List<String> abroad =
          transfers.forCase(new CaseId(id), actor).stream()
              .filter(
                  t ->
                      t.direction() == Direction.OUTGOING
                          && t.basis().restsOnConsent()
                          && t.consentWithdrawnAt() == null
                          && t.status() != TransferStatus.FAILED)
              .map(Transfer::partnerName)
              .distinct()
              .sorted()
              .toList();
      if (!abroad.isEmpty()) {
        consequences.add(casePage.text("case.withdrawTellsAbroad", String.join(", ", abroad)));
      }
      consequences.add(casePage.text("case.withdrawLegalStays"));
      consequences.add(casePage.text("case.withdrawNewConsent"));
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              casePage.text("case.withdrawConfirm"),
              consequences,
              "/cases/" + id + "/consent-withdrawal",
              form,
              casePage.text("case.withdrawConsent"),
              "/cases/" + id));
    }
    return casePage.attempt(
        id,
        model,
        redirect,
        form,
        () -> shares.withdrawConsent(new CaseId(id), currentActor.require()));
  }
}
