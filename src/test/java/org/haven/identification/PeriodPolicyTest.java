package org.haven.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.intake.Exploitation;
import org.haven.intake.ReferralId;
import org.haven.intake.Referrals.AcceptedReferral;
import org.haven.people.PersonId;
import org.junit.jupiter.api.Test;

/** The period rule at its edges, on a fixed clock: 30 days, at most 120, warnings at 7 and 2. */
class PeriodPolicyTest {

  static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
  static final LocalDate DECIDED = LocalDate.of(2026, 3, 10);

  final PeriodPolicy policy =
      new PeriodPolicy(new IdentificationSettings(30, 120, List.of(7, 2), null));
  final Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aPositiveDecisionOpensThirtyDays() {
    Identification identification = decidedVictim();
    assertThat(identification.periodRunning()).isTrue();
    assertThat(identification.periodType()).isEqualTo(PeriodType.REFLECTION);
    assertThat(identification.totalDays()).isEqualTo(30);
    assertThat(policy.endsOn(identification.periodStart(), identification.totalDays()))
        .isEqualTo(DECIDED.plusDays(30));
    assertThat(identification.events())
        .anyMatch(
            e -> e instanceof ReflectionPeriodStarted s && s.endsOn().equals(DECIDED.plusDays(30)));
  }

  @Test
  void extensionsMayBringThePeriodToExactly120DaysAndNotOneDayMore() {
    Identification identification = decidedVictim();
    identification.extend(
        60,
        ExtensionGround.COOPERATION_ON_REPATRIATION,
        "IOM return planned",
        user(),
        clock.instant(),
        DECIDED,
        policy);
    identification.extend(
        30,
        ExtensionGround.SPECIAL_REASONS,
        "Hospital stay",
        user(),
        clock.instant(),
        DECIDED,
        policy);
    assertThat(identification.totalDays()).isEqualTo(120);
    assertThat(policy.extensionRoom(identification.totalDays())).isZero();

    assertThatThrownBy(
            () ->
                identification.extend(
                    1,
                    ExtensionGround.SPECIAL_REASONS,
                    "One more day",
                    user(),
                    clock.instant(),
                    DECIDED,
                    policy))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.field()).isEqualTo("days");
              assertThat(e.messageKey()).isEqualTo("period.beyondMaximum");
            });
    assertThat(identification.totalDays()).as("nothing half-saved").isEqualTo(120);
  }

  @Test
  void oneExtensionOf91DaysIsRefusedButOf90Accepted() {
    Identification identification = decidedVictim();
    assertThatThrownBy(
            () ->
                identification.extend(
                    91,
                    ExtensionGround.SPECIAL_REASONS,
                    "x",
                    user(),
                    clock.instant(),
                    DECIDED,
                    policy))
        .isInstanceOf(InvalidInput.class);
    identification.extend(
        90, ExtensionGround.SPECIAL_REASONS, "x", user(), clock.instant(), DECIDED, policy);
    assertThat(identification.totalDays()).isEqualTo(120);
  }

  @Test
  void warningsComeOnceAt7AndAt2DaysAndThePeriodClosesAfterItsDeadline() {
    Identification identification = decidedVictim();
    LocalDate endsOn = DECIDED.plusDays(30);
    assertThat(identification.checkDeadline(endsOn.minusDays(8), policy, clock.instant()))
        .isFalse();
    assertThat(identification.checkDeadline(endsOn.minusDays(7), policy, clock.instant())).isTrue();
    assertThat(identification.checkDeadline(endsOn.minusDays(6), policy, clock.instant()))
        .as("the 7-day warning comes once")
        .isFalse();
    assertThat(identification.checkDeadline(endsOn.minusDays(2), policy, clock.instant())).isTrue();
    assertThat(identification.checkDeadline(endsOn.minusDays(1), policy, clock.instant()))
        .isFalse();
    assertThat(identification.checkDeadline(endsOn, policy, clock.instant()))
        .as("the deadline day itself is still inside the period")
        .isFalse();
    assertThat(identification.periodRunning()).isTrue();
    assertThat(identification.checkDeadline(endsOn.plusDays(1), policy, clock.instant())).isTrue();
    assertThat(identification.periodRunning()).isFalse();
    assertThat(identification.periodEndReason()).isEqualTo(PeriodEndReason.EXPIRED);
    assertThat(
            identification.events().stream()
                .filter(ReflectionPeriodEnding.class::isInstance)
                .map(e -> ((ReflectionPeriodEnding) e).daysLeft()))
        .containsExactly(7, 2);
  }

  @Test
  void aNewPeriodAfterAReversedDecisionStartsAfreshAndKeepsTheEarlierExtensions() {
    Identification identification = decidedVictim();
    identification.extend(
        30, ExtensionGround.SPECIAL_REASONS, "Treatment", user(), clock.instant(), DECIDED, policy);
    identification.decide(
        new DecisionInput(
            DecisionOutcome.NOT_VICTIM,
            null,
            false,
            DECIDED,
            List.of(),
            null,
            null,
            null,
            "New facts",
            null),
        Authority.IMMIGRATION_SERVICE,
        user(),
        user(),
        clock.instant(),
        DECIDED,
        policy);
    assertThat(identification.periodRunning()).isFalse();
    identification.decide(
        new DecisionInput(
            DecisionOutcome.VICTIM,
            null,
            false,
            DECIDED,
            List.of(Exploitation.ForcedLabour),
            null,
            null,
            null,
            "Appeal upheld",
            null),
        Authority.IMMIGRATION_SERVICE,
        user(),
        user(),
        clock.instant(),
        DECIDED,
        policy);
    assertThat(identification.totalDays()).isEqualTo(30);
    assertThat(identification.extensions()).isEmpty();
    assertThat(identification.allExtensions()).hasSize(1);
    assertThat(identification.decisions()).hasSize(3);
  }

  @Test
  void aDecisionBeforeTheReferralIsRefused() {
    Identification identification = opened();
    identification.residence(ResidenceStatus.NO_LEGAL_RESIDENCE);
    assertThatThrownBy(
            () ->
                identification.decide(
                    victim(REFERRED.minusDays(1)),
                    Authority.IMMIGRATION_SERVICE,
                    user(),
                    user(),
                    clock.instant(),
                    DECIDED,
                    policy))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.beforeReferral"));
    assertThat(identification.decisions()).isEmpty();
  }

  @Test
  void anInterviewOfAChildWithoutARepresentativeIsRefused() {
    Identification child =
        Identification.open(
            new AcceptedReferral(
                new ReferralId(UUID.randomUUID()),
                new PersonId(UUID.randomUUID()),
                user(),
                clock.instant(),
                REFERRED,
                REFERRED,
                true,
                false),
            clock.instant(),
            REFERRED);
    InterviewPlan without =
        new InterviewPlan(
            clock.instant(), null, null, PlaceType.CENTRE, "København", "uk", false, false);
    assertThatThrownBy(
            () ->
                child.schedule(without, Conductor.CENTRE, user(), user(), user(), clock.instant()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("interview.representativeRequired"));
    InterviewPlan with =
        new InterviewPlan(
            clock.instant(), null, null, PlaceType.CENTRE, "København", "uk", false, true);
    child.schedule(with, Conductor.CENTRE, user(), user(), user(), clock.instant());
    assertThat(child.interviews()).hasSize(1);
  }

  private Identification decidedVictim() {
    Identification identification = opened();
    identification.residence(ResidenceStatus.NO_LEGAL_RESIDENCE);
    identification.decide(
        victim(DECIDED),
        Authority.IMMIGRATION_SERVICE,
        user(),
        user(),
        clock.instant(),
        DECIDED,
        policy);
    return identification;
  }

  private Identification opened() {
    return Identification.open(
        new AcceptedReferral(
            new ReferralId(UUID.randomUUID()),
            new PersonId(UUID.randomUUID()),
            user(),
            clock.instant(),
            REFERRED,
            REFERRED,
            false,
            false),
        clock.instant(),
        REFERRED);
  }

  private static DecisionInput victim(LocalDate on) {
    return new DecisionInput(
        DecisionOutcome.VICTIM,
        null,
        false,
        on,
        List.of(Exploitation.SexualExploitation),
        null,
        "DK",
        "Consistent account; indicators of control and debt.",
        null,
        null);
  }

  private static UUID user() {
    return UUID.randomUUID();
  }
}
