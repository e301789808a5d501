package org.haven.web.casework;

import java.util.List;

/**
 * The forms of the case page, each as typed (ADR 0021): one record per form, the page's attribute
 * of its own name when it comes back with an error, so a form shows what was typed into it and no
 * other form's values. A check box is a {@code Boolean}: null when it was not ticked.
 */
final class CaseForms {

  private CaseForms() {}

  /** A task for the case's team. */
  public record Task(String title, String dueOn, String assignee) {}

  /** A support plan. */
  public record Plan(String planType, String objectives, String startsOn, String plannedEnd) {}

  /** A service given, under a plan or not. */
  public record Service(String serviceType, String deliveredOn, String plan, String serviceNote) {}

  /** A note, with who may read it. */
  public record Note(String text, String sensitivity) {}

  /** The case shared with another organisation: which parts, on which basis. */
  public record Share(
      String organisation,
      List<String> parts,
      String basis,
      String consentGivenOn,
      String basisDetail) {}

  /** The centre's contact person for the case. */
  public record ContactPerson(String contactPerson) {}

  /** The case closed (or moved to follow-up), asked to be confirmed first. */
  public record Closing(String status, String reason, String note, Boolean confirmed) {}
}
