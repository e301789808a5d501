package org.haven.crossborder;

import org.haven.casework.CaseConsentWithdrawn;
import org.haven.intake.ReferralAccepted;
import org.haven.intake.ReferralDeclined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows what other modules announce: a referral from abroad decided here is answered to its
 * sender; a person's withdrawal of consent on a case follows every transfer that rested on it. Each
 * event handled once, after its source committed (replayed after a crash).
 */
@Component
class TransferEvents {

  private final Transfers transfers;

  TransferEvents(Transfers transfers) {
    this.transfers = transfers;
  }

  @ApplicationModuleListener
  void on(ReferralAccepted accepted) {
    transfers.referralDecided(accepted.referral(), true);
  }

  @ApplicationModuleListener
  void on(ReferralDeclined declined) {
    transfers.referralDecided(declined.referral(), false);
  }

  @ApplicationModuleListener
  void on(CaseConsentWithdrawn withdrawn) {
    transfers.caseConsentWithdrawn(withdrawn.caseId());
  }
}
