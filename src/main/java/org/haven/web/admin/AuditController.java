package org.haven.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.haven.access.CurrentActor;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditActor;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditTrail;
import org.haven.web.forms.Dates;
import org.haven.web.forms.FormErrors;
import org.haven.web.forms.Pick;
import org.haven.web.layout.Words;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: search the trail, and check that its hash chain is intact. Reading the trail
 * is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'AUDITOR')")
class AuditController {

  static final int PAGE_SIZE = 50;

  private final AuditTrail audit;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final Dates dates;
  private final FormErrors errors;
  private final Users users;
  private final Words words;
  private final MessageSource messages;

  AuditController(
      AuditTrail audit,
      Organisations organisations,
      CurrentActor currentActor,
      Dates dates,
      FormErrors errors,
      Users users,
      Words words,
      MessageSource messages) {
    this.users = users;
    this.words = words;
    this.messages = messages;
    this.audit = audit;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.dates = dates;
    this.errors = errors;
  }

  @GetMapping("/audit")
  String search(
      @RequestParam(defaultValue = "") String actor,
      @RequestParam(defaultValue = "") String organisation,
      @RequestParam(defaultValue = "") String resourceType,
      @RequestParam(defaultValue = "") String resourceId,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("organisations", organisations.all());
    model.addAttribute(
        "actions",
        Arrays.stream(AuditAction.values())
            .map(a -> new Pick(a.name(), words.text("audit.action." + a.name())))
            .toList());
    model.addAttribute(
        "actors",
        actorNames().entrySet().stream()
            .map(e -> new Pick(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(Pick::label, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute(
        "resourceTypes",
        RESOURCE_TYPES.stream()
            .map(t -> new Pick(t, typeName(t)))
            .sorted(Comparator.comparing(Pick::label, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute(
        "q", new Criteria(actor, organisation, resourceType, resourceId, action, from, to));
    UUID organisationId = parseUuid(organisation, "organisation", model);
    AuditAction parsedAction = parseAction(action);
    Instant fromInstant = parseDate(from, "from", model, 0);
    Instant toInstant = parseDate(to, "to", model, 1);
    if (model.containsAttribute(FormErrors.ATTRIBUTE)) {
      return "audit/search";
    }
    AuditQuery query =
        new AuditQuery(
            actor,
            organisationId,
            resourceType,
            resourceId,
            parsedAction,
            fromInstant,
            toInstant,
            page,
            PAGE_SIZE);
    AuditTrail.Found found = audit.search(query, currentActor.require().audit());
    Map<String, String> names = actorNames();
    boolean administrator = currentActor.require().has(Role.ADMINISTRATOR);
    model.addAttribute(
        "entries", found.entries().stream().map(e -> row(e, names, administrator)).toList());
    model.addAttribute("total", found.total());
    model.addAttribute("page", query.page());
    model.addAttribute("pageSize", PAGE_SIZE);
    return "audit/search";
  }

  @GetMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("verification", audit.verify(currentActor.require().audit()));
    return "audit/verify";
  }

  /**
   * The records an administrator opens from the trail. Person data is not linked: neither the
   * auditor nor the administrator may read it.
   */
  private static final Map<String, String> PAGES =
      Map.of(
          "User", "/admin/users/",
          "Organisation", "/admin/organisations/");

  private static final List<String> RESOURCE_TYPES =
      List.of(
          "AnnualReport",
          "ApiToken",
          "Case",
          "Endpoint",
          "HotlineCall",
          "HtcdsImport",
          "Identification",
          "Indicator",
          "KnownCheck",
          "MatchReview",
          "Organisation",
          "Person",
          "Placement",
          "Referral",
          "Repatriation",
          "Shelter",
          "StatisticsCube",
          "StatisticsProjections",
          "User",
          "WaitingList");

  /**
   * One entry in words: the actor's name, the action and kind of record in the reader's language,
   * the local time to the second; the record's own id stays, as the key the auditor searches by.
   */
  public record Row(
      long number,
      String time,
      String actor,
      String action,
      String type,
      String resourceId,
      String link,
      boolean success,
      String purpose,
      List<String> purposeCodes,
      boolean token,
      String tokenIssuer) {}

  private Row row(AuditEntry e, Map<String, String> names, boolean administrator) {
    String link =
        !administrator || e.resourceId() == null || !PAGES.containsKey(e.resourceType())
            ? null
            : PAGES.get(e.resourceType()) + e.resourceId();
    return new Row(
        e.id(),
        dates.dateTimeSeconds(e.occurredAt()),
        names.getOrDefault(e.actor(), words.text("audit.actorUnknown")),
        words.text("audit.action." + e.action().name()),
        typeName(e.resourceType()),
        e.resourceId(),
        link,
        e.outcome() == AuditOutcome.SUCCESS,
        purposeWords(e.purpose()),
        purposeCodes(e.purpose()),
        e.token() != null,
        e.tokenIssuer() == null
            ? null
            : names.getOrDefault(e.tokenIssuer(), words.text("audit.actorUnknown")));
  }

  /** Ids, references and constants a purpose names: kept as they are, for searching. */
  private static final Pattern CODE_IN_PURPOSE =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|\\b[A-Z]-[A-Z0-9]{4}-[A-Z0-9]{4}\\b|\\b[A-Z][A-Z0-9_]{2,}\\b");

  /** The words of a purpose in the reader's language; one not translated yet stays as written. */
  private String purposeWords(String purpose) {
    if (purpose == null || purpose.isBlank()) {
      return null;
    }
    String words = CODE_IN_PURPOSE.matcher(purpose).replaceAll(" ").strip();
    words = words.replaceAll("[\\s:]+$", "").replaceAll("\\s+", " ");
    if (words.isEmpty()) {
      return null;
    }
    String key = "audit.purpose." + words.toLowerCase(Locale.ROOT).replaceAll("[^a-z.]+", "-");
    return messages.getMessage(key, null, words, LocaleContextHolder.getLocale());
  }

  private static List<String> purposeCodes(String purpose) {
    if (purpose == null) {
      return List.of();
    }
    return CODE_IN_PURPOSE.matcher(purpose).results().map(m -> m.group()).toList();
  }

  private String typeName(String type) {
    if (type == null) {
      return "";
    }
    return messages.getMessage("audit.type." + type, null, type, LocaleContextHolder.getLocale());
  }

  /** Every user by id, and Haven itself and the not-signed-in, by their names. */
  private Map<String, String> actorNames() {
    Map<String, String> names = new LinkedHashMap<>();
    users.displayNames().forEach((id, name) -> names.put(id.toString(), name));
    names.put(AuditActor.SYSTEM.id(), words.text("audit.actorSystem"));
    names.put(AuditActor.ANONYMOUS.id(), words.text("audit.actorAnonymous"));
    return names;
  }

  /** What the auditor typed, echoed back into the filter bar. */
  public record Criteria(
      String actor,
      String organisation,
      String resourceType,
      String resourceId,
      String action,
      String from,
      String to) {}

  private UUID parseUuid(String value, String field, Model model) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(model, field, "validation.invalid");
      return null;
    }
  }

  private static AuditAction parseAction(String value) {
    for (AuditAction action : AuditAction.values()) {
      if (action.name().equals(value)) {
        return action;
      }
    }
    return null;
  }

  private Instant parseDate(String value, String field, Model model, int plusDays) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip())
          .plusDays(plusDays)
          .atStartOfDay(dates.zone())
          .toInstant();
    } catch (DateTimeParseException e) {
      errors.add(model, field, "validation.invalid");
      return null;
    }
  }
}
