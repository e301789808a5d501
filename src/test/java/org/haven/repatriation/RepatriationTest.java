package org.haven.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.haven.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The repatriation's rules on a fixed clock: plan before departure, six months, reports inside
 * them, costs.
 */
class RepatriationTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
  final LocalDate today = LocalDate.now(clock);

  @Test
  void theReintegrationPeriodRunsSixMonthsFromTheReturnAndReportsMustFallInsideIt() {
    Repatriation r = agreed();
    r.plan(
        "UA",
        "Lviv",
        null,
        LocalDate.of(2026, 1, 31),
        "Flight with escort",
        LocalDate.of(2026, 1, 20));
    r.depart(
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31).plusDays(1), clock.instant(), null);
    assertThat(r.reintegrationEndsOn()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(Repatriation.reintegrationEnd(LocalDate.of(2026, 8, 31), 6))
        .as("month ends are kept")
        .isEqualTo(LocalDate.of(2027, 2, 28));

    LocalDate later = LocalDate.of(2026, 12, 1);
    r.report(
        LocalDate.of(2026, 7, 31),
        FollowUpStatus.ON_TRACK,
        "Kiosk opened",
        true,
        true,
        UUID.randomUUID(),
        clock.instant(),
        later);
    assertThatThrownBy(
            () ->
                r.report(
                    LocalDate.of(2026, 8, 1),
                    FollowUpStatus.ON_TRACK,
                    null,
                    true,
                    true,
                    UUID.randomUUID(),
                    clock.instant(),
                    later))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("repatriation.reportAfterPeriod"));
    r.extendReintegration(2);
    assertThat(r.reintegrationEndsOn()).isEqualTo(LocalDate.of(2026, 9, 30));
    r.report(
        LocalDate.of(2026, 8, 1),
        FollowUpStatus.DIFFICULTIES,
        null,
        true,
        false,
        UUID.randomUUID(),
        clock.instant(),
        later);
    assertThat(r.followUps()).hasSize(2);
  }

  @Test
  void aDepartureBeforeThePlanExistsIsRefused() {
    Repatriation r = agreed();
    assertThatThrownBy(() -> r.depart(today, today, clock.instant(), null))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("repatriation.noPlan"));
    assertThat(r.status()).isEqualTo(RepatriationStatus.ACCEPTED);
    assertThat(r.events()).noneMatch(PersonReturned.class::isInstance);
  }

  @Test
  void supportItemsRefuseBadAmountsAndCurrenciesAndSumPerCurrency() {
    Repatriation r = agreed();
    r.addSupport(SupportItemType.MONTHLY_ALLOWANCE, new BigDecimal("150.00"), "EUR", 6, null);
    r.addSupport(SupportItemType.BUSINESS_START_UP, new BigDecimal("1200"), "eur", 1, "Beekeeping");
    r.addSupport(SupportItemType.CHILDREN_SCHOOLING, new BigDecimal("9000"), "UAH", 6, null);
    assertThat(r.costs())
        .isEqualTo(Map.of("EUR", new BigDecimal("2100.00"), "UAH", new BigDecimal("9000")));

    assertThatThrownBy(
            () -> r.addSupport(SupportItemType.HOUSING, new BigDecimal("-1"), "EUR", 1, null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(
            () -> r.addSupport(SupportItemType.HOUSING, new BigDecimal("1.005"), "EUR", 1, null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(
            () -> r.addSupport(SupportItemType.HOUSING, new BigDecimal("10"), "XYZ", 1, null))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("currency"));
    assertThatThrownBy(
            () -> r.addSupport(SupportItemType.HOUSING, new BigDecimal("10"), "EURO", 1, null))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("currency"));
    assertThat(r.supportItems()).as("nothing half-saved").hasSize(3);
  }

  @Test
  void acceptingAnnouncesTheAgreementOnce() {
    Repatriation r = agreed();
    assertThat(r.events()).hasAtLeastOneElementOfType(RepatriationAgreed.class);
    assertThatThrownBy(() -> r.accept(today, clock.instant(), null))
        .isInstanceOf(InvalidInput.class);
  }

  private Repatriation agreed() {
    Repatriation r =
        Repatriation.offer(
            new PersonId(UUID.randomUUID()),
            Programme.PREPARED_REPATRIATION,
            today.minusDays(60),
            6,
            UUID.randomUUID(),
            clock.instant());
    r.accept(today.minusDays(59), clock.instant(), null);
    return r;
  }

  @Test
  void theReturnProgrammeGoesFromEligibilityThroughTheApplicationToTheAssessmentBeforeTravel() {
    Repatriation r =
        Repatriation.offer(
            new PersonId(UUID.randomUUID()),
            Programme.VOLUNTARY_RETURN_IOM,
            today.minusDays(30),
            6,
            UUID.randomUUID(),
            clock.instant());
    UUID iom = UUID.randomUUID();
    assertThatThrownBy(() -> r.checkEligibility(EnumSet.allOf(ReturnCriterion.class), today, null))
        .as("the person answers first")
        .isInstanceOf(InvalidInput.class);
    r.accept(today.minusDays(29), clock.instant(), null);
    assertThatThrownBy(() -> r.plan("SE", null, null, today.plusDays(10), "Flight", today))
        .as("no travel before the return organisation accepted")
        .hasMessageContaining("repatriation.notAssessed");

    r.checkEligibility(
        EnumSet.complementOf(EnumSet.of(ReturnCriterion.FIT_TO_TRAVEL)), today, UUID.randomUUID());
    assertThat(r.eligible()).isFalse();
    assertThatThrownBy(() -> r.apply(iom, today, null))
        .hasMessageContaining("repatriation.notEligible");
    r.checkEligibility(EnumSet.allOf(ReturnCriterion.class), today, UUID.randomUUID());
    assertThat(r.eligible()).isTrue();
    assertThatThrownBy(() -> r.assess(Assessment.ACCEPTED, null, today, null))
        .as("nothing to assess before the application")
        .hasMessageContaining("repatriation.notApplied");
    r.apply(iom, today, UUID.randomUUID());
    assertThat(r.partner()).isEqualTo(iom);
    assertThatThrownBy(() -> r.apply(iom, today, null))
        .hasMessageContaining("repatriation.alreadyApplied");
    assertThatThrownBy(() -> r.assess(Assessment.REJECTED, " ", today, null))
        .as("a rejection says why")
        .hasMessageContaining("repatriation.rejectionReason");
    r.assess(Assessment.REJECTED, "No travel document can be issued", today, UUID.randomUUID());
    assertThatThrownBy(() -> r.checkEligibility(EnumSet.allOf(ReturnCriterion.class), today, null))
        .hasMessageContaining("repatriation.alreadyAssessed");
    r.apply(iom, today, UUID.randomUUID());
    assertThat(r.assessment()).as("a new application after a rejection").isNull();
    r.assess(Assessment.ACCEPTED, null, today, UUID.randomUUID());

    r.plan("RO", "Iasi", null, today.plusDays(10), "Flight with IOM escort", today);
    assertThat(r.partner()).as("the programme's partner stays").isEqualTo(iom);
    r.addSupport(
        SupportItemType.REINTEGRATION_GRANT, new BigDecimal("2000"), "EUR", 1, "Start-up", true);
    assertThat(r.supportItems().get(0).inKind()).isTrue();
  }

  @Test
  void theProgrammesStepsAreRefusedInAPreparedRepatriation() {
    Repatriation r = agreed();
    assertThatThrownBy(() -> r.checkEligibility(EnumSet.allOf(ReturnCriterion.class), today, null))
        .hasMessageContaining("repatriation.notTheProgramme");
  }

  @Test
  void anAgreedPlanIsCancelledBeforeDepartureWithItsReasonAndOnlyThen() {
    Repatriation r = agreed();
    assertThatThrownBy(() -> r.cancel("  ", clock.instant()))
        .as("a cancellation says why")
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThat(r.status()).isEqualTo(RepatriationStatus.ACCEPTED);

    r.cancel("Granted a residence permit", clock.instant());
    assertThat(r.status()).isEqualTo(RepatriationStatus.CANCELLED);
    assertThat(r.declineReason()).isEqualTo("Granted a residence permit");
    assertThat(r.events()).anyMatch(RepatriationChanged.class::isInstance);
    assertThatThrownBy(() -> r.cancel("Again", clock.instant()))
        .as("one way: a cancelled repatriation is not cancelled again")
        .hasMessageContaining("repatriation.notCancellable");
    assertThatThrownBy(() -> r.depart(today, today, clock.instant(), null))
        .as("nor does anyone depart on it");
    assertThat(r.events()).noneMatch(PersonReturned.class::isInstance);
  }

  @Test
  void aReturnThatHappenedIsNotCancelled() {
    Repatriation r = agreed();
    r.plan("UA", "Lviv", null, today, "Flight", today.minusDays(1));
    r.depart(today, today, clock.instant(), null);
    assertThatThrownBy(() -> r.cancel("Changed her mind", clock.instant()))
        .hasMessageContaining("repatriation.notCancellable");
    assertThat(r.status()).isEqualTo(RepatriationStatus.RETURNED);
  }
}
