package org.haven.web.information;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.information.ContactCount;
import org.haven.information.ContactMessages;
import org.haven.information.HelpContent;
import org.haven.information.HelpLanguage;
import org.haven.information.HelpPageText;
import org.haven.information.PageOverview;
import org.haven.information.PageViews;
import org.haven.information.Translation;
import org.haven.information.TranslationEdit;
import org.haven.information.TranslationStatus;
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
 * The centre keeps the public help pages: which page stands where in which language (missing,
 * draft, waiting for review, published, stale), a page's text side by side with its source, the
 * messages that came in per month and language, and how often each page was read.
 */
@Controller
@PreAuthorize("hasRole('CENTRE_CASEWORKER')")
class InformationController {

  private final HelpContent content;
  private final ContactMessages messages;
  private final PageViews views;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final MessageSource text;

  InformationController(
      HelpContent content,
      ContactMessages messages,
      PageViews views,
      CurrentActor currentActor,
      FormErrors errors,
      MessageSource text) {
    this.text = text;
    this.content = content;
    this.messages = messages;
    this.views = views;
    this.currentActor = currentActor;
    this.errors = errors;
  }

  /** A language of a page in the overview: named in the reader's language, with its state. */
  record LanguageState(String name, String href, PageOverview.State state) {}

  /** A page in the overview: how many languages are current, and which need attention. */
  record PageRow(String title, String href, long current, int languages, String attention) {}

  /** A month's messages: per language and in all. */
  record MonthRow(String month, List<Long> counts, long total) {}

  @GetMapping("/information")
  String overview(@RequestParam(required = false) Integer year, Model model) {
    Actor actor = currentActor.require();
    Locale reader = LocaleContextHolder.getLocale();
    List<PageRow> rows = new ArrayList<>();
    for (PageOverview page : content.overview(actor)) {
      List<String> attention = new ArrayList<>();
      page.translations()
          .forEach(
              (language, state) -> {
                if (state == PageOverview.State.STALE || state == PageOverview.State.NEEDS_REVIEW) {
                  attention.add(
                      messages(reader, "information.attentionItem", name(language, reader), state));
                }
              });
      rows.add(
          new PageRow(
              page.title(),
              "/information/" + page.slug(),
              page.current(),
              page.translations().size(),
              String.join("; ", attention)));
    }
    model.addAttribute("pages", rows);
    int shown = year == null ? LocalDate.now().getYear() : year;
    List<ContactCount> counts = messages.monthly(shown, actor);
    List<HelpLanguage> used =
        counts.stream().map(ContactCount::language).distinct().sorted().toList();
    Map<YearMonth, Map<HelpLanguage, Long>> byMonth = new TreeMap<>();
    counts.forEach(
        c ->
            byMonth
                .computeIfAbsent(c.month(), m -> new EnumMap<>(HelpLanguage.class))
                .merge(c.language(), c.messages(), Long::sum));
    List<MonthRow> months = new ArrayList<>();
    byMonth.forEach(
        (month, perLanguage) ->
            months.add(
                new MonthRow(
                    month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, reader),
                    used.stream().map(l -> perLanguage.getOrDefault(l, 0L)).toList(),
                    perLanguage.values().stream().mapToLong(Long::longValue).sum())));
    model.addAttribute("year", shown);
    model.addAttribute("years", List.of(shown - 2, shown - 1, shown).stream().distinct().toList());
    model.addAttribute("usedLanguages", used.stream().map(l -> name(l, reader)).toList());
    model.addAttribute("months", months);
    model.addAttribute("messagesTotal", months.stream().mapToLong(MonthRow::total).sum());
    List<Map.Entry<String, Long>> read = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    content.pages(HelpLanguage.EN).forEach(p -> titles.put(p.slug(), p.title()));
    views.year(shown).forEach((slug, n) -> read.add(Map.entry(titles.getOrDefault(slug, slug), n)));
    model.addAttribute("views", read);
    return "information/overview";
  }

  /** One page: each language's translation and its state, with the way to edit it. */
  @GetMapping("/information/{slug}")
  String page(@PathVariable String slug, Model model) {
    Actor actor = currentActor.require();
    Locale reader = LocaleContextHolder.getLocale();
    PageOverview page =
        content.overview(actor).stream()
            .filter(p -> p.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new NotFound("HelpPage"));
    List<LanguageState> states = new ArrayList<>();
    page.translations()
        .forEach(
            (language, state) ->
                states.add(
                    new LanguageState(
                        name(language, reader),
                        "/information/" + slug + "/" + language.code(),
                        state)));
    model.addAttribute("pageTitle", page.title());
    model.addAttribute("states", states);
    model.addAttribute("publicHref", "/help/en" + ("start".equals(slug) ? "" : "/" + slug));
    return "information/page";
  }

  @GetMapping("/information/{slug}/{language}")
  String edit(@PathVariable String slug, @PathVariable String language, Model model) {
    Actor actor = currentActor.require();
    HelpLanguage lang = HelpLanguage.of(language).orElseThrow(() -> new NotFound("HelpLanguage"));
    Translation translation = content.translation(slug, lang, actor).orElse(null);
    Locale reader = LocaleContextHolder.getLocale();
    HelpPageText source =
        content.pages(HelpLanguage.EN).stream()
            .filter(p -> p.slug().equals(slug))
            .findFirst()
            .flatMap(p -> content.translation(slug, p.sourceLanguage(), actor))
            .map(
                t ->
                    new HelpPageText(
                        slug,
                        0,
                        t.language(),
                        t.language(),
                        t.language(),
                        t.title(),
                        t.body(),
                        false))
            .orElse(null);
    model.addAttribute("slug", slug);
    model.addAttribute("language", lang);
    model.addAttribute("languageName", name(lang, reader));
    model.addAttribute("dir", lang.rightToLeft() ? "rtl" : "ltr");
    model.addAttribute("translation", translation);
    model.addAttribute("statuses", TranslationStatus.values());
    model.addAttribute("source", source != null && source.language() != lang ? source : null);
    model.addAttribute("sourceName", source == null ? "" : name(source.language(), reader));
    model.addAttribute(
        "publicHref", "/help/" + lang.code() + ("start".equals(slug) ? "" : "/" + slug));
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          translation == null
              ? Map.of(
                  "title",
                  "",
                  "body",
                  "",
                  "translator",
                  "",
                  "reviewer",
                  "",
                  "status",
                  "DRAFT",
                  "version",
                  "0")
              : Map.of(
                  "title", translation.title(),
                  "body", translation.body(),
                  "translator", translation.translator() == null ? "" : translation.translator(),
                  "reviewer", translation.reviewer() == null ? "" : translation.reviewer(),
                  "status", translation.status().name(),
                  "version", Long.toString(translation.version())));
    }
    return "information/edit";
  }

  @PostMapping("/information/{slug}/{language}")
  String save(
      @PathVariable String slug,
      @PathVariable String language,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.require();
    HelpLanguage lang = HelpLanguage.of(language).orElseThrow(() -> new NotFound("HelpLanguage"));
    return errors.submitAll(
        model,
        redirect,
        form,
        checks -> {
          TranslationStatus status =
              checks.check(
                  () -> {
                    try {
                      return TranslationStatus.valueOf(form.getOrDefault("status", ""));
                    } catch (IllegalArgumentException e) {
                      throw new InvalidInput("status", "validation.required");
                    }
                  });
          Long version =
              checks.check(
                  () -> {
                    try {
                      return Long.parseLong(form.getOrDefault("version", "0").strip());
                    } catch (NumberFormatException e) {
                      throw new InvalidInput("version", "validation.invalid");
                    }
                  });
          return content.save(
              slug,
              lang,
              new TranslationEdit(
                  form.get("title"),
                  form.get("body"),
                  status,
                  form.get("translator"),
                  form.get("reviewer")),
              version == null ? -1 : version,
              actor);
        },
        () -> edit(slug, language, model),
        "/information");
  }

  private String messages(Locale reader, String key, String language, PageOverview.State state) {
    return text.getMessage(
        key,
        new Object[] {language, text.getMessage("information.state." + state.name(), null, reader)},
        reader);
  }

  private static String name(HelpLanguage language, Locale reader) {
    String inReader = language.locale().getDisplayLanguage(reader);
    return language.locale().getLanguage().equals(reader.getLanguage())
        ? inReader
        : inReader + " (" + language.ownName() + ")";
  }
}
