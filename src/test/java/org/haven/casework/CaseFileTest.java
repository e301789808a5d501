package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Language;
import org.haven.access.NotVisible;
import org.haven.access.OrganisationId;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.haven.people.PersonId;
import org.junit.jupiter.api.Test;

/** The case's rules, decided by the aggregate without a database: each both ways. */
class CaseFileTest {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  static final UUID CENTRE = UUID.randomUUID();
  static final UUID NGO = UUID.randomUUID();
  static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void aClosedCaseTakesNoChangeAnOpenOneDoes() {
    caseFile(CaseStatus.ACTIVE, null).requireOpen();
    caseFile(CaseStatus.FOLLOW_UP, null).requireOpen();
    assertRefused(
        () -> caseFile(CaseStatus.CLOSED, null).requireOpen(), "status", "case.alreadyClosed");
    assertRefused(
        () -> caseFile(CaseStatus.CLOSED_REFERRED, null).requireOpen(),
        "status",
        "case.alreadyClosed");
  }

  @Test
  void closingNeedsAReasonAndOtherNeedsANote() {
    CaseFile open = caseFile(CaseStatus.ACTIVE, null);
    assertRefused(
        () -> open.checkedStatusChange(CaseStatus.CLOSED, null, "moved"),
        "reason",
        "case.closureReasonRequired");
    assertRefused(
        () -> open.checkedStatusChange(CaseStatus.CLOSED, ClosureReason.OTHER, "  "),
        "note",
        "case.closureNoteRequired");
    assertThat(open.checkedStatusChange(CaseStatus.CLOSED, ClosureReason.OTHER, " moved abroad "))
        .isEqualTo("moved abroad");
    assertThat(open.checkedStatusChange(CaseStatus.CLOSED, ClosureReason.REPATRIATED, null))
        .isNull();
    assertThat(open.checkedStatusChange(CaseStatus.FOLLOW_UP, null, null)).isNull();
    assertRefused(
        () ->
            caseFile(CaseStatus.CLOSED, null).checkedStatusChange(CaseStatus.FOLLOW_UP, null, null),
        "status",
        "case.alreadyClosed");
  }

  @Test
  void consentStandsOnlyWhenGivenAfterTheLastWithdrawal() {
    // withdrawn at 23:30 UTC on 1 March: already 2 March in Copenhagen
    CaseFile withdrawn = caseFile(CaseStatus.ACTIVE, Instant.parse("2026-03-01T23:30:00Z"));
    assertThat(withdrawn.consentStands(LocalDate.of(2026, 3, 2), COPENHAGEN)).isFalse();
    assertThat(withdrawn.consentStands(LocalDate.of(2026, 3, 3), COPENHAGEN)).isTrue();
    assertThat(
            caseFile(CaseStatus.ACTIVE, null).consentStands(LocalDate.of(2020, 1, 1), COPENHAGEN))
        .isTrue();
  }

  @Test
  void aShareNeedsAnotherOrganisationABasisAndWhatTheBasisAsks() {
    CaseFile file = caseFile(CaseStatus.ACTIVE, Instant.parse("2026-06-01T10:00:00Z"));
    assertRefused(
        () ->
            share(CENTRE, ShareBasis.CONSENT, TODAY, null).checked(file, CENTRE, TODAY, COPENHAGEN),
        "organisation",
        "share.ownOrganisation");
    assertRefused(
        () -> share(NGO, null, TODAY, null).checked(file, CENTRE, TODAY, COPENHAGEN),
        "basis",
        "share.basisRequired");
    assertRefused(
        () -> share(NGO, ShareBasis.CONSENT, null, null).checked(file, CENTRE, TODAY, COPENHAGEN),
        "consentGivenOn",
        "share.consentDateRequired");
    assertRefused(
        () ->
            share(NGO, ShareBasis.CONSENT, TODAY.plusDays(1), null)
                .checked(file, CENTRE, TODAY, COPENHAGEN),
        "consentGivenOn",
        "validation.futureDate");
    assertRefused(
        () ->
            share(NGO, ShareBasis.CONSENT, LocalDate.of(2026, 6, 1), null)
                .checked(file, CENTRE, TODAY, COPENHAGEN),
        "consentGivenOn",
        "share.consentWithdrawn");
    assertRefused(
        () ->
            share(NGO, ShareBasis.LEGAL_BASIS, null, " ").checked(file, CENTRE, TODAY, COPENHAGEN),
        "basisDetail",
        "share.legalBasisRequired");
    assertRefused(
        () ->
            share(NGO, ShareBasis.CONSENT, TODAY, null)
                .checked(caseFile(CaseStatus.CLOSED, null), CENTRE, TODAY, COPENHAGEN),
        "status",
        "case.alreadyClosed");
  }

  @Test
  void aShareAlwaysCarriesTheSummaryAndKeepsAConsentDateOnlyWithConsent() {
    CaseFile file = caseFile(CaseStatus.ACTIVE, null);
    ShareRequest onConsent =
        new ShareRequest(NGO, Set.of(CasePart.NOTES), ShareBasis.CONSENT, TODAY, null)
            .checked(file, CENTRE, TODAY, COPENHAGEN);
    assertThat(onConsent.parts()).containsExactlyInAnyOrder(CasePart.SUMMARY, CasePart.NOTES);
    assertThat(onConsent.consentGivenOn()).isEqualTo(TODAY);
    ShareRequest onLaw =
        new ShareRequest(NGO, null, ShareBasis.LEGAL_BASIS, TODAY, " Act s. 8 ")
            .checked(file, CENTRE, TODAY, COPENHAGEN);
    assertThat(onLaw.parts()).containsExactly(CasePart.SUMMARY);
    assertThat(onLaw.consentGivenOn()).isNull();
    assertThat(onLaw.basisDetail()).isEqualTo("Act s. 8");
  }

  @Test
  void theCentreReachesEveryCaseOthersOnlyThroughTheirOwnActiveShare() {
    assertThat(CaseAccess.of(actor(Role.CENTRE_CASEWORKER, CENTRE), List.of()).full()).isTrue();
    Actor ngo = actor(Role.NGO_WORKER, NGO);
    assertThatThrownBy(() -> CaseAccess.of(ngo, List.of())).isInstanceOf(NotVisible.class);
    CaseShare revoked = caseShare(NGO, EnumSet.of(CasePart.SUMMARY, CasePart.NOTES), true);
    CaseShare other = caseShare(UUID.randomUUID(), EnumSet.allOf(CasePart.class), false);
    assertThatThrownBy(() -> CaseAccess.of(ngo, List.of(revoked, other)))
        .isInstanceOf(NotVisible.class);
    CaseShare active = caseShare(NGO, EnumSet.of(CasePart.SUMMARY, CasePart.NOTES), false);
    CaseAccess access = CaseAccess.of(ngo, List.of(revoked, other, active));
    assertThat(access.full()).isFalse();
    assertThat(access.share()).isEqualTo(active.id());
    assertThat(access.may(CasePart.NOTES)).isTrue();
    assertThat(access.may(CasePart.TESTIMONY)).isFalse();
  }

  @Test
  void notesAreReadAndWrittenAtTheLevelsTheAccessAllows() {
    CaseAccess centre = CaseAccess.of(actor(Role.CENTRE_CASEWORKER, CENTRE), List.of());
    CaseAccess notes = new CaseAccess(false, EnumSet.of(CasePart.SUMMARY, CasePart.NOTES), null);
    CaseAccess testimony =
        new CaseAccess(
            false, EnumSet.of(CasePart.SUMMARY, CasePart.NOTES, CasePart.TESTIMONY), null);
    CaseAccess summary = new CaseAccess(false, EnumSet.of(CasePart.SUMMARY), null);
    for (Sensitivity level : Sensitivity.values()) {
      assertThat(centre.mayWrite(level)).isTrue();
      assertThat(centre.mayRead(level)).isTrue();
      assertThat(summary.mayWrite(level)).isFalse();
      assertThat(summary.mayRead(level)).isFalse();
    }
    assertThat(notes.mayWrite(Sensitivity.NORMAL)).isTrue();
    assertThat(notes.mayWrite(Sensitivity.SENSITIVE)).isFalse();
    assertThat(notes.mayRead(Sensitivity.SENSITIVE)).isFalse();
    assertThat(testimony.mayRead(Sensitivity.SENSITIVE)).isTrue();
    assertThat(testimony.mayWrite(Sensitivity.SENSITIVE)).isFalse();
    assertThat(testimony.mayRead(Sensitivity.CONFIDENTIAL)).isFalse();
  }

  @Test
  void aTaskIsDoneByTheCentreOrItsAssigneeOnceAndWrittenWithATitleNotDueInThePast() {
    Actor assignee = actor(Role.NGO_WORKER, NGO);
    CaseTask open = task(assignee.user().value(), TaskStatus.OPEN);
    assertThat(open.mayComplete(assignee)).isTrue();
    assertThat(open.mayComplete(actor(Role.CENTRE_CASEWORKER, CENTRE))).isTrue();
    assertThat(open.mayComplete(actor(Role.NGO_WORKER, NGO))).isFalse();
    open.requireOpen();
    assertRefused(
        () -> task(assignee.user().value(), TaskStatus.DONE).requireOpen(),
        "status",
        "task.notOpen");
    assertRefused(() -> CaseTask.checkedTitle(" ", null, TODAY), "title", "validation.required");
    assertRefused(
        () -> CaseTask.checkedTitle("Call", TODAY.minusDays(1), TODAY), "dueOn", "task.duePast");
    assertThat(CaseTask.checkedTitle(" Call the lawyer ", TODAY, TODAY))
        .isEqualTo("Call the lawyer");
  }

  @Test
  void timelineFactsAreTypedAsStored() {
    assertThat(TimelineFact.of("2026-03-02"))
        .isEqualTo(new TimelineFact.Day(LocalDate.of(2026, 3, 2)));
    assertThat(TimelineFact.of("2026-03-02T10:15:30Z"))
        .isEqualTo(new TimelineFact.Moment(Instant.parse("2026-03-02T10:15:30Z")));
    assertThat(TimelineFact.of("CONSENT")).isEqualTo(new TimelineFact.Code("CONSENT"));
    assertThat(TimelineFact.of("3")).isEqualTo(new TimelineFact.Text("3"));
    assertThat(TimelineFact.of("")).isEqualTo(new TimelineFact.Text(""));
    assertThat(TimelineFact.of("2026-13-45")).isEqualTo(new TimelineFact.Text("2026-13-45"));
    assertThat(TimelineFact.of("Consent")).isEqualTo(new TimelineFact.Text("Consent"));
  }

  private static void assertRefused(Runnable change, String field, String messageKey) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused -> {
              assertThat(refused.field()).isEqualTo(field);
              assertThat(refused.messageKey()).isEqualTo(messageKey);
            });
  }

  private static ShareRequest share(
      UUID organisation, ShareBasis basis, LocalDate consentOn, String detail) {
    return new ShareRequest(organisation, Set.of(), basis, consentOn, detail);
  }

  private static CaseFile caseFile(CaseStatus status, Instant consentWithdrawnAt) {
    return new CaseFile(
        new CaseId(UUID.randomUUID()),
        new PersonId(UUID.randomUUID()),
        "P-TEST-0001",
        null,
        status,
        null,
        null,
        UUID.randomUUID(),
        false,
        Instant.parse("2026-01-01T09:00:00Z"),
        null,
        null,
        null,
        null,
        consentWithdrawnAt,
        0,
        null);
  }

  private static CaseShare caseShare(UUID organisation, Set<CasePart> parts, boolean revoked) {
    Instant at = Instant.parse("2026-02-01T09:00:00Z");
    return new CaseShare(
        UUID.randomUUID(),
        organisation,
        parts,
        ShareBasis.CONSENT,
        null,
        LocalDate.of(2026, 2, 1),
        UUID.randomUUID(),
        at,
        revoked ? at.plusSeconds(60) : null,
        null,
        null);
  }

  private static CaseTask task(UUID assignee, TaskStatus status) {
    return new CaseTask(
        UUID.randomUUID(),
        new CaseId(UUID.randomUUID()),
        "MANUAL",
        "Call",
        List.of(),
        null,
        assignee,
        status,
        null,
        Instant.parse("2026-02-01T09:00:00Z"),
        null);
  }

  private static Actor actor(Role role, UUID organisation) {
    return new Actor(
        new UserId(UUID.randomUUID()),
        new OrganisationId(organisation),
        "Someone",
        Set.of(role),
        Language.EN,
        Instant.now());
  }
}
