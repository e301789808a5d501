package org.haven.web.people;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.access.Users;
import org.haven.people.PersonReference;
import org.haven.privacy.SubjectAccess;
import org.haven.privacy.SubjectAccessRequest;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Subject access on the pages: the person page records the request; the list shows one's own
 * requests with their copies to release and, to approvers, those waiting for a second person; the
 * approval asks first and says what will be released.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
class SubjectAccessController {

  private final SubjectAccess subjectAccess;
  private final Users users;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;
  private final Clock clock;

  SubjectAccessController(
      SubjectAccess subjectAccess,
      Users users,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      Clock clock) {
    this.subjectAccess = subjectAccess;
    this.users = users;
    this.currentActor = currentActor;
    this.errors = errors;
    this.messages = messages;
    this.clock = clock;
  }

  @ModelAttribute("subjectAccessLanguages")
  Language[] languages() {
    return Language.values();
  }

  @PostMapping("/persons/{reference}/subject-access")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String request(
      @PathVariable PersonReference reference,
      @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    // on an error, back to the person page, the form open with what was typed, each error at its
    // field
    return errors.submitFrom(
        form,
        redirect,
        "/persons/" + reference.value() + "#subject-access",
        Map.of(),
        () -> {
          subjectAccess.request(
              reference.value(),
              Fields.date("receivedOn", form.get("receivedOn")),
              form.getOrDefault("language", "EN").toLowerCase(Locale.ROOT),
              form.get("note"),
              currentActor.require());
          redirect.addFlashAttribute("saved", "subjectAccess.recorded");
          return "redirect:/subject-access";
        });
  }

  @GetMapping("/subject-access")
  String list(Model model) {
    Actor actor = currentActor.require();
    List<SubjectAccessRequest> visible = subjectAccess.visibleTo(actor);
    model.addAttribute(
        "mine",
        visible.stream().filter(r -> r.requestedBy().equals(actor.user().value())).toList());
    model.addAttribute(
        "toApprove",
        visible.stream().filter(r -> !r.requestedBy().equals(actor.user().value())).toList());
    model.addAttribute("names", users.displayNames());
    model.addAttribute("now", clock.instant());
    return "persons/subject-access";
  }

  @PostMapping("/subject-access/{id}/approval")
  String approve(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      SubjectAccessRequest request = subjectAccess.find(id, currentActor.require());
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              message("subjectAccess.approveTitle"),
              List.of(
                  message(
                      "subjectAccess.approveWhat",
                      request.reference(),
                      users.displayNames().getOrDefault(request.requestedBy(), "?")),
                  message("subjectAccess.approveOnce")),
              "/subject-access/" + id + "/approval",
              form,
              message("subjectAccess.approve"),
              "/subject-access"));
    }
    redirect.addFlashAttribute("saved", "subjectAccess.approved");
    return errors.submit(
        model,
        redirect,
        form,
        () -> subjectAccess.approve(id, currentActor.require()),
        () -> list(model),
        "/subject-access");
  }

  @PostMapping("/subject-access/{id}/json")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  Object json(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      byte[] body =
          subjectAccess.releaseJson(id, currentActor.require()).getBytes(StandardCharsets.UTF_8);
      return file(body, MediaType.APPLICATION_JSON, "subject-access.json");
    } catch (InvalidInput refused) {
      redirect.addFlashAttribute("refused", refused.messageKey());
      return "redirect:/subject-access";
    }
  }

  @PostMapping("/subject-access/{id}/pdf")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  Object pdf(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      return file(
          subjectAccess.releasePdf(id, currentActor.require()),
          MediaType.APPLICATION_PDF,
          "subject-access.pdf");
    } catch (InvalidInput refused) {
      redirect.addFlashAttribute("refused", refused.messageKey());
      return "redirect:/subject-access";
    }
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
