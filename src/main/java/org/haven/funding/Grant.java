package org.haven.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.access.InvalidInput;

/**
 * A grant from application to end, with the money that moved under it. Its rules: a decision only
 * on an application, on a date not before it was applied for; never more granted than asked; money
 * paid only under a grant that pays out, not before the decision, and never beyond what was
 * granted; repaid never more than was paid; nothing moves once it is closed.
 */
public record Grant(
    UUID id,
    UUID initiative,
    UUID organisation,
    Money requested,
    LocalDate periodFrom,
    LocalDate periodTo,
    String purpose,
    GrantStatus status,
    Money granted,
    String conditions,
    LocalDate decidedOn,
    LocalDate appliedOn,
    LocalDate closedOn,
    List<Payment> payments,
    long version) {

  public Grant {
    payments = payments == null ? List.of() : List.copyOf(payments);
  }

  /** What was paid out, before repayments. */
  public Money disbursed() {
    return sum(Payment.Kind.PAYMENT);
  }

  /** Unspent money paid back. */
  public Money repaid() {
    return sum(Payment.Kind.REPAYMENT);
  }

  /** What the holder has received net of repayments. */
  public Money net() {
    return disbursed().minus(repaid());
  }

  /** Granted but not yet paid out. */
  public Money undisbursed() {
    return granted == null ? Money.zero(requested.currency()) : granted.minus(disbursed());
  }

  private Money sum(Payment.Kind kind) {
    Money total = Money.zero(requested.currency());
    for (Payment p : payments) {
      if (p.kind() == kind) {
        total = total.plus(p.amount());
      }
    }
    return total;
  }

  /** The status and amount a decision leads to, checked against this application. */
  Decided decide(GrantDecision decision, LocalDate today) {
    if (status != GrantStatus.APPLIED) {
      throw new InvalidInput("outcome", "funding.alreadyDecided");
    }
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    if (decision.outcome() == null) {
      checks.add("outcome", "validation.required");
    }
    LocalDate on = decision.decidedOn();
    if (on == null) {
      checks.add("decidedOn", "validation.required");
    } else if (on.isAfter(today)) {
      checks.add("decidedOn", "validation.futureDate");
    } else if (on.isBefore(appliedOn)) {
      checks.add("decidedOn", "funding.decidedBeforeApplied");
    }
    Money amount = null;
    if (decision.outcome() == GrantDecision.Outcome.REFUSED) {
      if (decision.amount() != null && decision.amount().signum() != 0) {
        checks.add("amount", "funding.refusedWithAmount");
      }
    } else if (decision.outcome() != null) {
      amount = checks.check(() -> Money.of("amount", decision.amount(), requested.currency()));
      if (amount != null) {
        if (amount.isZero()) {
          checks.add("amount", "funding.zeroGrant");
        } else if (amount.exceeds(requested)) {
          checks.add("amount", "funding.moreThanRequested");
        } else if (decision.outcome() == GrantDecision.Outcome.GRANTED
            && amount.compareTo(requested) != 0) {
          checks.add("amount", "funding.grantedInFull");
        } else if (decision.outcome() == GrantDecision.Outcome.PARTLY
            && amount.compareTo(requested) == 0) {
          checks.add("amount", "funding.partlyIsLess");
        }
      }
    }
    List<DutyDetails> duties = new ArrayList<>();
    for (int i = 0; i < decision.duties().size(); i++) {
      DutyDetails duty = decision.duties().get(i);
      if (duty == null || duty.kind() == null || duty.dueOn() == null) {
        checks.add("duties[" + i + "]", "validation.required");
      } else if (on != null && duty.dueOn().isBefore(on)) {
        checks.add("duties[" + i + "]", "funding.dueBeforeDecision");
      } else {
        duties.add(duty);
      }
    }
    checks.done();
    GrantStatus next =
        switch (decision.outcome()) {
          case GRANTED -> GrantStatus.GRANTED;
          case PARTLY -> GrantStatus.PARTLY_GRANTED;
          case REFUSED -> GrantStatus.REFUSED;
        };
    return new Decided(next, amount, on, duties);
  }

  /** The decision's effect: the new status, the amount granted (none if refused), the duties. */
  record Decided(GrantStatus status, Money granted, LocalDate on, List<DutyDetails> duties) {}

  /** A payment to the holder, checked: within what was granted, not before the decision. */
  Money pay(PaymentDetails payment, LocalDate today) {
    if (!status.paysOut()) {
      throw new InvalidInput("amount", "funding.noPaymentWithoutGrant");
    }
    Money amount = moved(payment, today);
    if (amount.exceeds(undisbursed())) {
      throw new InvalidInput("amount", "funding.moreThanGranted", undisbursed().amount());
    }
    return amount;
  }

  /** Unspent money paid back: never more than the holder has received net. */
  Money repay(PaymentDetails payment, LocalDate today) {
    if (status == GrantStatus.APPLIED || status == GrantStatus.REFUSED) {
      throw new InvalidInput("amount", "funding.noPaymentWithoutGrant");
    }
    Money amount = moved(payment, today);
    if (amount.exceeds(net())) {
      throw new InvalidInput("amount", "funding.moreThanPaid", net().amount());
    }
    return amount;
  }

  private Money moved(PaymentDetails payment, LocalDate today) {
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    if (payment.currency() != null
        && !payment.currency().isBlank()
        && !payment.currency().strip().equalsIgnoreCase(requested.currency())) {
      checks.add("currency", "funding.otherCurrency", requested.currency());
    }
    Money amount = checks.check(() -> Money.of("amount", payment.amount(), requested.currency()));
    if (amount != null && amount.isZero()) {
      checks.add("amount", "funding.zeroPayment");
    }
    LocalDate on = payment.paidOn();
    if (on == null) {
      checks.add("paidOn", "validation.required");
    } else if (on.isAfter(today)) {
      checks.add("paidOn", "validation.futureDate");
    } else if (decidedOn != null && on.isBefore(decidedOn)) {
      checks.add("paidOn", "funding.paidBeforeDecision");
    }
    checks.done();
    return amount;
  }

  /** Closes the grant: nothing moves after this. */
  void close() {
    if (status == GrantStatus.CLOSED) {
      throw new InvalidInput("status", "funding.closed");
    }
    if (status == GrantStatus.APPLIED) {
      throw new InvalidInput("status", "funding.notDecided");
    }
  }
}
