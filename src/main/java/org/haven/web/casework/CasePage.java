package org.haven.web.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.casework.CaseFile;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CasePart;
import org.haven.casework.ClosureReason;
import org.haven.casework.Sensitivity;
import org.haven.casework.ShareBasis;
import org.haven.casework.SupportType;
import org.haven.casework.TaskStatus;
import org.haven.casework.TimelineEntry;
import org.haven.casework.TimelineFact;
import org.haven.crossborder.Direction;
import org.haven.crossborder.Transfer;
import org.haven.crossborder.TransferStatus;
import org.haven.crossborder.Transfers;
import org.haven.investigation.Investigation;
import org.haven.investigation.Investigations;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.reads.RoundTrip;
import org.haven.repatriation.Programme;
import org.haven.repatriation.RepatriationId;
import org.haven.repatriation.Repatriations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.OptionsHtml;
import org.haven.web.forms.OptionsHtml.Option;
import org.haven.web.investigation.InvestigationsController;
import org.haven.web.layout.PageReads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page as every case door renders it — summary, timeline, tasks, notes, sharing, support,
 * return and transfers, each only as far as the reader's access goes — and the way the doors submit
 * a change to it: on a refusal the page again, with what was typed and the error beside its field.
 */
@Component
class CasePage {

  static final int TIMELINE_PAGE = 30;

  private final CaseFiles cases;
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

  CasePage(
      CaseFiles cases,
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
    this.cases = cases;
    this.repatriations = repatriations;
    this.users = users;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
    this.messages = messages;
    this.people = people;
    this.investigations = investigations;
    this.transfers = transfers;
    this.pageReads = pageReads;
  }

  /** A timeline entry as a sentence, with when and by whom. */
  public record Line(String when, String text, String by) {}

  /** A task, ready to show. */
  public record TaskLine(
      UUID id, String text, String due, String assignee, boolean open, boolean mayComplete) {}

  /**
   * The case page; its audited reads (case, timeline, person, criminal case) reach the chain at
   * once.
   */
  String show(UUID id, int page, Model model) {
    return pageReads.together(() -> casePage(id, page, model));
  }

  private String casePage(UUID id, int page, Model model) {
    Actor actor = currentActor.require();
    // the case decides what this reader may see; all of it is then read in one round trip
    RoundTrip reads = new RoundTrip();
    CaseFiles.Opening opening =
        cases.openWithTimeline(new CaseId(id), page, TIMELINE_PAGE + 1, actor, reads);
    boolean full = opening.access().full();
    CaseFile file = opening.file();
    Supplier<Optional<Investigation>> investigation =
        full ? investigations.onCase(file.id(), actor, reads) : Optional::empty;
    Supplier<Optional<String>> personName = personName(file.personReference(), actor, reads);
    Supplier<List<RepatriationId>> repatriationIds =
        full ? repatriations.of(file.person(), actor, reads) : List::of;
    Supplier<List<Transfer>> transfersAbroad =
        full && Transfers.maySend(actor) ? transfers.forCase(file, actor, reads) : List::of;
    pageReads.run(reads);
    CaseFiles.Opened opened = opening.opened().get();
    CaseFiles.Folder folder = opened.folder();
    Map<UUID, String> names = names();
    Map<UUID, String> organisationNames = organisations.names();
    model.addAttribute("folder", folder);
    model.addAttribute("file", folder.file());
    model.addAttribute(
        "criminalCase",
        investigation
            .get()
            .map(i -> InvestigationsController.stage(i, dates, messages, locale()))
            .orElse(null));
    model.addAttribute("personName", personName.get().orElse(null));
    model.addAttribute("mergedCases", opened.kept());
    model.addAttribute("names", names);
    model.addAttribute("organisationNames", organisationNames);
    if (folder.access().may(CasePart.TIMELINE)) {
      List<TimelineEntry> entries = opened.timeline();
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
    UUID contact = folder.file().contactPerson();
    model.addAttribute(
        "colleagueOptions",
        OptionsHtml.of(
            (actor.has(Role.CENTRE_CASEWORKER)
                    ? users.withRole(actor.organisation(), Role.CENTRE_CASEWORKER)
                    : List.<Users.Named>of())
                .stream()
                    .map(
                        u -> new Option(u.id().toString(), u.displayName(), u.id().equals(contact)))
                    .toList()));
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
                                t.args().stream()
                                    .map(TimelineFact::of)
                                    .map(this::readable)
                                    .toArray(),
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
      model.addAttribute("plans", opened.plans());
      model.addAttribute("services", opened.services());
    }
    model.addAttribute(
        "repatriations", repatriationIds.get().stream().map(r -> r.value()).toList());
    List<Transfer> abroad = transfersAbroad.get();
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
    model.addAttribute("parts", EnumSet.complementOf(EnumSet.of(CasePart.SUMMARY)));
    model.addAttribute("today", LocalDate.now(dates.zone()).toString());
    // the selects' options written at once: as template loops they cost more than the page's data
    Locale locale = locale();
    model.addAttribute(
        "planTypeOptions",
        OptionsHtml.of(
            SupportType.values(),
            "supportType.",
            posted(model, "planForm", CaseForms.Plan.class, CaseForms.Plan::planType),
            messages,
            locale));
    model.addAttribute(
        "serviceTypeOptions",
        OptionsHtml.of(
            SupportType.values(),
            "supportType.",
            posted(model, "serviceForm", CaseForms.Service.class, CaseForms.Service::serviceType),
            messages,
            locale));
    model.addAttribute(
        "programmeOptions",
        OptionsHtml.of(Programme.values(), "programme.", null, messages, locale));
    model.addAttribute(
        "sensitivityOptions",
        OptionsHtml.of(
            Sensitivity.values(),
            "sensitivity.",
            posted(model, "noteForm", CaseForms.Note.class, CaseForms.Note::sensitivity),
            messages,
            locale));
    String target =
        posted(model, "shareForm", CaseForms.Share.class, CaseForms.Share::organisation);
    model.addAttribute(
        "shareTargetOptions",
        OptionsHtml.of(
            organisationNames.entrySet().stream()
                .filter(o -> !o.getKey().equals(actor.organisation().value()))
                .map(
                    o ->
                        new Option(
                            o.getKey().toString(),
                            o.getValue(),
                            o.getKey().toString().equals(target)))
                .toList()));
    model.addAttribute(
        "reasonOptions",
        OptionsHtml.of(
            ClosureReason.values(),
            "closure.",
            posted(model, "closingForm", CaseForms.Closing.class, CaseForms.Closing::reason),
            messages,
            locale));
    model.addAttribute("errorLinks", ERROR_LINKS);
    return "cases/show";
  }

  /** Where the summary's links lead for errors whose field is called otherwise on the page. */
  private static final Map<String, String> ERROR_LINKS =
      Map.of(
          "reason", "#closeReason",
          "note", "#closeNote",
          "status", "#closeStatus",
          "basis", "#basis",
          "parts", "#parts",
          "contactPerson", "#contactPersonSelect");

  /** A field of a form that came back with an error, or null. */
  private static <R> String posted(
      Model model, String name, Class<R> type, Function<R, String> field) {
    Object form = model.getAttribute(name);
    return type.isInstance(form) ? field.apply(type.cast(form)) : null;
  }

  String attempt(
      UUID id,
      Model model,
      RedirectAttributes redirect,
      Map<String, String> form,
      Supplier<Object> change) {
    return errors.submit(model, redirect, form, change, () -> show(id, 0, model), "/cases/" + id);
  }

  /**
   * Carries out one of the page's forms bound as a record: every error of it at once, the page
   * again with the record under {@code name}, or on to the case.
   */
  String attempt(
      UUID id,
      Model model,
      RedirectAttributes redirect,
      String name,
      Record form,
      Function<InvalidInput.Gathered, ?> change) {
    return errors.submitAll(
        model, redirect, name, form, change, () -> show(id, 0, model), "/cases/" + id);
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale());
  }

  private Line line(TimelineEntry entry, Map<UUID, String> names) {
    Object[] args = entry.facts().stream().map(this::readable).toArray();
    String text = messages.getMessage("timeline." + entry.kind(), args, entry.kind(), locale());
    return new Line(
        dates.dateTime(entry.occurredAt()),
        text,
        entry.actor() == null ? null : names.getOrDefault(entry.actor(), null));
  }

  /** A fact of a sentence in words: days and moments per locale, codes by their label. */
  private String readable(TimelineFact fact) {
    if (fact instanceof TimelineFact.Day day) {
      return dates.date(day.value());
    }
    if (fact instanceof TimelineFact.Moment moment) {
      return dates.dateTime(moment.value());
    }
    if (fact instanceof TimelineFact.Code code) {
      return label(code.value());
    }
    return ((TimelineFact.Text) fact).value();
  }

  private String label(String code) {
    for (String group : CODE_GROUPS) {
      String label = messages.getMessage(group + code, null, null, locale());
      if (label != null) {
        return label;
      }
    }
    return code;
  }

  /** The message groups a timeline or task code may belong to, tried in order. */
  private static final List<String> CODE_GROUPS =
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
          "reintegrationOutcome.");

  private Map<UUID, String> names() {
    return users.displayNames();
  }

  static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  /** The person's name beside the reference, for the centre (an audited read of the person). */
  private Supplier<Optional<String>> personName(String reference, Actor actor, RoundTrip reads) {
    if (!People.mayRead(actor) || !PersonReference.isValid(reference)) {
      return Optional::empty;
    }
    return people.displayName(PersonReference.parse(reference), actor, reads);
  }
}
