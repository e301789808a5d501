package org.haven.web.accommodation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.accommodation.Capacity;
import org.haven.accommodation.Placements;
import org.haven.accommodation.ShelterId;
import org.haven.accommodation.Shelters;
import org.haven.accommodation.TargetGroup;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placing a person in a shelter, for the centre's caseworkers: from the case page (the person is
 * known) or from the capacity page (the shelter is known). A full shelter offers the waiting list
 * on the same page, with what was typed.
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class PlacementsController {

  private final Placements placements;
  private final Shelters shelters;
  private final People people;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Dates dates;
  private final Words words;

  PlacementsController(
      Placements placements,
      Shelters shelters,
      People people,
      CurrentActor currentActor,
      FormErrors errors,
      Dates dates,
      Words words) {
    this.placements = placements;
    this.shelters = shelters;
    this.people = people;
    this.currentActor = currentActor;
    this.errors = errors;
    this.dates = dates;
    this.words = words;
  }

  @GetMapping("/placements/new")
  String start(
      @RequestParam(defaultValue = "") String person,
      @RequestParam(defaultValue = "") String shelter,
      @RequestParam(defaultValue = "") String targetGroup,
      Model model) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("person", person.strip());
    form.put("shelter", shelter.strip());
    form.put("targetGroup", targetGroup.strip());
    model.addAttribute("form", form);
    return page(model);
  }

  @PostMapping("/placements")
  String place(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    model.addAttribute("form", form);
    String reference = form.getOrDefault("person", "").strip();
    return errors.submit(
        model,
        redirect,
        form,
        () -> {
          try {
            return placements.place(
                person(reference),
                shelterId(form.get("shelter")),
                Fields.enumValue(TargetGroup.class, "targetGroup", form.get("targetGroup")),
                Fields.date("startsOn", form.get("startsOn")),
                Fields.date("plannedTo", form.get("plannedTo")),
                currentActor.require());
          } catch (InvalidInput invalid) {
            // no place in the chosen shelter: the waiting list is offered beside the error
            model.addAttribute(
                "offerWaitingList",
                invalid.messageKey().equals("placement.full")
                    || invalid.messageKey().equals("placement.noSuchPlaces"));
            throw invalid;
          }
        },
        () -> page(model),
        "/shelters/" + form.getOrDefault("shelter", "").strip());
  }

  @PostMapping("/waiting-list")
  String waitFor(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    model.addAttribute("form", form);
    return errors.submit(
        model,
        redirect,
        form,
        () ->
            placements.waitFor(
                person(form.getOrDefault("person", "").strip()),
                Fields.enumValue(TargetGroup.class, "targetGroup", form.get("targetGroup")),
                Fields.date("startsOn", form.get("startsOn")),
                form.get("note"),
                currentActor.require()),
        () -> {
          model.addAttribute("offerWaitingList", true);
          return page(model);
        },
        "/shelters");
  }

  private String page(Model model) {
    Actor actor = currentActor.require();
    @SuppressWarnings("unchecked")
    Map<String, String> form = (Map<String, String>) model.getAttribute("form");
    String reference = form == null ? "" : form.getOrDefault("person", "");
    if (PersonReference.isValid(reference) && People.mayRead(actor)) {
      people
          .displayName(PersonReference.parse(reference), actor)
          .ifPresent(name -> model.addAttribute("personName", name));
    }
    LocalDate today = LocalDate.now(dates.zone());
    Map<UUID, List<Capacity>> byShelter = new LinkedHashMap<>();
    for (Capacity c : shelters.capacity(today, null, actor)) {
      byShelter.computeIfAbsent(c.shelter().value(), k -> new ArrayList<>()).add(c);
    }
    List<Pick> choices = new ArrayList<>();
    byShelter.forEach(
        (id, groups) -> {
          StringBuilder label = new StringBuilder(groups.get(0).shelterName());
          if (groups.get(0).municipality() != null) {
            label.append(", ").append(groups.get(0).municipality());
          }
          label.append(" – ").append(words.text("placement.freeToday")).append(' ');
          for (int i = 0; i < groups.size(); i++) {
            Capacity c = groups.get(i);
            label
                .append(i == 0 ? "" : ", ")
                .append(words.text("targetGroup." + c.targetGroup().name()))
                .append(' ')
                .append(c.free())
                .append('/')
                .append(c.places());
          }
          choices.add(new Pick(id.toString(), label.toString()));
        });
    model.addAttribute("shelters", choices);
    model.addAttribute("groups", TargetGroup.values());
    model.addAttribute("today", today.toString());
    return "placements/new";
  }

  /** The person typed or carried over, by reference; unknown → a field error. */
  private PersonId person(String reference) {
    if (!PersonReference.isValid(reference)) {
      throw new InvalidInput("person", "placement.personUnknown");
    }
    return people
        .idOf(PersonReference.parse(reference))
        .orElseThrow(() -> new InvalidInput("person", "placement.personUnknown"));
  }

  private static ShelterId shelterId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new ShelterId(UUID.fromString(value.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("shelter", "placement.shelterUnknown");
    }
  }
}
