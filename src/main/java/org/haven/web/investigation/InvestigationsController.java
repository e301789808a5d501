package org.haven.web.investigation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.CurrentActor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.StaleVersion;
import org.haven.casework.CaseId;
import org.haven.intake.Exploitation;
import org.haven.investigation.DateStatus;
import org.haven.investigation.Investigation;
import org.haven.investigation.InvestigationDetails;
import org.haven.investigation.InvestigationDetails.Charge;
import org.haven.investigation.InvestigationDetails.Compensation;
import org.haven.investigation.InvestigationDetails.CourtVerdict;
import org.haven.investigation.InvestigationDetails.Hearing;
import org.haven.investigation.InvestigationDetails.ProsecutionDecision;
import org.haven.investigation.Investigations;
import org.haven.investigation.Offence;
import org.haven.investigation.ProsecutionOutcome;
import org.haven.investigation.VerdictOutcome;
import org.haven.investigation.VictimRole;
import org.haven.web.forms.Dates;
import org.haven.web.forms.Fields;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
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
 * The criminal case beside the victim's on pages: the police's and prosecution's list of the
 * criminal cases they keep, and each one's page, where the centre links it to a case and the police
 * and prosecution keep its dates and outcomes current.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTRE_CASEWORKER', 'POLICE_KEY_PERSON', 'PROSECUTOR')")
public class InvestigationsController {

  private static final int BLANK_ROWS = 2;

  private final Investigations investigations;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final FormErrors errors;
  private final Words words;
  private final Dates dates;

  InvestigationsController(
      Investigations investigations,
      Organisations organisations,
      CurrentActor currentActor,
      FormErrors errors,
      Words words,
      Dates dates) {
    this.investigations = investigations;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.errors = errors;
    this.words = words;
    this.dates = dates;
  }

  /** Where a criminal case stands, in one sentence for the case page. */
  public static String stage(Investigation i, Dates dates, MessageSource messages, Locale locale) {
    InvestigationDetails d = i.details();
    if (d.verdict() != null) {
      return messages.getMessage(
          "investigation.stage.verdict",
          new Object[] {
            dates.date(d.verdict().date()),
            messages.getMessage(
                "investigation.verdict." + d.verdict().outcome().name(), null, locale)
          },
          locale);
    }
    LocalDate today = LocalDate.now(dates.zone());
    var trial =
        d.trials().stream()
            .filter(h -> h.status() == DateStatus.PLANNED && !h.date().isBefore(today))
            .findFirst();
    if (trial.isPresent()) {
      return messages.getMessage(
          "investigation.stage.trial", new Object[] {dates.date(trial.get().date())}, locale);
    }
    if (d.decision() != null) {
      return messages.getMessage(
          "investigation.stage.decision",
          new Object[] {
            messages.getMessage(
                "investigation.decision." + d.decision().outcome().name(), null, locale)
          },
          locale);
    }
    if (!d.charges().isEmpty()) {
      return messages.getMessage(
          "investigation.stage.charged",
          new Object[] {dates.date(d.charges().get(0).date())},
          locale);
    }
    return messages.getMessage(
        "investigation.stage.open", new Object[] {i.policeDistrictName()}, locale);
  }

  @GetMapping("/investigations")
  String list(Model model) {
    model.addAttribute("cases", investigations.mine(currentActor.require()));
    return "investigations/list";
  }

  @GetMapping("/cases/{id}/investigation")
  String show(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    var found = investigations.onCase(new CaseId(id), actor);
    if (found.isEmpty() && !investigations.mayLink(new CaseId(id), actor)) {
      throw new NotFound("Investigation");
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form(found.orElse(null), actor));
      model.addAttribute(
          "chosen",
          Map.of(
              "offences",
              found.map(i -> i.details().offences()).orElse(List.of()),
              "exploitation",
              found
                  .map(i -> i.details().exploitation().stream().map(Enum::name).toList())
                  .orElse(List.of())));
    }
    found.ifPresent(i -> model.addAttribute("stage", stage(i, dates, wordsSource(), locale())));
    return page(id, found.orElse(null), model);
  }

  @PostMapping("/cases/{id}/investigation")
  String keep(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = values.toSingleValueMap();
    Actor actor = currentActor.require();
    try {
      return "redirect:"
          + errors.once(
              form,
              redirect,
              () -> {
                Investigation before = investigations.onCase(new CaseId(id), actor).orElse(null);
                investigations.keep(
                    new CaseId(id), version(form.get("version")), details(values, before), actor);
                redirect.addFlashAttribute("saved", "form.saved");
                return "/cases/" + id + "/investigation";
              });
    } catch (InvalidInput invalid) {
      errors.add(model, invalid);
      keep(model, values);
      return page(id, investigations.onCase(new CaseId(id), actor).orElse(null), model);
    } catch (StaleVersion stale) {
      errors.add(model, "version", "validation.stale");
      keep(model, values);
      return page(id, investigations.onCase(new CaseId(id), actor).orElse(null), model);
    }
  }

  private String page(UUID id, Investigation investigation, Model model) {
    model.addAttribute("caseId", id);
    model.addAttribute("investigation", investigation);
    model.addAttribute("mayOpenCase", currentActor.require().has(Role.CENTRE_CASEWORKER));
    model.addAttribute("districts", picks(OrganisationType.POLICE_DISTRICT));
    model.addAttribute("prosecutions", picks(OrganisationType.PROSECUTION));
    model.addAttribute(
        "offenceChoices",
        Arrays.stream(Offence.values())
            .map(o -> new Pick(o.name(), words.text("offence." + o.name())))
            .toList());
    model.addAttribute("exploitations", Exploitation.values());
    model.addAttribute(
        "victimRoles",
        Arrays.stream(VictimRole.values())
            .map(r -> new Pick(r.name(), words.text("investigation.role." + r.name())))
            .toList());
    model.addAttribute(
        "statuses",
        Arrays.stream(DateStatus.values())
            .map(s -> new Pick(s.name(), words.text("investigation.status." + s.name())))
            .toList());
    model.addAttribute(
        "decisions",
        Arrays.stream(ProsecutionOutcome.values())
            .map(s -> new Pick(s.name(), words.text("investigation.decision." + s.name())))
            .toList());
    model.addAttribute(
        "verdicts",
        Arrays.stream(VerdictOutcome.values())
            .map(s -> new Pick(s.name(), words.text("investigation.verdict." + s.name())))
            .toList());
    Map<String, String> form = formOf(model);
    model.addAttribute("interviewRows", rows(form, "interviewDate"));
    model.addAttribute("chargeRows", rows(form, "chargeDate"));
    model.addAttribute("trialRows", rows(form, "trialDate"));
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", Map.of());
    }
    return "investigations/investigation";
  }

  private List<Integer> rows(Map<String, String> form, String prefix) {
    int n = 0;
    while (form.containsKey(prefix + n)) {
      n++;
    }
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < n + BLANK_ROWS; i++) {
      rows.add(i);
    }
    return rows;
  }

  private List<Pick> picks(OrganisationType type) {
    return organisations.all().stream()
        .filter(o -> o.type() == type)
        .sorted(Comparator.comparing(Organisation::name))
        .map(o -> new Pick(o.id().toString(), o.name()))
        .toList();
  }

  private static Map<String, String> form(Investigation i, Actor actor) {
    Map<String, String> form = new LinkedHashMap<>();
    if (i == null) {
      form.put(
          "policeDistrict",
          actor.has(Role.POLICE_KEY_PERSON) ? actor.organisation().value().toString() : "");
      return form;
    }
    InvestigationDetails d = i.details();
    form.put("policeDistrict", i.policeDistrict().toString());
    form.put("prosecution", i.prosecution() == null ? "" : i.prosecution().toString());
    form.put("policeCaseNumber", d.policeCaseNumber());
    form.put("victimRole", d.victimRole() == null ? "" : d.victimRole().name());
    for (int n = 0; n < d.interviews().size(); n++) {
      form.put("interviewDate" + n, d.interviews().get(n).date().toString());
      form.put("interviewStatus" + n, d.interviews().get(n).status().name());
    }
    for (int n = 0; n < d.charges().size(); n++) {
      form.put("chargeDate" + n, d.charges().get(n).date().toString());
      form.put("chargeSuspects" + n, String.valueOf(d.charges().get(n).suspects()));
    }
    for (int n = 0; n < d.trials().size(); n++) {
      form.put("trialDate" + n, d.trials().get(n).date().toString());
      form.put("trialStatus" + n, d.trials().get(n).status().name());
    }
    if (d.decision() != null) {
      form.put("decisionDate", d.decision().date().toString());
      form.put("decisionOutcome", d.decision().outcome().name());
    }
    if (d.verdict() != null) {
      form.put("verdictDate", d.verdict().date().toString());
      form.put("verdictOutcome", d.verdict().outcome().name());
      form.put("verdictConvicted", String.valueOf(d.verdict().convicted()));
      form.put("verdictSentence", d.verdict().sentence());
    }
    if (d.compensation() != null) {
      form.put("compensationDate", d.compensation().date().toString());
      form.put("compensationAmount", d.compensation().amount().toPlainString());
      form.put("compensationCurrency", d.compensation().currency());
    }
    form.put("version", String.valueOf(i.version()));
    return form;
  }

  /** The whole record as the form says; a charge already recorded keeps its own offences. */
  private static InvestigationDetails details(
      MultiValueMap<String, String> values, Investigation before) {
    Map<String, String> form = values.toSingleValueMap();
    List<String> offences = values.getOrDefault("offences", List.of());
    List<Hearing> interviews = hearings(form, "interview", "interviews");
    List<Charge> charges = new ArrayList<>();
    for (int n = 0; n < 100 && form.containsKey("chargeDate" + n); n++) {
      LocalDate date = Fields.date("charges", form.get("chargeDate" + n));
      if (date == null) {
        continue;
      }
      List<String> charged =
          before == null
              ? offences
              : before.details().charges().stream()
                  .filter(c -> c.date().equals(date))
                  .map(Charge::offences)
                  .findFirst()
                  .orElse(offences);
      charges.add(
          new Charge(
              date, charged, Fields.optionalNumber("charges", form.get("chargeSuspects" + n))));
    }
    List<Hearing> trials = hearings(form, "trial", "trials");
    LocalDate decisionDate = Fields.date("decision", form.get("decisionDate"));
    ProsecutionOutcome decisionOutcome =
        Fields.enumValue(ProsecutionOutcome.class, "decision", form.get("decisionOutcome"));
    LocalDate verdictDate = Fields.date("verdict", form.get("verdictDate"));
    VerdictOutcome verdictOutcome =
        Fields.enumValue(VerdictOutcome.class, "verdict", form.get("verdictOutcome"));
    LocalDate compensationDate = Fields.date("compensation", form.get("compensationDate"));
    BigDecimal amount = amount(form.get("compensationAmount"));
    return new InvestigationDetails(
        Fields.optionalUuid("policeDistrict", form.get("policeDistrict")),
        Fields.optionalUuid("prosecution", form.get("prosecution")),
        form.get("policeCaseNumber"),
        offences,
        values.getOrDefault("exploitation", List.of()).stream()
            .map(v -> Fields.enumValue(Exploitation.class, "exploitation", v))
            .toList(),
        Fields.enumValue(VictimRole.class, "victimRole", form.get("victimRole")),
        interviews,
        charges,
        decisionDate == null && decisionOutcome == null
            ? null
            : new ProsecutionDecision(decisionDate, decisionOutcome),
        trials,
        verdictDate == null && verdictOutcome == null
            ? null
            : new CourtVerdict(
                verdictDate,
                verdictOutcome,
                Fields.optionalNumber("verdict", form.get("verdictConvicted")),
                form.get("verdictSentence")),
        compensationDate == null && amount == null
            ? null
            : new Compensation(compensationDate, amount, form.get("compensationCurrency")));
  }

  private static List<Hearing> hearings(Map<String, String> form, String prefix, String field) {
    List<Hearing> hearings = new ArrayList<>();
    for (int n = 0; n < 100 && form.containsKey(prefix + "Date" + n); n++) {
      LocalDate date = Fields.date(field, form.get(prefix + "Date" + n));
      if (date == null) {
        continue;
      }
      hearings.add(
          new Hearing(
              date, Fields.enumValue(DateStatus.class, field, form.get(prefix + "Status" + n))));
    }
    return hearings;
  }

  private static BigDecimal amount(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInput("compensation", "investigation.amountInvalid");
    }
  }

  private static void keep(Model model, MultiValueMap<String, String> values) {
    model.addAttribute("form", values.toSingleValueMap());
    model.addAttribute(
        "chosen",
        Map.of(
            "offences", values.getOrDefault("offences", List.of()),
            "exploitation", values.getOrDefault("exploitation", List.of())));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> formOf(Model model) {
    Object form = model.getAttribute("form");
    return form instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  private static Long version(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new StaleVersion(Investigations.class.getSimpleName());
    }
  }

  private MessageSource wordsSource() {
    return words.source();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
