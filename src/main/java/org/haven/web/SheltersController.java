package org.haven.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.accommodation.Capacity;
import org.haven.accommodation.Placement;
import org.haven.accommodation.PlacementEndReason;
import org.haven.accommodation.PlacementId;
import org.haven.accommodation.Placements;
import org.haven.accommodation.Shelter;
import org.haven.accommodation.ShelterId;
import org.haven.accommodation.Shelters;
import org.haven.people.People;
import org.haven.people.PersonReference;
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

  SheltersController(
      Shelters shelters,
      Placements placements,
      People people,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates) {
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
  public record Waiting(String reference, String group, String neededFrom) {}

  /** A stay as the dashboard lists it. */
  public record Stay(
      UUID id,
      String reference,
      String group,
      String from,
      String plannedTo,
      boolean open,
      long version) {}

  /** One bar of the occupancy chart. */
  public record Bar(String day, int taken, int x, int height) {}

  @GetMapping("/shelters")
  String list(
      @RequestParam(required = false)
          @org.springframework.format.annotation.DateTimeFormat(
              iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
          LocalDate date,
      Model model) {
    Actor actor = currentActor.require();
    LocalDate day = date == null ? LocalDate.now(dates.zone()) : date;
    Map<UUID, List<Capacity>> byShelter = new java.util.LinkedHashMap<>();
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
    if (actor.has(org.haven.access.Role.CENTRE_CASEWORKER)) {
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
    for (Placement p : around) {
      Stay stay = stay(p, references.get(p.person()));
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
                IdentificationsController.date("endedOn", form.get("endedOn")),
                IdentificationsController.enumValue(
                    PlacementEndReason.class, "endReason", form.get("endReason")),
                currentActor.require()),
        () -> show(id, false, model),
        "/shelters/" + id);
  }

  private Stay stay(Placement p, PersonReference reference) {
    return new Stay(
        p.id().value(),
        reference == null ? "?" : reference.value(),
        p.targetGroup().name(),
        dates.date(p.startsOn()),
        p.plannedTo() == null ? null : dates.date(p.plannedTo()),
        p.open(),
        p.version());
  }
}
