package org.haven.web.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.access.NotFound;
import org.haven.access.StaleVersion;
import org.haven.access.Users;
import org.haven.accommodation.Placements;
import org.haven.accommodation.Shelters;
import org.haven.casework.CaseFiles;
import org.haven.people.Birth;
import org.haven.people.BirthPrecision;
import org.haven.people.Gender;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.people.PersonReference;
import org.haven.people.PhoneNumbers;
import org.haven.privacy.LegalHold;
import org.haven.privacy.Retention;
import org.haven.repatriation.Repatriations;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Places;
import org.haven.web.layout.PageReads;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A person's page for the centre's caseworkers: who the person is (each view audited), their case,
 * stays and repatriations, and the details entered at the referral, which can be corrected here
 * (optimistic locking: a change made meanwhile by someone else is shown, nothing typed lost).
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class PersonsController {

  /** The person form as typed: every field a string, parsed by {@link #details}. */
  public record PersonForm(
      String givenNames,
      String familyName,
      String otherNames,
      String gender,
      String birthPrecision,
      String birthDate,
      String birthYear,
      String birthBasis,
      List<String> citizenships,
      List<String> languages,
      Boolean interpreterNeeded,
      String phone,
      Long version) {

    static PersonForm of(Person p, Locale locale) {
      Birth birth = p.birth();
      return new PersonForm(
          p.givenNames(),
          p.familyName(),
          String.join("\n", p.aliases().stream().map(a -> a.name()).toList()),
          p.gender().name(),
          birth.precision().name(),
          birth.date() == null ? "" : birth.date().toString(),
          birth.year() == null ? "" : birth.year().toString(),
          birth.basis() == null ? "" : birth.basis(),
          p.citizenships().stream().map(c -> Places.name(c, Places.countries(locale))).toList(),
          p.languages().stream().map(l -> Places.name(l, Places.languages(locale))).toList(),
          p.interpreterNeeded(),
          PhoneNumbers.readable(p.phone()),
          p.version());
    }

    /** Every field's value in the inputs shown: the ones typed, and one empty more. */
    public List<String> citizenshipInputs() {
      return withOneMore(citizenships);
    }

    public List<String> languageInputs() {
      return withOneMore(languages);
    }

    private static List<String> withOneMore(List<String> values) {
      List<String> inputs = new ArrayList<>();
      if (values != null) {
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(inputs::add);
      }
      inputs.add("");
      return inputs;
    }

    /** The details these fields describe; {@code current} gives what the form does not edit. */
    PersonDetails details(Person current, Locale locale) {
      Map<String, String> errors = new LinkedHashMap<>();
      Gender parsedGender = parse(Gender.class, gender, "gender", errors);
      BirthPrecision precision =
          parse(BirthPrecision.class, birthPrecision, "birthPrecision", errors);
      LocalDate date = null;
      if (birthDate != null && !birthDate.isBlank()) {
        try {
          date = LocalDate.parse(birthDate.strip());
        } catch (DateTimeParseException e) {
          errors.put("birthDate", "validation.date");
        }
      }
      Integer year = null;
      if (birthYear != null && !birthYear.isBlank()) {
        try {
          year = Integer.parseInt(birthYear.strip());
        } catch (NumberFormatException e) {
          errors.put("birthYear", "validation.invalid");
        }
      }
      List<String> countryCodes =
          codes(
              citizenships,
              Places.countries(locale),
              "citizenships",
              "person.countryUnknown",
              errors);
      List<String> languageCodes =
          codes(languages, Places.languages(locale), "languages", "person.languageUnknown", errors);
      if (!errors.isEmpty()) {
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        throw new InvalidInput(first.getKey(), first.getValue());
      }
      boolean sameNames =
          same(givenNames, current.givenNames()) && same(familyName, current.familyName());
      return new PersonDetails(
          givenNames,
          familyName,
          sameNames ? current.givenNamesLatin() : null,
          sameNames ? current.familyNameLatin() : null,
          otherNames == null
              ? List.of()
              : otherNames.lines().map(String::strip).filter(s -> !s.isEmpty()).toList(),
          parsedGender,
          new Birth(
              precision == null ? BirthPrecision.UNKNOWN : precision,
              date,
              year,
              birthBasis == null || birthBasis.isBlank() ? null : birthBasis.strip()),
          countryCodes,
          languageCodes,
          Boolean.TRUE.equals(interpreterNeeded),
          phone,
          current.documents());
    }

    private static boolean same(String typed, String stored) {
      String a = typed == null ? "" : typed.strip();
      String b = stored == null ? "" : stored.strip();
      return a.equals(b);
    }

    private static List<String> codes(
        List<String> typed,
        List<Places.Choice> choices,
        String field,
        String message,
        Map<String, String> errors) {
      List<String> codes = new ArrayList<>();
      for (String value : typed == null ? List.<String>of() : typed) {
        if (value == null || value.isBlank()) {
          continue;
        }
        Places.code(value, choices)
            .ifPresentOrElse(codes::add, () -> errors.putIfAbsent(field, message));
      }
      return codes;
    }

    private static <E extends Enum<E>> E parse(
        Class<E> type, String value, String field, Map<String, String> errors) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        errors.putIfAbsent(field, "validation.invalid");
        return null;
      }
    }
  }

  /** A stay as the person's page lists it. */
  public record Stay(LocalDate from, LocalDate to, String shelter) {}

  private final People people;
  private final CaseFiles cases;
  private final Placements placements;
  private final Repatriations repatriations;
  private final Shelters shelters;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Retention retention;
  private final Users users;
  private final PageReads pageReads;

  PersonsController(
      People people,
      CaseFiles cases,
      Placements placements,
      Repatriations repatriations,
      Shelters shelters,
      CurrentActor currentActor,
      FormErrors errors,
      Retention retention,
      Users users,
      PageReads pageReads) {
    this.retention = retention;
    this.users = users;
    this.pageReads = pageReads;
    this.people = people;
    this.cases = cases;
    this.placements = placements;
    this.repatriations = repatriations;
    this.shelters = shelters;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  @ModelAttribute
  void choices(Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("countryChoices", Places.countries(locale));
    model.addAttribute("languageChoices", Places.languages(locale));
    model.addAttribute("genders", Gender.values());
    model.addAttribute("precisions", BirthPrecision.values());
  }

  @GetMapping("/persons/{reference}")
  String show(@PathVariable PersonReference reference, Model model) {
    return pageReads.together(() -> personPage(reference, model));
  }

  /** The person, their stays, returns and holds: read together, their audit appended at once. */
  private String personPage(PersonReference reference, Model model) {
    Actor actor = currentActor.require();
    Person person = person(reference, actor);
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("person", person);
    model.addAttribute(
        "citizenshipNames",
        person.citizenships().stream().map(c -> Places.name(c, Places.countries(locale))).toList());
    model.addAttribute(
        "languageNames",
        person.languages().stream().map(l -> Places.name(l, Places.languages(locale))).toList());
    model.addAttribute("phone", PhoneNumbers.readable(person.phone()));
    model.addAttribute("caseId", cases.caseOf(person.personId()).map(c -> c.value()).orElse(null));
    Map<UUID, String> shelterNames = new LinkedHashMap<>();
    model.addAttribute(
        "stays",
        placements.of(person.personId(), actor).stream()
            .map(
                p ->
                    new Stay(
                        p.startsOn(),
                        p.endedOn(),
                        shelterNames.computeIfAbsent(
                            p.shelter().value(), s -> shelters.summary(p.shelter(), actor).name())))
            .toList());
    model.addAttribute(
        "repatriations",
        repatriations.of(person.personId(), actor).stream().map(r -> r.value()).toList());
    model.addAttribute("safeAddressRecorded", people.hasSafeAddress(person.reference()));
    model.addAttribute("subjectAccessLanguages", Language.values());
    List<LegalHold> holds = retention.holdsOf(person.reference(), actor);
    model.addAttribute("holds", holds);
    model.addAttribute("erased", people.erased(person.personId()));
    // who placed a hold, by name: every user's name is read only when there is a hold to show
    model.addAttribute("names", holds.isEmpty() ? Map.of() : users.displayNames());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "persons/show";
  }

  /** The safe address for a stated purpose: shown on this page once, the reading audited. */
  @PostMapping("/persons/{reference}/safe-address/reveal")
  String revealSafeAddress(
      @PathVariable PersonReference reference,
      @RequestParam Map<String, String> form,
      Model model) {
    Actor actor = currentActor.require();
    Person person = person(reference, actor);
    try {
      model.addAttribute(
          "safeAddress",
          people.revealSafeAddress(person.reference(), form.get("purpose"), actor).orElse(null));
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("form", form);
    }
    return show(reference, model);
  }

  /** Records or replaces the safe address. */
  @PostMapping("/persons/{reference}/safe-address")
  String recordSafeAddress(
      @PathVariable PersonReference reference,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    Person person = person(reference, actor);
    return errors.submit(
        model,
        redirect,
        form,
        () -> {
          people.recordSafeAddress(person.reference(), form.get("safeAddress"), actor);
          redirect.addFlashAttribute("saved", "person.safeAddressSaved");
          return null;
        },
        () -> show(reference, model),
        "/persons/" + person.reference().value() + "#safe-address");
  }

  @GetMapping("/persons/{reference}/edit")
  String edit(@PathVariable PersonReference reference, Model model) {
    Person person = person(reference, currentActor.require());
    model.addAttribute("person", person);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", PersonForm.of(person, LocaleContextHolder.getLocale()));
    }
    return "persons/edit";
  }

  @PostMapping("/persons/{reference}")
  String change(
      @PathVariable PersonReference reference,
      @ModelAttribute("form") PersonForm form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    Locale locale = LocaleContextHolder.getLocale();
    try {
      people.change(
          reference,
          form.version() == null ? -1 : form.version(),
          current -> form.details(current, locale),
          actor);
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      model.addAttribute("person", person(reference, actor));
      return "persons/edit";
    } catch (StaleVersion stale) {
      Person latest = person(reference, actor);
      errors.add(model, "givenNames", "person.changedMeanwhile");
      model.addAttribute("person", latest);
      model.addAttribute("latest", PersonForm.of(latest, locale));
      return "persons/edit";
    }
    redirect.addFlashAttribute("saved", "person.saved");
    return "redirect:/persons/" + reference.value();
  }

  /** The person behind a reference in the address; the read is audited. */
  private Person person(PersonReference reference, Actor actor) {
    return people.find(reference, actor).orElseThrow(() -> new NotFound("Person"));
  }
}
