package org.haven.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The retention schedule as administrators see it: each rule with what is due now and what falls
 * due in the next 90 days, the persons due soonest, legal holds, requests to erase, and the last
 * runs.
 *
 * @param heldBack persons whose periods have run out but whom a legal hold keeps
 */
public record RetentionOverview(
    List<Rule> rules,
    List<Due> soonest,
    long heldBack,
    List<LegalHold> holds,
    List<ErasureRequest> requests,
    List<ErasureRun> runs) {

  /** Persons whose data is due for erasure now (a legal hold's excepted). */
  public long personsDueNow() {
    return rules.stream()
        .filter(
            r ->
                r.kind() == RetentionKind.DECLINED_REFERRALS
                    || r.kind() == RetentionKind.CLOSED_CASES)
        .mapToLong(Rule::dueNow)
        .sum();
  }

  /** Days ahead the overview looks. */
  public static final int HORIZON_DAYS = 90;

  /**
   * One rule.
   *
   * @param dueNow records (persons, for the kinds about persons) whose period has run out
   * @param dueSoon those whose period runs out in the next {@link #HORIZON_DAYS} days
   */
  public record Rule(RetentionKind kind, Period period, long dueNow, long dueSoon) {}

  /** A person falling due, by the rule that keeps her longest. */
  public record Due(String reference, LocalDate dueOn, RetentionKind kind) {}
}
