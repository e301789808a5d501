package org.haven.web.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.exchange.ExportRelease;
import org.haven.exchange.ExportReleases;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Person-level exports with four eyes: a caseworker asks for the HTCDS rows with a purpose, another
 * person approves (on a page that says what will be released), the requester downloads the file
 * once within 24 hours.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'ADMINISTRATOR')")
class ExportsController {

  private final ExportReleases releases;
  private final Users users;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;
  private final Dates dates;
  private final Clock clock;

  ExportsController(
      ExportReleases releases,
      Users users,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      Dates dates,
      Clock clock) {
    this.releases = releases;
    this.users = users;
    this.currentActor = currentActor;
    this.errors = errors;
    this.messages = messages;
    this.dates = dates;
    this.clock = clock;
  }

  /** A release as the page shows it. */
  public record Line(
      UUID id,
      String year,
      String purpose,
      String requestedBy,
      String requestedAt,
      String expiresAt,
      ExportRelease.ReleaseState status,
      boolean mine) {}

  @GetMapping("/exports")
  String list(@RequestParam(required = false) String year, Model model) {
    Actor actor = currentActor.require();
    Map<UUID, String> names = users.displayNames();
    List<Line> lines =
        releases.visibleTo(actor).stream()
            .map(
                r ->
                    new Line(
                        r.id(),
                        r.year() == null ? message("exports.allYears") : r.year().toString(),
                        r.purpose(),
                        names.getOrDefault(r.requestedBy(), "?"),
                        dates.dateTime(r.requestedAt()),
                        r.expiresAt() == null ? null : dates.dateTime(r.expiresAt()),
                        r.status(clock.instant()),
                        r.requestedBy().equals(actor.user().value())))
            .toList();
    model.addAttribute("mine", lines.stream().filter(Line::mine).toList());
    model.addAttribute("toApprove", lines.stream().filter(l -> !l.mine()).toList());
    model.addAttribute("mayRequest", actor.has(Role.CENTRE_CASEWORKER));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", year == null ? Map.of() : Map.of("year", year));
    }
    return "exports/requests";
  }

  @PostMapping("/exports")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  String request(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", "exports.requested");
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            releases.request(
                Fields.optionalNumber("year", form.get("year")),
                form.get("purpose"),
                currentActor.require()),
        () -> list(null, model),
        "/exports");
  }

  @PostMapping("/exports/{id}/approval")
  String approve(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    if (!Confirmations.confirmed(form)) {
      ExportRelease release = releases.find(id, currentActor.require());
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              message("exports.approveTitle"),
              List.of(
                  message(
                      "exports.approveWhat",
                      users.displayNames().getOrDefault(release.requestedBy(), "?"),
                      release.year() == null
                          ? message("exports.allYears")
                          : String.valueOf(release.year())),
                  message("exports.approvePurpose", release.purpose()),
                  message("exports.approveOnce")),
              "/exports/" + id + "/approval",
              form,
              message("exports.approve"),
              "/exports"));
    }
    redirect.addFlashAttribute("saved", "exports.approved");
    return errors.submit(
        model,
        redirect,
        form,
        () -> releases.approve(id, currentActor.require()),
        () -> list(null, model),
        "/exports");
  }

  @PostMapping("/exports/{id}/download")
  @PreAuthorize("hasRole('CENTRE_CASEWORKER')")
  Object download(@PathVariable UUID id, RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    ExportRelease release = releases.find(id, actor);
    try {
      String rows = releases.download(id, actor);
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename("htcds" + (release.year() == null ? "" : "-" + release.year()) + ".csv")
                  .build()
                  .toString())
          .body(rows.getBytes(StandardCharsets.UTF_8));
    } catch (ExportReleases.NotReleased refused) {
      redirect.addFlashAttribute("refused", "exports.status." + refused.status().name());
      return "redirect:/exports";
    }
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
