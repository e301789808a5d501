package org.haven.web.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.people.Alias;
import org.haven.people.Birth;
import org.haven.people.MatchReviews;
import org.haven.people.Merges;
import org.haven.people.Person;
import org.haven.people.PersonMatching;
import org.haven.people.PersonReference;
import org.haven.web.forms.Dates;
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
 * The centre's review of records that may be one person: each pair side by side, field by field,
 * with what agreed and what did not, and three answers (the same person: merge; not the same;
 * unsure). And the merges, each with a way to undo it.
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class PersonReviewsController {

  static final int PAGE = 10;

  /** One row of the side-by-side table. */
  record Row(String field, String a, String b, String verdict, String detail, String css) {}

  /** A pair as the page shows it. */
  record Shown(MatchReviews.Pair pair, String score, List<Row> rows, List<String> notes) {}

  private final MatchReviews reviews;
  private final Merges merges;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource messages;
  private final Dates dates;

  PersonReviewsController(
      MatchReviews reviews,
      Merges merges,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource messages,
      Dates dates) {
    this.reviews = reviews;
    this.merges = merges;
    this.currentActor = currentActor;
    this.errors = errors;
    this.messages = messages;
    this.dates = dates;
  }

  @GetMapping("/persons/reviews")
  String queue(
      @RequestParam(defaultValue = "OPEN") String status,
      @RequestParam(defaultValue = "") String person,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    MatchReviews.Status wanted;
    try {
      wanted = MatchReviews.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      wanted = MatchReviews.Status.OPEN;
    }
    String typed = person.strip().toUpperCase(Locale.ROOT);
    PersonReference of = PersonReference.isValid(typed) ? PersonReference.parse(typed) : null;
    if (!typed.isEmpty() && of == null) {
      errors.add(model, "person", "person.unknown");
    }
    MatchReviews.Page found = reviews.queue(wanted, of, page, PAGE, currentActor.require());
    model.addAttribute("person", of == null ? typed : of.value());
    model.addAttribute("status", wanted);
    model.addAttribute("statuses", List.of(MatchReviews.Status.OPEN, MatchReviews.Status.UNSURE));
    model.addAttribute("pairs", found.items().stream().map(this::shown).toList());
    model.addAttribute("page", found.page());
    model.addAttribute("total", found.total());
    model.addAttribute("hasNext", (long) (found.page() + 1) * found.size() < found.total());
    return "persons/reviews";
  }

  @PostMapping("/persons/reviews/{id}")
  String decide(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String verdict,
      @RequestParam(defaultValue = "") String survivor,
      @RequestParam(defaultValue = "OPEN") String status,
      @RequestParam(defaultValue = "") String person,
      Model model,
      RedirectAttributes redirect) {
    try {
      MatchReviews.Verdict said;
      try {
        said = MatchReviews.Verdict.valueOf(verdict);
      } catch (IllegalArgumentException e) {
        // the error summary's link leads to the pair's first verdict button
        throw new InvalidInput("same-" + id, "validation.required");
      }
      PersonReference kept =
          survivor.isBlank() || !PersonReference.isValid(survivor)
              ? null
              : PersonReference.parse(survivor);
      reviews.decide(id, said, kept, currentActor.require());
      redirect.addFlashAttribute("saved", "review.saved." + said.name());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return queue(status, "", 0, model);
    }
    redirect.addAttribute("status", status);
    if (PersonReference.isValid(person)) {
      redirect.addAttribute("person", person);
    }
    return "redirect:/persons/reviews";
  }

  @GetMapping("/persons/merges")
  String merges(@RequestParam(defaultValue = "0") int page, Model model) {
    Merges.Page found = merges.list(page, 50, currentActor.require());
    model.addAttribute("merges", found.items());
    model.addAttribute("page", found.page());
    model.addAttribute("hasNext", (long) (found.page() + 1) * found.size() < found.total());
    return "persons/merges";
  }

  @PostMapping("/persons/merges/{id}/undo")
  String undo(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    try {
      merges.unmerge(id, currentActor.require());
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      return merges(0, model);
    }
    redirect.addFlashAttribute("saved", "merge.undone");
    return "redirect:/persons/merges";
  }

  private Shown shown(MatchReviews.Pair pair) {
    // the records the evidence reads: each side's own, or one merged into it
    Person a = pair.comparedA();
    Person b = pair.comparedB();
    Map<String, PersonMatching.Agreement> by =
        pair.agreements().stream()
            .collect(Collectors.toMap(PersonMatching.Agreement::field, g -> g, (x, y) -> x));
    List<Row> rows =
        List.of(
            row("reference", pair.a().reference().value(), pair.b().reference().value(), null),
            row("given", a.givenNames(), b.givenNames(), by.get("given")),
            row("family", a.familyName(), b.familyName(), by.get("family")),
            row("latin", a.displayNameLatin(), b.displayNameLatin(), null),
            row("otherNames", aliases(a), aliases(b), null),
            row("birth", birth(a.birth()), birth(b.birth()), by.get("birth")),
            row(
                "sex",
                text("gender." + a.gender().name()),
                text("gender." + b.gender().name()),
                by.get("sex")),
            row(
                "citizenship",
                String.join(", ", a.citizenships()),
                String.join(", ", b.citizenships()),
                by.get("citizenship")),
            row(
                "registered",
                dates.date(pair.a().registeredAt()),
                dates.date(pair.b().registeredAt()),
                null));
    // a probability is never certainty: above 99 % the page says "over 99 %"
    String score =
        pair.score() >= 0.995 ? text("review.over99") : Math.round(pair.score() * 100) + " %";
    List<String> notes = new ArrayList<>();
    if (!a.personId().equals(pair.a().personId())) {
      notes.add(text("review.comparedMerged", text("review.recordA"), a.reference().value()));
    }
    if (!b.personId().equals(pair.b().personId())) {
      notes.add(text("review.comparedMerged", text("review.recordB"), b.reference().value()));
    }
    return new Shown(pair, score, rows, notes);
  }

  /** The message key of an agreement level's name, e.g. {@code review.level.same-date}. */
  static String levelKey(String level) {
    return "review.level."
        + level.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private Row row(String field, String a, String b, PersonMatching.Agreement agreement) {
    String label = text("review.field." + field);
    if (agreement == null) {
      return new Row(label, dash(a), dash(b), null, null, null);
    }
    String level = agreement.level();
    String detail =
        messages.getMessage(levelKey(level), null, level, LocaleContextHolder.getLocale());
    String verdict;
    String css;
    if ("missing".equals(level)) {
      verdict = text("review.missing");
      css = "tag tag--grey";
    } else if (agreement.agreed()) {
      verdict = text("review.agrees");
      css = "tag tag--green";
    } else {
      verdict = text("review.differs");
      css = "tag tag--red";
    }
    return new Row(label, dash(a), dash(b), verdict, detail, css);
  }

  private String birth(Birth birth) {
    return switch (birth.precision()) {
      case EXACT -> dates.date(birth.date());
      case YEAR -> String.valueOf(birth.year());
      case ESTIMATED -> text("review.birthEstimated", birth.year());
      case UNKNOWN -> null;
    };
  }

  private static String aliases(Person p) {
    return String.join("; ", p.aliases().stream().map(Alias::name).toList());
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "–" : s;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
