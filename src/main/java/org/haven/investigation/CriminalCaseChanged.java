package org.haven.investigation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A criminal case beside a victim's was linked or brought up to date: dates, outcomes and counts
 * only, for the numbers.
 *
 * @param exploitation the forms of exploitation charged (intake's codes)
 * @param charges each day charges were brought, with the suspects charged
 * @param indictedOn the day the prosecution indicted, or null
 * @param convictedOn the day of a verdict that convicted, or null
 * @param convicted persons convicted by that verdict
 */
public record CriminalCaseChanged(
    UUID caseId,
    LocalDate linkedOn,
    List<String> exploitation,
    List<Charged> charges,
    LocalDate indictedOn,
    LocalDate convictedOn,
    int convicted) {

  /** Charges of one day. */
  public record Charged(LocalDate date, int suspects) {}
}
