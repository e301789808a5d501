package org.haven.web.people;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Users;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.privacy.ErasureRequest;
import org.haven.privacy.ErasureRun;
import org.haven.privacy.Retention;
import org.haven.privacy.RetentionOverview;
import org.haven.web.forms.Confirmations;
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

/**
 * The data's life on the pages: the retention schedule with what falls due, legal holds and
 * requests to erase. A hold and a request are made from the person's page; lifting a hold,
 * approving an erasure and running the schedule by hand ask first and say what will happen.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
class RetentionController {

  private final Retention retention;
  private final Users users;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;

  RetentionController(
      Retention retention,
      Users users,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages) {
    this.retention = retention;
    this.users = users;
    this.currentActor = currentActor;
    this.errors = errors;
    this.messages = messages;
  }

  @GetMapping("/retention")
  String overview(Model model) {
    Actor actor = currentActor.require();
    RetentionOverview overview = retention.overview(actor);
    model.addAttribute("overview", overview);
    model.addAttribute("names", users.displayNames());
    model.addAttribute("me", actor.user().value());
    model.addAttribute("mayRun", Retention.mayRun(actor));
    model.addAttribute("mayOpenPersons", People.mayRead(actor));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "persons/retention";
  }

  /** A legal hold from the person's page: back there, the form open, when something is wrong. */
  @PostMapping("/persons/{reference}/legal-holds")
  String placeHold(
      @PathVariable PersonReference reference,
      @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    String page = "/persons/" + reference.value();
    return errors.submitFrom(
        form,
        redirect,
        page + "#legal-hold",
        Map.of("reason", "holdReason", "reference", "holdReason"),
        () -> {
          retention.placeHold(reference.value(), form.get("holdReason"), currentActor.require());
          redirect.addFlashAttribute("saved", "retention.holdPlaced");
          return "redirect:" + page + "#legal-hold";
        });
  }

  /** A request to erase from the person's page; a second person approves it on the schedule. */
  @PostMapping("/persons/{reference}/erasure-requests")
  String requestErasure(
      @PathVariable PersonReference reference,
      @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    return errors.submitFrom(
        form,
        redirect,
        "/persons/" + reference.value() + "#erasure",
        Map.of("reason", "erasureReason", "reference", "erasureReason"),
        () -> {
          retention.requestErasure(
              reference.value(), form.get("erasureReason"), currentActor.require());
          redirect.addFlashAttribute("saved", "retention.erasureRequested");
          return "redirect:/retention#erasure-requests";
        });
  }

  /** The page that asks why a hold is lifted, and says what will happen. */
  @GetMapping("/legal-holds/{id}/lift")
  String liftPage(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("hold", retention.findHold(id, actor));
    model.addAttribute("mayOpenPersons", People.mayRead(actor));
    model.addAttribute("names", users.displayNames());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "persons/lift-hold";
  }

  @PostMapping("/legal-holds/{id}/lift")
  String liftHold(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "retention.holdLifted");
    return errors.submit(
        model,
        redirect,
        form,
        () -> retention.liftHold(id, form.get("liftReason"), currentActor.require()),
        () -> liftPage(id, model),
        "/retention#legal-holds");
  }

  @PostMapping("/erasure-requests/{id}/approval")
  String approve(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    if (!Confirmations.confirmed(form)) {
      ErasureRequest request = retention.findRequest(id, actor);
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              message("retention.approveTitle", request.reference()),
              List.of(
                  message(
                      "retention.approveWho",
                      users.displayNames().getOrDefault(request.requestedBy(), "?"),
                      request.reason()),
                  message("retention.approveWhat"),
                  message("retention.approveKept"),
                  message("retention.approveFinal")),
              "/erasure-requests/" + id + "/approval",
              form,
              message("retention.approve"),
              "/retention#erasure-requests"));
    }
    redirect.addFlashAttribute("saved", "retention.erased");
    return errors.submit(
        model,
        redirect,
        form,
        () -> retention.approveErasure(id, actor),
        () -> overview(model),
        "/retention#erasure-requests");
  }

  @PostMapping("/erasure-requests/{id}/refusal")
  String refuse(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "retention.refused");
    return errors.submit(
        model,
        redirect,
        form,
        () -> retention.refuseErasureRequest(id, currentActor.require()),
        () -> overview(model),
        "/retention#erasure-requests");
  }

  @PostMapping("/retention/run")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  String run(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    if (!Confirmations.confirmed(form)) {
      long persons = retention.overview(actor).personsDueNow();
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              message("retention.runTitle"),
              List.of(
                  message("retention.runWhat", persons),
                  message("retention.approveKept"),
                  message("retention.approveFinal")),
              "/retention/run",
              form,
              message("retention.run"),
              "/retention"));
    }
    return errors.once(
        form,
        redirect,
        () -> {
          ErasureRun run = retention.runNow(actor);
          redirect.addFlashAttribute(
              "saved", run.failure() == null ? "retention.ran" : "retention.ranWithFailure");
          return "redirect:/retention#runs";
        });
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
