package org.haven.web.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.Organisations;
import org.haven.funding.ActionPlanYear;
import org.haven.funding.CourseDetails;
import org.haven.funding.Funding;
import org.haven.funding.FundingPolicy;
import org.haven.funding.Initiative;
import org.haven.funding.Sector;
import org.haven.funding.SessionDetails;
import org.haven.funding.Training;
import org.haven.funding.TrainingCourse;
import org.haven.funding.TrainingSession;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training register on pages: the courses with how many were trained this year in each sector,
 * a course with its sessions, and the centre's forms for a new course and a held session.
 */
@Controller
class TrainingController {

  static final String MANAGERS = "hasAnyRole('CENTRE_CASEWORKER', 'CENTRE_ANALYST')";

  private final Training training;
  private final Funding funding;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;

  TrainingController(
      Training training,
      Funding funding,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages) {
    this.messages = messages;
    this.training = training;
    this.funding = funding;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  @GetMapping("/funding/training")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  String register(@RequestParam(required = false) Integer year, Model model, Locale locale) {
    int thisYear = funding.today().getYear();
    int shown = year == null || year < 2000 || year > thisYear ? thisYear : year;
    ActionPlanYear.TrainingYear counted = training.year(shown);
    model.addAttribute("year", shown);
    model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2, thisYear - 3));
    model.addAttribute("bySector", counted.bySector());
    model.addAttribute("total", counted.total());
    model.addAttribute("sessions", counted.sessions());
    List<TrainingCourse> courses = training.courses();
    Map<UUID, String> sectorsOf = new LinkedHashMap<>();
    for (TrainingCourse course : courses) {
      List<String> names = new ArrayList<>();
      for (Sector sector : course.sectors()) {
        names.add(messages.getMessage("training.sector." + sector.name(), null, locale));
      }
      sectorsOf.put(course.id(), String.join(", ", names));
    }
    model.addAttribute("courses", courses);
    model.addAttribute("sectorsOf", sectorsOf);
    model.addAttribute("mayManage", FundingPolicy.mayManage(currentActor.require()));
    return "funding/training";
  }

  @GetMapping("/funding/training/new")
  @PreAuthorize(MANAGERS)
  String newCourse(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new LinkedHashMap<String, String>());
    }
    if (!model.containsAttribute("chosenSectors")) {
      model.addAttribute("chosenSectors", List.of());
    }
    model.addAttribute("sectors", Sector.values());
    model.addAttribute("initiatives", initiativePicks());
    return "funding/new-course";
  }

  @PostMapping("/funding/training")
  @PreAuthorize(MANAGERS)
  String createCourse(
      @RequestParam Map<String, String> form,
      @RequestParam MultiValueMap<String, String> all,
      Model model,
      RedirectAttributes redirect) {
    List<String> chosen = all.getOrDefault("sectors", List.of());
    model.addAttribute("chosenSectors", chosen);
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> {
          List<Sector> sectors = new ArrayList<>();
          for (String sector : chosen) {
            Sector parsed = checks.check(() -> Fields.enumValue(Sector.class, "sectors", sector));
            if (parsed != null) {
              sectors.add(parsed);
            }
          }
          TrainingCourse course =
              training.createCourse(
                  new CourseDetails(
                      form.get("title"),
                      form.get("description"),
                      sectors,
                      checks.check(() -> Fields.optionalUuid("initiative", form.get("initiative"))),
                      form.get("materials")),
                  currentActor.require());
          redirect.addAttribute("course", course.id());
          return course;
        },
        () -> newCourse(model),
        "/funding/training/{course}");
  }

  /** A held session as the course page lists it, every part already in the reader's words. */
  record SessionLine(
      LocalDate heldOn, LocalDate endsOn, String place, int total, String bySector, String who) {}

  @GetMapping("/funding/training/{id}")
  @PreAuthorize("hasAuthority('SIGNED_IN')")
  String course(@PathVariable UUID id, Model model, Locale locale) {
    TrainingCourse course = training.course(id);
    Map<UUID, String> names = organisations.names();
    List<SessionLine> lines = new ArrayList<>();
    for (TrainingSession session : course.sessions()) {
      List<String> sectors = new ArrayList<>();
      session
          .participants()
          .forEach(
              (sector, n) ->
                  sectors.add(
                      messages.getMessage("training.sector." + sector.name(), null, locale)
                          + " "
                          + n));
      List<String> who = new ArrayList<>();
      for (UUID organisation : session.organisations()) {
        who.add(names.getOrDefault(organisation, ""));
      }
      lines.add(
          new SessionLine(
              session.heldOn(),
              session.endsOn(),
              session.place(),
              session.total(),
              String.join(", ", sectors),
              String.join(", ", who)));
    }
    List<String> sectorNames = new ArrayList<>();
    for (Sector sector : course.sectors()) {
      sectorNames.add(messages.getMessage("training.sector." + sector.name(), null, locale));
    }
    model.addAttribute("course", course);
    model.addAttribute("sessionLines", lines);
    model.addAttribute("sectorNames", String.join(", ", sectorNames));
    model.addAttribute("initiativeName", initiativeName(course.initiative()));
    model.addAttribute("organisationNames", organisations.names());
    model.addAttribute("mayManage", FundingPolicy.mayManage(currentActor.require()));
    model.addAttribute("sectors", Sector.values());
    model.addAttribute("organisations", organisationPicks());
    model.addAttribute("today", funding.today());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new LinkedHashMap<String, String>());
    }
    if (!model.containsAttribute("chosenOrganisations")) {
      model.addAttribute("chosenOrganisations", List.of());
    }
    return "funding/course";
  }

  @PostMapping("/funding/training/{id}/sessions")
  @PreAuthorize(MANAGERS)
  String addSession(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      @RequestParam MultiValueMap<String, String> all,
      Model model,
      RedirectAttributes redirect) {
    List<String> chosen = all.getOrDefault("organisations", List.of());
    model.addAttribute("chosenOrganisations", chosen);
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> {
          Map<Sector, Integer> participants = new EnumMap<>(Sector.class);
          for (Sector sector : Sector.values()) {
            Integer count =
                checks.check(
                    () ->
                        Fields.optionalNumber(
                            "participants", form.get("participants-" + sector.name())));
            if (count != null) {
              participants.put(sector, count);
            }
          }
          List<UUID> organisationIds = new ArrayList<>();
          for (String organisation : chosen) {
            UUID parsed = checks.check(() -> Fields.optionalUuid("organisations", organisation));
            if (parsed != null) {
              organisationIds.add(parsed);
            }
          }
          return training.addSession(
              id,
              new SessionDetails(
                  checks.check(() -> Fields.date("heldOn", form.get("heldOn"))),
                  checks.check(() -> Fields.date("endsOn", form.get("endsOn"))),
                  form.get("place"),
                  organisationIds,
                  participants),
              currentActor.require());
        },
        () -> course(id, model, LocaleContextHolder.getLocale()),
        "/funding/training/" + id);
  }

  private String initiativeName(UUID initiative) {
    if (initiative == null) {
      return null;
    }
    return funding.initiatives(null).stream()
        .filter(i -> i.id().equals(initiative))
        .map(Initiative::name)
        .findFirst()
        .orElse(null);
  }

  private List<Pick> initiativePicks() {
    return funding.initiatives(null).stream()
        .map(i -> new Pick(i.id().toString(), i.name()))
        .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
        .toList();
  }

  private List<Pick> organisationPicks() {
    return organisations.names().entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(e -> new Pick(e.getKey().toString(), e.getValue()))
        .toList();
  }
}
