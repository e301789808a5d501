package org.haven.web.accommodation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.accommodation.Capacity;
import org.haven.accommodation.Placement;
import org.haven.accommodation.PlacementEndReason;
import org.haven.accommodation.PlacementId;
import org.haven.accommodation.Placements;
import org.haven.accommodation.Shelter;
import org.haven.accommodation.ShelterDetails;
import org.haven.accommodation.ShelterId;
import org.haven.accommodation.Shelters;
import org.haven.accommodation.TargetGroup;
import org.haven.people.People;
import org.haven.people.PersonReference;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shelter pages: free places in every shelter the user may see, and one shelter's dashboard with
 * arrivals, departures, who stays now and occupancy over time. Shelter staff see only their
 * operator's shelters; the secret address is shown only on request, and that is audited.
 */
@Controller
@PreAuthorize(SheltersController.ROLES)
class SheltersController {

  static final String ROLES = "hasAnyRole('CENTRE_CASEWORKER', 'SHELTER_STAFF')";
  static final int CHART_DAYS = 90;

  private final Shelters shelters;
  private final Placements placements;
  private final People people;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final Organisations organisations;
  private final Words words;

  SheltersController(
      Shelters shelters,
      Placements placements,
      People people,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      Organisations organisations,
      Words words) {
    this.organisations = organisations;
    this.words = words;
    this.shelters = shelters;
    this.placements = placements;
    this.people = people;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
  }

  /** One shelter's free places today, per target group. */
  public record Row(
      UUID id, String name, String municipality, List<Capacity> groups, int free, int places) {}

  /** Someone waiting for a place. */
  public record Waiting(
      String reference, String name, String group, String targetGroup, String neededFrom) {}

  /** A stay as the dashboard lists it. */
  public record Stay(
      UUID id,
      String reference,
      String name,
      String group,
      String from,
      String plannedTo,
      boolean open,
      long version) {}

  /** One bar of the occupancy chart. */
  public record Bar(String day, int taken, int x, int height) {}

  @GetMapping("/shelters")
  String list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Model model) {
    Actor actor = currentActor.require();
    LocalDate day = date == null ? LocalDate.now(dates.zone()) : date;
    Map<UUID, List<Capacity>> byShelter = new LinkedHashMap<>();
    for (Capacity c : shelters.capacity(day, null, actor)) {
      byShelter.computeIfAbsent(c.shelter().value(), k -> new ArrayList<>()).add(c);
    }
    model.addAttribute(
        "rows",
        byShelter.entrySet().stream()
            .map(
                e ->
                    new Row(
                        e.getKey(),
                        e.getValue().get(0).shelterName(),
                        e.getValue().get(0).municipality(),
                        e.getValue(),
                        e.getValue().stream().mapToInt(Capacity::free).sum(),
                        e.getValue().stream().mapToInt(Capacity::places).sum()))
            .toList());
    model.addAttribute("mayPlace", Placements.mayPlace(actor));
    if (Placements.mayPlace(actor)) {
      var waiting = placements.waiting(actor);
      var references =
          people.referencesOf(waiting.stream().map(Placements.Waiting::person).toList());
      model.addAttribute(
          "waiting",
          waiting.stream()
              .map(
                  w ->
                      new Waiting(
                          references.get(w.person()) == null
                              ? "?"
                              : references.get(w.person()).value(),
                          references.get(w.person()) == null
                              ? null
                              : people.displayName(references.get(w.person()), actor).orElse(null),
                          words.text("targetGroup." + w.targetGroup().name()),
                          w.targetGroup().name(),
                          dates.date(w.neededFrom())))
              .toList());
    }
    model.addAttribute("date", day.toString());
    model.addAttribute("dateText", dates.date(day));
    return "shelters/list";
  }

  @GetMapping("/shelters/{id}")
  String show(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean address, Model model) {
    Actor actor = currentActor.require();
    ShelterId shelterId = new ShelterId(id);
    Shelter shelter =
        address ? shelters.find(shelterId, actor) : shelters.summary(shelterId, actor);
    LocalDate today = LocalDate.now(dates.zone());
    List<Placement> around =
        placements.inShelter(shelterId, today.minusDays(1), today.plusDays(7), actor);
    var references = people.referencesOf(around.stream().map(Placement::person).toList());
    List<Stay> arrivals = new ArrayList<>();
    List<Stay> departures = new ArrayList<>();
    List<Stay> residents = new ArrayList<>();
    Map<PersonReference, String> names = new HashMap<>();
    if (People.mayRead(actor)) {
      List<PersonReference> distinct =
          references.values().stream()
              .distinct()
              .sorted(Comparator.comparing(PersonReference::value))
              .toList();
      for (PersonReference reference : distinct) {
        people
            .find(reference, actor)
            .ifPresent(person -> names.put(reference, person.displayName()));
      }
    }
    for (Placement p : around) {
      PersonReference reference = references.get(p.person());
      Stay stay = stay(p, reference, reference == null ? null : names.get(reference));
      if (p.startsOn().isAfter(today)) {
        arrivals.add(stay);
      } else if (p.open()) {
        residents.add(stay);
        if (p.plannedTo() != null && !p.plannedTo().isAfter(today.plusDays(7))) {
          departures.add(stay);
        }
      } else if (p.startsOn().equals(today)) {
        arrivals.add(stay);
      }
    }
    model.addAttribute("shelter", shelter);
    model.addAttribute("arrivals", arrivals);
    model.addAttribute("departures", departures);
    model.addAttribute("residents", residents);
    model.addAttribute(
        "capacity",
        shelters.capacity(today, null, actor).stream()
            .filter(c -> c.shelter().equals(shelterId))
            .toList());
    model.addAttribute("mayReadAddress", shelters.mayReadAddress(shelter, actor));
    model.addAttribute("mayPlace", Placements.mayPlace(actor));
    model.addAttribute("reasons", PlacementEndReason.values());
    model.addAttribute("today", today.toString());
    Map<LocalDate, Integer> occupancy =
        shelters.occupancy(shelterId, today.minusDays(CHART_DAYS - 1), today, actor);
    int max =
        Math.max(
            shelter.totalPlaces(),
            occupancy.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    List<Bar> bars = new ArrayList<>();
    int x = 0;
    for (var entry : occupancy.entrySet()) {
      bars.add(
          new Bar(
              dates.date(entry.getKey()),
              entry.getValue(),
              x,
              max == 0 ? 0 : entry.getValue() * 100 / max));
      x += 6;
    }
    model.addAttribute("bars", bars);
    model.addAttribute("chartMax", max);
    model.addAttribute("capacityLine", max == 0 ? 0 : 100 - shelter.totalPlaces() * 100 / max);
    return "shelters/show";
  }

  /** Ending a stay asks on a page of its own: the day the person left, and why. */
  @GetMapping("/shelters/{id}/placements/{placementId}/end")
  String endScreen(@PathVariable UUID id, @PathVariable UUID placementId, Model model) {
    Actor actor = currentActor.require();
    Placement placement = placements.load(new PlacementId(placementId));
    Shelter shelter = shelters.summary(new ShelterId(id), actor);
    if (!placement.shelter().equals(shelter.id()) || !placement.open()) {
      throw new NotFound("Placement");
    }
    PersonReference reference = people.referenceOf(placement.person()).orElse(null);
    model.addAttribute("shelter", shelter);
    model.addAttribute("stay", stay(placement, reference));
    model.addAttribute(
        "personName",
        reference != null && People.mayRead(actor)
            ? people.displayName(reference, actor).orElse(null)
            : null);
    model.addAttribute("reasons", PlacementEndReason.values());
    model.addAttribute("today", LocalDate.now(dates.zone()).toString());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "shelters/end";
  }

  @PostMapping("/shelters/{id}/placements/{placementId}/end")
  String end(
      @PathVariable UUID id,
      @PathVariable UUID placementId,
      @RequestParam(defaultValue = "-1") long version,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            placements.end(
                new PlacementId(placementId),
                version,
                Fields.date("endedOn", form.get("endedOn")),
                Fields.enumValue(PlacementEndReason.class, "endReason", form.get("endReason")),
                currentActor.require()),
        () -> endScreen(id, placementId, model),
        "/shelters/" + id);
  }

  @GetMapping("/shelters/new")
  String create(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return form(null, model);
  }

  @PostMapping("/shelters")
  String register(
      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    model.addAttribute("form", form);
    Actor actor = currentActor.require();
    try {
      String next =
          errors.once(
              form,
              redirect,
              () -> "/shelters/" + shelters.register(details(form, actor), actor).id().value());
      if (!redirect.getFlashAttributes().containsKey("saved")) {
        redirect.addFlashAttribute("saved", "form.saved");
      }
      return "redirect:" + next;
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return form(null, model);
    }
  }

  @GetMapping("/shelters/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    Shelter shelter = shelters.find(new ShelterId(id), actor);
    if (!model.containsAttribute("form")) {
      Map<String, String> form = new HashMap<>();
      form.put("name", shelter.name());
      form.put("operator", shelter.operator().toString());
      form.put("municipality", shelter.municipality());
      form.put("address", shelter.address());
      form.put("contact", shelter.contact());
      form.put("approved", String.valueOf(shelter.approved()));
      form.put("version", String.valueOf(shelter.version()));
      shelter.places().forEach((group, count) -> form.put("places." + group, count.toString()));
      model.addAttribute("form", form);
    }
    return form(shelter, model);
  }

  @PostMapping("/shelters/{id}")
  String change(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("form", form);
    Actor actor = currentActor.require();
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            shelters.change(
                new ShelterId(id),
                Fields.number("version", form.getOrDefault("version", "-1")),
                details(form, actor),
                actor),
        () -> edit(id, model),
        "/shelters/" + id);
  }

  private String form(Shelter shelter, Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("shelter", shelter);
    model.addAttribute("centre", actor.has(Role.CENTRE_CASEWORKER));
    model.addAttribute(
        "operators",
        organisations.all().stream()
            .filter(o -> Shelters.mayOperate(o.type()))
            .filter(
                o ->
                    actor.has(Role.CENTRE_CASEWORKER)
                        || o.id().equals(actor.organisation().value()))
            .sorted(Comparator.comparing(Organisation::name))
            .map(o -> new Pick(o.id().toString(), o.name()))
            .toList());
    model.addAttribute("groups", TargetGroup.values());
    return "shelters/form";
  }

  private static ShelterDetails details(Map<String, String> form, Actor actor) {
    Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
    for (TargetGroup group : TargetGroup.values()) {
      String typed = form.get("places." + group);
      if (typed != null && !typed.isBlank()) {
        try {
          places.put(group, Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
          throw new InvalidInput("places", "shelter.placesRange");
        }
      }
    }
    UUID operator;
    try {
      String typed = form.getOrDefault("operator", "");
      operator = typed.isBlank() ? actor.organisation().value() : UUID.fromString(typed.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("operator", "shelter.operatorUnknown");
    }
    return new ShelterDetails(
        form.get("name"),
        operator,
        form.get("municipality"),
        form.get("address"),
        form.get("contact"),
        "true".equals(form.get("approved")),
        places);
  }

  private Stay stay(Placement p, PersonReference reference) {
    return stay(p, reference, null);
  }

  private Stay stay(Placement p, PersonReference reference, String name) {
    return new Stay(
        p.id().value(),
        reference == null ? "?" : reference.value(),
        name,
        p.targetGroup().name(),
        dates.date(p.startsOn()),
        p.plannedTo() == null ? null : dates.date(p.plannedTo()),
        p.open(),
        p.version());
  }
}
