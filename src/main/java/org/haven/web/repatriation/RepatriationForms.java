package org.haven.web.repatriation;

import java.util.List;

/**
 * The forms of a repatriation's page, each as typed (ADR 0021): one record per form, each the
 * page's attribute of its own name when it comes back with an error, so a form shows what was typed
 * into it and no other form's values. A check box is a {@code Boolean}: null when it was not
 * ticked.
 */
final class RepatriationForms {

  private RepatriationForms() {}

  /** The person's answer to the offer; {@code accepted} is the button pressed. */
  public record Answer(String accepted, String extendPeriodDays, String reason) {}

  /** The reintegration plan; the country as its name in the reader's language, or its code. */
  public record Plan(
      String destinationCountry,
      String destinationPlace,
      String partner,
      String plannedDeparture,
      String travel) {}

  /** One support item of the plan. */
  public record SupportItem(
      String type, String amount, String currency, String months, String note, Boolean inKind) {}

  /** The departure, asked to be confirmed before it is recorded. */
  public record Departure(String actualDeparture, Boolean confirmed) {}

  /** The return programme's criteria met, as checked. */
  public record Eligibility(List<String> criteria) {}

  /** The application to a return organisation. */
  public record Application(String partner) {}

  /** The return organisation's assessment of the application. */
  public record Assessment(String outcome, String assessmentNote) {}

  /** A follow-up report after the return. */
  public record FollowUp(
      String reportedOn, String status, String note, Boolean safe, Boolean reachable) {}

  /** More months of reintegration support. */
  public record Extension(String extensionMonths) {}

  /** The end of the reintegration support, asked to be confirmed first. */
  public record Ending(String outcome, String outcomeNote, Boolean confirmed) {}

  /** Cancelling the offer or plan before departure, asked to be confirmed first. */
  public record Cancellation(String cancelReason, Boolean confirmed) {}
}
