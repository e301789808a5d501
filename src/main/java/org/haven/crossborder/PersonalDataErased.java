package org.haven.crossborder;

import java.util.UUID;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.intake.ReferralId;
import org.haven.intake.Referrals;
import org.haven.people.PersonsErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What transfers hold about an erased person: the content sent or received (her data), the note,
 * the basis's details and a decision's reason go, within the erasure's transaction; the transfer
 * keeps its partner, purpose, dates, status and envelope hash (so the exchange stays provable). Her
 * transfers are found through her cases (sent) and referrals (received) by their front doors.
 */
@Component
class PersonalDataErased {

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final Referrals referrals;

  PersonalDataErased(JdbcClient jdbc, CaseFiles cases, Referrals referrals) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.referrals = referrals;
  }

  @EventListener
  void on(PersonsErased erased) {
    UUID[] caseIds =
        cases.casesOfAll(erased.persons()).stream().map(CaseId::value).toArray(UUID[]::new);
    UUID[] referralIds =
        referrals.referralsOfAll(erased.persons()).stream()
            .map(ReferralId::value)
            .toArray(UUID[]::new);
    if (caseIds.length == 0 && referralIds.length == 0) {
      return;
    }
    jdbc.sql(
            """
            UPDATE crossborder.transfer
            SET content = NULL, note = NULL, basis_detail = NULL, decision_reason = NULL, version = version + 1
            WHERE case_id = ANY (?) OR referral_id = ANY (?)
            """)
        .params(caseIds, referralIds)
        .update();
  }
}
