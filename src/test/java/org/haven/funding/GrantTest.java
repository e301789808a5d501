package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.junit.jupiter.api.Test;

/** A grant's rules on decisions and money, and exact sums over many random payments. */
class GrantTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final LocalDate APPLIED = LocalDate.of(2026, 1, 10);

  static Grant applied(String amount) {
    return new Grant(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        Money.of("amount", new BigDecimal(amount), "DKK"),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        "Street outreach in Copenhagen",
        GrantStatus.APPLIED,
        null,
        null,
        null,
        APPLIED,
        null,
        List.of(),
        0);
  }

  static Grant decided(Grant grant, GrantDecision decision) {
    Grant.Decided d = grant.decide(decision, TODAY);
    return new Grant(
        grant.id(),
        grant.initiative(),
        grant.organisation(),
        grant.requested(),
        grant.periodFrom(),
        grant.periodTo(),
        grant.purpose(),
        d.status(),
        d.granted(),
        null,
        d.on(),
        grant.appliedOn(),
        null,
        grant.payments(),
        1);
  }

  static Grant with(Grant grant, Payment payment) {
    List<Payment> payments = new ArrayList<>(grant.payments());
    payments.add(payment);
    return new Grant(
        grant.id(),
        grant.initiative(),
        grant.organisation(),
        grant.requested(),
        grant.periodFrom(),
        grant.periodTo(),
        grant.purpose(),
        grant.status(),
        grant.granted(),
        grant.conditions(),
        grant.decidedOn(),
        grant.appliedOn(),
        grant.closedOn(),
        payments,
        grant.version() + 1);
  }

  static GrantDecision partly(String amount, LocalDate on) {
    return new GrantDecision(
        GrantDecision.Outcome.PARTLY, new BigDecimal(amount), "Quarterly reports", on, List.of());
  }

  static PaymentDetails paid(String amount, LocalDate on) {
    return new PaymentDetails(on, new BigDecimal(amount), null, null);
  }

  @Test
  void aDecisionGrantsNoMoreThanAskedAndNotBeforeTheApplication() {
    Grant grant = applied("500000.00");
    assertThatThrownBy(() -> grant.decide(partly("600000", LocalDate.of(2026, 2, 1)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("funding.moreThanRequested"));
    assertThatThrownBy(() -> grant.decide(partly("400000", LocalDate.of(2026, 1, 2)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("funding.decidedBeforeApplied"));
    assertThatThrownBy(
            () ->
                grant.decide(
                    new GrantDecision(
                        GrantDecision.Outcome.GRANTED,
                        new BigDecimal("400000"),
                        null,
                        LocalDate.of(2026, 2, 1),
                        List.of()),
                    TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("funding.grantedInFull"));
    assertThatThrownBy(() -> grant.decide(partly("400000.005", LocalDate.of(2026, 2, 1)), TODAY))
        .as("no fractions of an øre")
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("funding.tooManyDecimals"));

    Grant.Decided decided = grant.decide(partly("400000", LocalDate.of(2026, 2, 1)), TODAY);
    assertThat(decided.status()).isEqualTo(GrantStatus.PARTLY_GRANTED);
    assertThat(decided.granted()).isEqualTo(new Money(new BigDecimal("400000.00"), "DKK"));
  }

  @Test
  void aRefusalGrantsNothingAndPaysNothing() {
    Grant refused =
        decided(
            applied("1000"),
            new GrantDecision(
                GrantDecision.Outcome.REFUSED, null, null, LocalDate.of(2026, 2, 1), List.of()));
    assertThat(refused.status()).isEqualTo(GrantStatus.REFUSED);
    assertThat(refused.granted()).isNull();
    assertThatThrownBy(() -> refused.pay(paid("10", LocalDate.of(2026, 3, 1)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("funding.noPaymentWithoutGrant"));
  }

  @Test
  void moneyIsPaidWithinTheGrantAfterTheDecisionAndRepaidWithinWhatWasPaid() {
    Grant grant = decided(applied("500000"), partly("400000", LocalDate.of(2026, 2, 1)));
    assertThatThrownBy(() -> grant.pay(paid("1000", LocalDate.of(2026, 1, 31)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("funding.paidBeforeDecision"));
    assertThatThrownBy(() -> grant.pay(paid("-5", LocalDate.of(2026, 3, 1)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("funding.negative"));
    assertThatThrownBy(
            () ->
                grant.pay(
                    new PaymentDetails(LocalDate.of(2026, 3, 1), BigDecimal.TEN, "SEK", null),
                    TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("funding.otherCurrency"));

    Grant paidOnce =
        with(
            grant,
            new Payment(
                UUID.randomUUID(),
                Payment.Kind.PAYMENT,
                LocalDate.of(2026, 3, 1),
                grant.pay(paid("300000.50", LocalDate.of(2026, 3, 1)), TODAY),
                null));
    assertThat(paidOnce.undisbursed().amount()).isEqualByComparingTo("99999.50");
    assertThatThrownBy(() -> paidOnce.pay(paid("99999.51", LocalDate.of(2026, 4, 1)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("funding.moreThanGranted"));
    assertThatThrownBy(() -> paidOnce.repay(paid("300000.51", LocalDate.of(2026, 4, 1)), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("funding.moreThanPaid"));
    assertThat(paidOnce.repay(paid("300000.50", LocalDate.of(2026, 4, 1)), TODAY).amount())
        .isEqualByComparingTo("300000.50");
  }

  @Test
  void currenciesAreIso4217() {
    assertThat(Money.of("amount", new BigDecimal("1.5"), "sek"))
        .isEqualTo(new Money(new BigDecimal("1.50"), "SEK"));
    assertThat(Money.of("amount", new BigDecimal("100"), "JPY").amount().scale()).isZero();
    for (String wrong : new String[] {"XYZ", "DK", "kroner", "", "12A"}) {
      assertThatThrownBy(() -> Money.of("amount", BigDecimal.ONE, wrong))
          .as(wrong)
          .isInstanceOf(InvalidInput.class);
    }
  }

  /**
   * Seeded model: 10,000 random grants, payments and repayments, each accepted or refused by the
   * rules; every total equals the sum of its parts to the øre, and nothing beyond a grant is paid.
   */
  @Test
  void tenThousandRandomMovementsSumExactly() {
    Random random = new Random(20261202L);
    List<Grant> grants = new ArrayList<>();
    long expectedPaidOere = 0;
    long expectedRepaidOere = 0;
    long expectedGrantedOere = 0;
    for (int step = 0; step < 10_000; step++) {
      int choice = grants.isEmpty() ? 0 : random.nextInt(10);
      if (choice == 0) {
        long requested = 1 + random.nextInt(100_000_000);
        long granted = 1 + (long) (random.nextDouble() * requested);
        Grant grant =
            decided(
                applied(oere(requested)),
                granted == requested
                    ? new GrantDecision(
                        GrantDecision.Outcome.GRANTED,
                        new BigDecimal(oere(granted)),
                        null,
                        LocalDate.of(2026, 2, 1),
                        List.of())
                    : partly(oere(granted), LocalDate.of(2026, 2, 1)));
        grants.add(grant);
        expectedGrantedOere += granted;
        continue;
      }
      int index = random.nextInt(grants.size());
      Grant grant = grants.get(index);
      long amount = 1 + random.nextInt(40_000_000);
      boolean repayment = choice >= 8;
      PaymentDetails details = paid(oere(amount), LocalDate.of(2026, 3, 1 + random.nextInt(28)));
      try {
        Money moved = repayment ? grant.repay(details, TODAY) : grant.pay(details, TODAY);
        grants.set(
            index,
            with(
                grant,
                new Payment(
                    UUID.randomUUID(),
                    repayment ? Payment.Kind.REPAYMENT : Payment.Kind.PAYMENT,
                    details.paidOn(),
                    moved,
                    null)));
        if (repayment) {
          expectedRepaidOere += amount;
        } else {
          expectedPaidOere += amount;
        }
      } catch (InvalidInput refused) {
        assertThat(refused.messageKey()).isIn("funding.moreThanGranted", "funding.moreThanPaid");
      }
    }
    Money granted = Money.zero("DKK");
    Money paid = Money.zero("DKK");
    Money repaid = Money.zero("DKK");
    for (Grant grant : grants) {
      assertThat(grant.disbursed().exceeds(grant.granted())).isFalse();
      assertThat(grant.repaid().exceeds(grant.disbursed())).isFalse();
      assertThat(grant.undisbursed().plus(grant.disbursed())).isEqualTo(grant.granted());
      granted = granted.plus(grant.granted());
      paid = paid.plus(grant.disbursed());
      repaid = repaid.plus(grant.repaid());
    }
    assertThat(granted.amount()).isEqualByComparingTo(oere(expectedGrantedOere));
    assertThat(paid.amount()).isEqualByComparingTo(oere(expectedPaidOere));
    assertThat(repaid.amount()).isEqualByComparingTo(oere(expectedRepaidOere));
  }

  private static String oere(long oere) {
    return BigDecimal.valueOf(oere, 2).toPlainString();
  }
}
