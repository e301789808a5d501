package org.haven.web.identification;

import java.util.List;

/**
 * The forms of an identification's page, each as typed (ADR 0021): one record per form, the page's
 * attribute of its own name when it comes back with an error, so a form shows what was typed into
 * it and no other form's values. A check box is a {@code Boolean}: null when it was not ticked.
 */
final class IdentificationForms {

  private IdentificationForms() {}

  /** An interview to schedule; the interpreter's language by name in the reader's language. */
  public record Schedule(
      String scheduledAt,
      String placeType,
      String organisation,
      String municipality,
      String interpreterLanguage,
      Boolean companionPresent,
      Boolean representativePresent) {}

  /** A scheduled interview recorded as held, with the indicators observed. */
  public record Held(
      String heldOn,
      Boolean companionPresent,
      Boolean representativePresent,
      List<String> indicators,
      String notes) {}

  /** The competent authority's decision; the country of exploitation by name. */
  public record Decision(
      String outcome,
      String authority,
      Boolean onBehalf,
      String decidedOn,
      List<String> forms,
      String mainForm,
      String exploitationCountry,
      String reasoning,
      String reconsiderationReason,
      String periodStart) {}

  /** More days of the period. */
  public record Extension(String days, String ground, String reason) {}

  /** The period ended early, asked to be confirmed first. */
  public record PeriodEnd(String endedOn, String endReason, Boolean confirmed) {}

  /** The person's answer to the period offered. */
  public record PeriodAnswer(String answer, String answeredOn) {}
}
