package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.access.Texts;
import org.haven.people.PersonId;

/**
 * A case file's summary, and the rules its changes obey: nothing is added to a closed case, a case
 * closes with a reason (and a note when the reason is "other"), and consent recorded for a share
 * must postdate the person's last withdrawal of consent.
 *
 * @param personReference the pseudonymous reference shown to users
 * @param decisionOutcome the decision in force (an HTCDS-mapped code), or null
 * @param periodEndsOn the deadline of the running reflection or restitution period, or null
 * @param mergedInto the case this one is kept in since the person's two records were merged, or
 *     null
 */
public record CaseFile(
    CaseId id,
    PersonId person,
    String personReference,
    UUID identification,
    CaseStatus status,
    ClosureReason closureReason,
    String closureNote,
    UUID contactPerson,
    boolean minor,
    Instant openedAt,
    Instant closedAt,
    String decisionOutcome,
    String competentAuthority,
    LocalDate periodEndsOn,
    Instant consentWithdrawnAt,
    long version,
    CaseId mergedInto) {

  /** Refuses a change that only an open case takes (a task, a note, a share, a status). */
  public void requireOpen() {
    if (!status.open()) {
      throw new InvalidInput("status", "case.alreadyClosed");
    }
  }

  /**
   * Checks a move to {@code target} (follow-up, or a closing status) and returns the note kept with
   * it: closing needs a reason, and the reason "other" needs a note saying what it was.
   */
  public String checkedStatusChange(CaseStatus target, ClosureReason reason, String note) {
    requireOpen();
    String why = Texts.optional("note", note, CaseFiles.TEXT_LIMIT);
    if (!target.open()) {
      if (reason == null) {
        throw new InvalidInput("reason", "case.closureReasonRequired");
      }
      if (reason == ClosureReason.OTHER && why == null) {
        throw new InvalidInput("note", "case.closureNoteRequired");
      }
    }
    return why;
  }

  /**
   * Whether consent given on this day may carry a share: only consent given after the day the
   * person last withdrew it (in the centre's time zone).
   */
  public boolean consentStands(LocalDate givenOn, ZoneId zone) {
    return consentWithdrawnAt == null
        || givenOn.isAfter(LocalDate.ofInstant(consentWithdrawnAt, zone));
  }
}
