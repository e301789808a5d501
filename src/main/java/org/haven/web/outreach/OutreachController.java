package org.haven.web.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisations;
import org.haven.intake.Exploitation;
import org.haven.intake.Indicators;
import org.haven.outreach.Activity;
import org.haven.outreach.ActivityClosed;
import org.haven.outreach.ActivityDetails;
import org.haven.outreach.ActivityType;
import org.haven.outreach.Contact;
import org.haven.outreach.ContactAge;
import org.haven.outreach.ContactDetails;
import org.haven.outreach.ContactService;
import org.haven.outreach.Outreach;
import org.haven.outreach.OutreachPolicy;
import org.haven.outreach.Sex;
import org.haven.outreach.Suspicion;
import org.haven.outreach.Venue;
import org.haven.outreach.VenueDetails;
import org.haven.outreach.VenueType;
import org.haven.web.forms.Confirmations;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.forms.Places;
import org.haven.web.layout.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outreach worker's pages, made for a phone: the NGO's numbers and activities, a new activity,
 * the activity with a contact added in three taps, signs of trafficking turned into a referral
 * draft, and the venues. The centre reads the numbers and activities of every NGO.
 */
@Controller
@PreAuthorize("hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER', 'CENTRE_ANALYST')")
class OutreachController {

  static final String COUNT_READERS =
      "hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER', 'CENTRE_ANALYST', 'MINISTRY_OFFICIAL')";

  private final Outreach outreach;
  private final Indicators indicators;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final Words words;

  OutreachController(
      Outreach outreach,
      Indicators indicators,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      Words words) {
    this.outreach = outreach;
    this.indicators = indicators;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
    this.words = words;
  }

  @GetMapping("/outreach")
  @PreAuthorize(COUNT_READERS)
  String overview(@RequestParam(required = false) UUID organisation, Model model) {
    Actor actor = currentActor.require();
    LocalDate today = LocalDate.now(dates.zone());
    boolean countsOnly = OutreachPolicy.mayReadCountsOnly(actor);
    UUID scope = OutreachPolicy.mayReadAll(actor) || countsOnly ? organisation : null;
    model.addAttribute("month", outreach.summary(today.withDayOfMonth(1), today, scope, actor));
    model.addAttribute("year", outreach.summary(today.withDayOfYear(1), today, scope, actor));
    model.addAttribute(
        "activities",
        countsOnly ? List.of() : outreach.list(today.minusDays(90), today, scope, actor));
    model.addAttribute("countsOnly", countsOnly);
    model.addAttribute(
        "byOrganisation",
        (OutreachPolicy.mayReadAll(actor) || countsOnly) && scope == null
            ? outreach.byOrganisation(today.withDayOfYear(1), today, actor)
            : Map.of());
    model.addAttribute("mayRecord", OutreachPolicy.mayRecord(actor));
    model.addAttribute("readsAll", OutreachPolicy.mayReadAll(actor) || countsOnly);
    model.addAttribute("organisationNames", organisations.names());
    model.addAttribute("selectedOrganisation", scope);
    model.addAttribute("activityTypes", ActivityType.values());
    model.addAttribute("serviceTypes", ContactService.values());
    return "outreach/overview";
  }

  @GetMapping("/outreach/activities/new")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String newActivity(Model model) {
    if (!model.containsAttribute("form")) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("durationMinutes", "120");
      model.addAttribute("form", form);
    }
    return activityForm(model);
  }

  @PostMapping("/outreach/activities")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String record(
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    List<String> languages = values.getOrDefault("languages", List.of());
    model.addAttribute("form", form);
    model.addAttribute("chosenLanguages", languages);
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                Activity activity =
                    outreach.record(
                        new ActivityDetails(
                            Fields.enumValue(ActivityType.class, "type", form.get("type")),
                            Fields.date("date", form.get("date")),
                            Fields.optionalNumber("durationMinutes", form.get("durationMinutes")),
                            form.get("municipality"),
                            form.get("area"),
                            Fields.optionalUuid("venue", form.get("venue")),
                            lines(form.get("teamMembers")),
                            languages,
                            "true".equals(form.get("interpreter")),
                            form.get("notes")),
                        currentActor.require());
                redirect.addFlashAttribute("saved", "outreach.activityRecorded");
                return "/outreach/activities/" + activity.id();
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return activityForm(model);
    }
  }

  @GetMapping("/outreach/activities/{id}")
  String activity(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Activity activity = outreach.find(id, actor);
    List<Contact> contacts = outreach.contacts(id, actor);
    model.addAttribute("activity", activity);
    model.addAttribute("contacts", contacts);
    model.addAttribute("mayAdd", OutreachPolicy.mayAddContact(activity, actor));
    model.addAttribute("organisationName", organisations.names().get(activity.organisation()));
    model.addAttribute("own", OutreachPolicy.mayChange(activity.organisation(), actor));
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", ContactAge.values());
    model.addAttribute("serviceTypes", ContactService.values());
    model.addAttribute("languageNames", languageNames(activity.languages()));
    model.addAttribute("countries", Places.countries(LocaleContextHolder.getLocale()));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    if (!model.containsAttribute("chosenServices")) {
      model.addAttribute("chosenServices", List.of());
    }
    return "outreach/activity";
  }

  @PostMapping("/outreach/activities/{id}/contacts")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String addContact(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                Contact contact =
                    outreach.addContact(
                        id,
                        new ContactDetails(
                            Fields.enumValue(Sex.class, "sex", form.get("sex")),
                            Fields.enumValue(ContactAge.class, "ageBand", form.get("ageBand")),
                            country(form.get("citizenship")),
                            form.get("region"),
                            !"false".equals(form.get("firstContact")),
                            values.getOrDefault("services", List.of()).stream()
                                .map(s -> Fields.enumValue(ContactService.class, "services", s))
                                .toList(),
                            form.get("code"),
                            Fields.optionalNumber("people", form.get("people"))),
                        currentActor.require());
                redirect.addFlashAttribute("saved", "outreach.contactAdded");
                if (contact.childProtection()) {
                  redirect.addFlashAttribute("childProtection", contact.id());
                }
                return "/outreach/activities/" + id + "#contacts";
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("form", form);
      model.addAttribute("chosenServices", values.getOrDefault("services", List.of()));
      return activity(id, model);
    } catch (ActivityClosed closed) {
      redirect.addFlashAttribute("saved", "outreach.activityClosedMeanwhile");
      return "redirect:/outreach/activities/" + id;
    }
  }

  @PostMapping("/outreach/activities/{id}/close")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String close(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    Activity activity = outreach.find(id, currentActor.require());
    if (!Confirmations.confirmed(form)) {
      return Confirmations.ask(
          model,
          new Confirmations.Confirmation(
              words.text("outreach.closeTitle"),
              List.of(words.text("outreach.closeConsequence", activity.contacts())),
              "/outreach/activities/" + id + "/close",
              Map.of(),
              words.text("outreach.close"),
              "/outreach/activities/" + id));
    }
    return "redirect:"
        + errors.once(
            form,
            redirect,
            () -> {
              outreach.close(id, currentActor.require());
              redirect.addFlashAttribute("saved", "outreach.closed");
              return "/outreach/activities/" + id;
            });
  }

  @GetMapping("/outreach/activities/{id}/contacts/{contactId}/referral")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String suspicion(@PathVariable UUID id, @PathVariable UUID contactId, Model model) {
    Actor actor = currentActor.require();
    Activity activity = outreach.find(id, actor);
    Contact contact = outreach.contact(id, contactId, actor);
    if (contact.referral() != null) {
      return "redirect:/referrals/" + contact.referral();
    }
    model.addAttribute("activity", activity);
    model.addAttribute("contact", contact);
    model.addAttribute("catalogue", indicators.catalogue(Words.language()));
    model.addAttribute("exploitations", Exploitation.values());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
      model.addAttribute("chosen", List.of());
      model.addAttribute("chosenExploitation", List.of());
    }
    return "outreach/suspicion";
  }

  @PostMapping("/outreach/activities/{id}/contacts/{contactId}/referral")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String refer(
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    List<String> chosen = values.getOrDefault("indicators", List.of());
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                UUID referral =
                    outreach.refer(
                        id,
                        contactId,
                        new Suspicion(
                            chosen,
                            values.getOrDefault("exploitation", List.of()).stream()
                                .map(e -> Fields.enumValue(Exploitation.class, "exploitation", e))
                                .toList(),
                            form.get("account"),
                            "true".equals(form.get("immediateDanger")),
                            "true".equals(form.get("consent"))),
                        currentActor.require());
                redirect.addFlashAttribute("saved", "outreach.referralDraftMade");
                return "/referrals/" + referral + "/step/1";
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("form", form);
      model.addAttribute("chosen", chosen);
      model.addAttribute("chosenExploitation", values.getOrDefault("exploitation", List.of()));
      return suspicion(id, contactId, model);
    }
  }

  @GetMapping("/outreach/venues")
  String venues(Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("venues", outreach.venues(actor));
    model.addAttribute("mayRecord", OutreachPolicy.mayRecord(actor));
    model.addAttribute("venueTypes", VenueType.values());
    model.addAttribute("organisationNames", organisations.names());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", VenueForm.EMPTY);
    }
    return "outreach/venues";
  }

  /** A venue as typed (ADR 0021). */
  public record VenueForm(
      String type, String name, String municipality, String area, String address, String notes) {
    static final VenueForm EMPTY = new VenueForm(null, null, null, null, null, null);
  }

  @PostMapping("/outreach/venues")
  @PreAuthorize("hasRole('NGO_WORKER')")
  String registerVenue(
      @ModelAttribute("form") VenueForm form, Model model, RedirectAttributes redirect) {
    return errors.submitAll(
        model,
        redirect,
        form,
        checks ->
            outreach.registerVenue(
                new VenueDetails(
                    checks.check(() -> Fields.enumValue(VenueType.class, "type", form.type())),
                    form.name(),
                    form.municipality(),
                    form.area(),
                    form.address(),
                    form.notes()),
                currentActor.require()),
        () -> venues(model),
        "/outreach/venues");
  }

  @PostMapping("/outreach/venues/{id}/address")
  @PreAuthorize("hasAnyRole('NGO_WORKER', 'CENTRE_CASEWORKER')")
  String revealVenue(@PathVariable UUID id, Model model) {
    Venue venue = outreach.revealVenue(id, currentActor.require());
    model.addAttribute("revealed", venue);
    return venues(model);
  }

  // ---- helpers ----

  private String activityForm(Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("activityTypes", ActivityType.values());
    List<Pick> venues = new ArrayList<>();
    for (Venue v : outreach.venues(actor)) {
      venues.add(new Pick(v.id().toString(), v.name() + ", " + v.municipality()));
    }
    model.addAttribute("venues", venues);
    model.addAttribute("languageChoices", Places.languages(LocaleContextHolder.getLocale()));
    if (!model.containsAttribute("chosenLanguages")) {
      model.addAttribute("chosenLanguages", List.of());
    }
    model.addAttribute("today", LocalDate.now(dates.zone()).toString());
    return "outreach/new-activity";
  }

  private static List<String> lines(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("[\\n,]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String country(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Places.code(value, Places.countries(LocaleContextHolder.getLocale()))
        .orElseThrow(() -> new InvalidInput("citizenship", "outreach.countryUnknown"));
  }

  private static List<String> languageNames(List<String> codes) {
    List<Places.Choice> names = Places.languages(LocaleContextHolder.getLocale());
    return codes.stream().map(c -> Places.name(c, names)).toList();
  }
}
