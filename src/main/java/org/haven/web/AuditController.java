package org.haven.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.haven.access.CurrentActor;
import org.haven.access.Organisations;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditTrail;
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

  AuditController(
      AuditTrail audit,
      Organisations organisations,
      CurrentActor currentActor,
      Dates dates,
      FormErrors errors) {
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
    model.addAttribute("actions", AuditAction.values());
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
    model.addAttribute("entries", found.entries());
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
