package org.haven.web.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.NotFound;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.haven.access.Users;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseNote;
import org.haven.casework.CasePart;
import org.haven.casework.CaseStatus;
import org.haven.casework.ClosureReason;
import org.haven.casework.Sensitivity;
import org.haven.casework.ShareBasis;
import org.haven.casework.ShareRequest;
import org.haven.casework.Support;
import org.haven.casework.SupportType;
import org.haven.casework.TaskStatus;
import org.haven.casework.TimelineEntry;
import org.haven.crossborder.Direction;
import org.haven.crossborder.Transfer;
import org.haven.crossborder.TransferStatus;
import org.haven.crossborder.Transfers;
import org.haven.investigation.Investigations;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonReference;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.investigation.InvestigationsController;
import org.haven.web.layout.PageReads;
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
 * Case pages: the list, and one case with its summary, timeline, tasks, notes and sharing. The page
 * says who can see the case. Organisations a case is shared with see only the shared parts.
 */
@Controller
@PreAuthorize(CasesController.READERS)
class CasesController {

  static final String READERS =
      "hasAnyRole('CENTRE_CASEWORKER', 'SHELTER_STAFF', 'POLICE_KEY_PERSON', 'MUNICIPAL_CASEWORKER',"
          + " 'NGO_WORKER', 'IMMIGRATION_OFFICER')";
  static final String CENTRE = "hasRole('CENTRE_CASEWORKER')";
  static final int PAGE_SIZE = 25;
  static final int TIMELINE_PAGE = 30;

  private final CaseFiles cases;
  private final Support support;
  private final Repatriations repatriations;
  private final Users users;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final MessageSource messages;

  private final People people;
  private final Investigations investigations;

  private final Transfers transfers;
  private final PageReads pageReads;

  CasesController(
      CaseFiles cases,
      Support support,
      Repatriations repatriations,
      Users users,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      MessageSource messages,
      People people,
      Investigations investigations,
      Transfers transfers,
      PageReads pageReads) {
    this.transfers = transfers;
    this.pageReads = pageReads;
    this.people = people;
    this.investigations = investigations;
    this.cases = cases;
    this.support = support;
    this.repatriations = repatriations;
    this.users = users;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
    this.messages = messages;
  }

  /** A timeline entry as a sentence, with when and by whom. */
  public record Line(String when, String text, String by) {}

  /** A task, ready to show. */
  public record TaskLine(
      UUID id, String text, String due, String assignee, boolean open, boolean mayComplete) {}

  /** A list row. */
  public record Row(
      UUID id,
      String reference,
      CaseStatus status,
      String opened,
      String contact,
      String periodEnds,
      boolean minor) {}

  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Actor actor = currentActor.require();
    CaseFiles.Page found = cases.list(status, mine, page, PAGE_SIZE, actor);
    Map<UUID, String> names = names();
    model.addAttribute(
        "rows",
        found.items().stream()
            .map(
                c ->
                    new Row(
                        c.id().value(),
                        c.personReference(),
                        c.status(),
                        dates.date(c.openedAt()),
                        c.contactPerson() == null ? null : names.get(c.contactPerson()),
                        c.periodEndsOn() == null ? null : dates.date(c.periodEndsOn()),
                        c.minor()))
            .toList());
    model.addAttribute("total", found.total());
    model.addAttribute("page", found.page());
    model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("status", status);
    model.addAttribute("mine", mine);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("centre", actor.has(Role.CENTRE_CASEWORKER));
    return "cases/list";
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
    // the page's audited reads (case, timeline, person, criminal case) reach the chain at once
    return pageReads.together(() -> casePage(id, page, model));
  }

  private String casePage(UUID id, int page, Model model) {
    Actor actor = currentActor.require();
    CaseFiles.Folder folder = cases.open(new CaseId(id), actor);
    Map<UUID, String> names = names();
    Map<UUID, String> organisationNames = organisations.names();
    model.addAttribute("folder", folder);
    model.addAttribute("file", folder.file());
    model.addAttribute(
        "criminalCase",
        folder.access().full()
            ? investigations
                .onCase(new CaseId(id), actor)
                .map(i -> InvestigationsController.stage(i, dates, messages, locale()))
                .orElse(null)
            : null);
    model.addAttribute("personName", personName(folder.file().personReference(), actor));
    model.addAttribute(
        "mergedCases", folder.access().full() ? cases.mergedInto(folder.file().id()) : List.of());
    model.addAttribute("names", names);
    model.addAttribute("organisationNames", organisationNames);
    if (folder.access().may(CasePart.TIMELINE)) {
      List<TimelineEntry> entries = cases.timeline(new CaseId(id), page, TIMELINE_PAGE + 1, actor);
      model.addAttribute("hasOlder", entries.size() > TIMELINE_PAGE);
      model.addAttribute(
          "timeline", entries.stream().limit(TIMELINE_PAGE).map(e -> line(e, names)).toList());
      model.addAttribute("page", Math.max(0, page));
    }
    model.addAttribute(
        "activeShares",
        folder.shares().stream()
            .filter(s -> s.active())
            .map(
                s ->
                    messages.getMessage(
                        "case.sharedWith",
                        new Object[] {
                          organisationNames.getOrDefault(s.organisation(), "?"),
                          s.basis() == ShareBasis.CONSENT
                              ? messages.getMessage("basis.CONSENT", null, locale())
                                  + " "
                                  + dates.date(s.consentGivenOn())
                              : s.basisDetail()
                        },
                        locale()))
            .toList());
    model.addAttribute(
        "sharedParts",
        folder.access().parts().stream()
            .map(p -> messages.getMessage("casePart." + p, null, locale()))
            .collect(Collectors.joining(", ")));
    model.addAttribute(
        "colleagues",
        actor.has(Role.CENTRE_CASEWORKER)
            ? users.withRole(actor.organisation(), Role.CENTRE_CASEWORKER)
            : List.of());
    model.addAttribute(
        "shareTargets",
        organisationNames.entrySet().stream()
            .filter(o -> !o.getKey().equals(actor.organisation().value()))
            .map(o -> new Users.Named(o.getKey(), o.getValue()))
            .toList());
    model.addAttribute(
        "taskLines",
        folder.tasks().stream()
            .map(
                t ->
                    new TaskLine(
                        t.id(),
                        "MANUAL".equals(t.kind())
                            ? t.title()
                            : messages.getMessage(
                                "task." + t.kind(),
                                t.args().stream().map(this::readable).toArray(),
                                t.kind(),
                                locale()),
                        t.dueOn() == null ? null : dates.date(t.dueOn()),
                        t.assignee() == null ? null : names.get(t.assignee()),
                        t.status() == TaskStatus.OPEN,
                        t.status() == TaskStatus.OPEN
                            && folder.file().status().open()
                            && (folder.access().full()
                                || actor.user().value().equals(t.assignee()))))
            .toList());
    if (folder.access().may(CasePart.TASKS)) {
      model.addAttribute("plans", support.plans(new CaseId(id)));
      model.addAttribute("services", support.services(new CaseId(id)));
    }
    model.addAttribute(
        "repatriations",
        folder.access().full()
            ? repatriations.of(folder.file().person(), actor).stream().map(r -> r.value()).toList()
            : List.of());
    List<Transfer> abroad =
        folder.access().full() && Transfers.maySend(actor)
            ? transfers.forCase(new CaseId(id), actor)
            : List.of();
    model.addAttribute("abroad", abroad);
    model.addAttribute("maySendAbroad", folder.access().full() && Transfers.maySend(actor));
    model.addAttribute(
        "abroadOnConsent",
        abroad.stream()
            .anyMatch(
                t ->
                    t.direction() == Direction.OUTGOING
                        && t.basis().restsOnConsent()
                        && t.consentWithdrawnAt() == null
                        && t.status() != TransferStatus.FAILED));
    model.addAttribute("supportTypes", SupportType.values());
    model.addAttribute("programmes", Programme.values());
    model.addAttribute("parts", EnumSet.complementOf(EnumSet.of(CasePart.SUMMARY)));
    model.addAttribute("sensitivities", Sensitivity.values());
    model.addAttribute("reasons", ClosureReason.values());
    model.addAttribute("today", LocalDate.now(dates.zone()).toString());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "cases/show";
  }

  @PostMapping("/cases/{id}/tasks")
  @PreAuthorize(CENTRE)
  String addTask(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            cases.addTask(
                new CaseId(id),
                form.get("title"),
                date("dueOn", form.get("dueOn")),
                uuid(form.get("assignee")),
                currentActor.require()));
  }

  @GetMapping("/cases/{id}/notes/{noteId}")
  String note(@PathVariable UUID id, @PathVariable UUID noteId, Model model) {
    Actor actor = currentActor.require();
    CaseNote note = cases.note(new CaseId(id), noteId, actor);
    model.addAttribute("backHref", "/cases/" + id);
    model.addAttribute(
        "sensitiveTitle", messages.getMessage("sensitivity." + note.sensitivity(), null, locale()));
    model.addAttribute("when", dates.dateTime(note.createdAt()));
    model.addAttribute("text", note.text());
    return "sensitive";
  }

  @PostMapping("/cases/{id}/support-plans")
  @PreAuthorize(CENTRE)
  String addPlan(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            support.plan(
                new CaseId(id),
                Fields.enumValue(SupportType.class, "planType", form.get("planType")),
                form.get("objectives"),
                date("startsOn", form.get("startsOn")),
                date("plannedEnd", form.get("plannedEnd")),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/services")
  String addService(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            support.record(
                new CaseId(id),
                uuid(form.get("plan")),
                Fields.enumValue(SupportType.class, "serviceType", form.get("serviceType")),
                date("deliveredOn", form.get("deliveredOn")),
                null,
                form.get("serviceNote"),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/tasks/{taskId}/done")
  String done(
      @PathVariable UUID id, @PathVariable UUID taskId, Model model, RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        Map.of(),
        () -> cases.completeTask(new CaseId(id), taskId, currentActor.require()));
  }

  @PostMapping("/cases/{id}/notes")
  String addNote(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            cases.addNote(
                new CaseId(id),
                Fields.enumValue(Sensitivity.class, "sensitivity", form.get("sensitivity")),
                form.get("text"),
                currentActor.require()));
  }

  @PostMapping("/cases/{id}/shares")
  @PreAuthorize(CENTRE)
  String share(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "parts", required = false) List<CasePart> parts,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () -> {
          Set<CasePart> chosen = parts == null ? Set.of() : Set.copyOf(parts);
          return cases.share(
              new CaseId(id),
              new ShareRequest(
                  uuid(form.get("organisation")),
                  chosen,
                  Fields.enumValue(ShareBasis.class, "basis", form.get("basis")),
                  date("consentGivenOn", form.get("consentGivenOn")),
                  form.get("basisDetail")),
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
              text("case.revokeConfirm", organisation),
              List.of(text("case.revokeConsequence", organisation)),
              "/cases/" + id + "/shares/" + shareId + "/revoke",
              form,
              text("case.revoke"),
              "/cases/" + id));
    }
    return attempt(
        id,
        model,
        redirect,
        form,
        () -> cases.revokeShare(new CaseId(id), shareId, null, currentActor.require()));
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
          cases.endedByConsentWithdrawal(new CaseId(id), actor).stream()
              .map(s -> names.getOrDefault(s.organisation(), "?"))
              .sorted()
              .toList();
      List<String> consequences = new ArrayList<>();
      consequences.add(
          ending.isEmpty()
              ? text("case.withdrawNoShares")
              : text("case.withdrawEnds", ending.size(), String.join(", ", ending)));
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
        consequences.add(text("case.withdrawTellsAbroad", String.join(", ", abroad)));
      }
      consequences.add(text("case.withdrawLegalStays"));
      consequences.add(text("case.withdrawNewConsent"));
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              text("case.withdrawConfirm"),
              consequences,
              "/cases/" + id + "/consent-withdrawal",
              form,
              text("case.withdrawConsent"),
              "/cases/" + id));
    }
    return attempt(
        id,
        model,
        redirect,
        form,
        () -> cases.withdrawConsent(new CaseId(id), currentActor.require()));
  }

  @PostMapping("/cases/{id}/contact-person")
  @PreAuthorize(CENTRE)
  String contactPerson(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            cases.assignContactPerson(
                new CaseId(id), version, uuid(form.get("contactPerson")), currentActor.require()));
  }

  @PostMapping("/cases/{id}/close")
  @PreAuthorize(CENTRE)
  String close(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    String status = form.getOrDefault("status", "");
    boolean closing = !status.equals(CaseStatus.FOLLOW_UP.name());
    if (closing && !Confirmations.confirmed(form)) {
      int tasks = cases.tasksSetAsideByClosing(new CaseId(id), currentActor.require());
      List<String> consequences = new ArrayList<>();
      consequences.add(text("case.closeEndsWork"));
      if (tasks > 0) {
        consequences.add(text("case.closeSetsAsideTasks", tasks));
      }
      consequences.add(text("case.closeReopens"));
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              text("case.closeConfirm"),
              consequences,
              "/cases/" + id + "/close",
              form,
              text("case.closeButton"),
              "/cases/" + id));
    }
    return attempt(
        id,
        model,
        redirect,
        form,
        () ->
            cases.changeStatus(
                new CaseId(id),
                version,
                Fields.enumValue(CaseStatus.class, "status", status),
                Fields.enumValue(ClosureReason.class, "reason", form.get("reason")),
                form.get("note"),
                currentActor.require()));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale());
  }

  private String attempt(
      UUID id,
      Model model,
      RedirectAttributes redirect,
      Map<String, String> form,
      Supplier<Object> change) {
    return errors.submit(model, redirect, form, change, () -> show(id, 0, model), "/cases/" + id);
  }

  private Line line(TimelineEntry entry, Map<UUID, String> names) {
    List<Object> args = new ArrayList<>();
    for (String arg : entry.args()) {
      args.add(readable(arg));
    }
    String text =
        messages.getMessage("timeline." + entry.kind(), args.toArray(), entry.kind(), locale());
    return new Line(
        dates.dateTime(entry.occurredAt()),
        text,
        entry.actor() == null ? null : names.getOrDefault(entry.actor(), null));
  }

  /** A fact from a timeline entry in words: dates per locale, codes by their label. */
  private String readable(String arg) {
    if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return dates.date(LocalDate.parse(arg));
    }
    if (arg.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      try {
        return dates.dateTime(Instant.parse(arg));
      } catch (DateTimeParseException e) {
        return arg;
      }
    }
    if (arg.matches("[A-Z][A-Z_]+")) {
      for (String group :
          List.of(
              "outcome.",
              "authority.",
              "periodType.",
              "ground.",
              "periodEnd.",
              "conductor.",
              "basis.",
              "sensitivity.",
              "caseStatus.",
              "closure.",
              "placementEnd.",
              "supportType.",
              "programme.",
              "reintegrationOutcome.")) {
        String label = messages.getMessage(group + arg, null, null, locale());
        if (label != null) {
          return label;
        }
      }
    }
    return arg;
  }

  private Map<UUID, String> names() {
    return users.displayNames();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static LocalDate date(String field, String value) {
    return Fields.date(field, value);
  }

  private static UUID uuid(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static UserId user(UUID id) {
    return new UserId(id);
  }

  /** The person's name beside the reference, for the centre (an audited read of the person). */
  private String personName(String reference, Actor actor) {
    if (!People.mayRead(actor) || !PersonReference.isValid(reference)) {
      return null;
    }
    return people
        .find(PersonReference.parse(reference), actor)
        .map(Person::displayName)
        .orElse(null);
  }
}
