package org.haven.funding;

import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.Role;

/**
 * Who may do what with the action plan's money. The centre coordinates the plan: it enters plans,
 * initiatives, decisions and payments. The ministry reads everything and reviews reports. A grant
 * holder applies, sees its own grants and owes their reports. Plans and initiatives are the
 * government's published policy: every signed-in user reads them.
 */
public final class FundingPolicy {

  private FundingPolicy() {}

  /** Enters plans, initiatives, decisions, payments and duties: the centre. */
  public static boolean mayManage(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER) || actor.has(Role.CENTRE_ANALYST);
  }

  /** Reads every grant and its money: the centre and the funding ministry. */
  public static boolean mayReadAll(Actor actor) {
    return mayManage(actor) || actor.has(Role.MINISTRY_OFFICIAL);
  }

  /** Accepts a report or sends it back: the ministry and the centre. */
  public static boolean mayReview(Actor actor) {
    return mayReadAll(actor);
  }

  /** Reads this organisation's grants and reports: its own people, the centre and the ministry. */
  public static boolean mayRead(UUID holder, Actor actor) {
    return mayReadAll(actor) || actor.organisation().value().equals(holder);
  }

  /**
   * Applies for grants at all: anyone who may hold one, not the ministry that funds them nor the
   * administrators and auditors who keep the system.
   */
  public static boolean mayApply(Actor actor) {
    return !actor.has(Role.MINISTRY_OFFICIAL)
        && !actor.has(Role.ADMINISTRATOR)
        && !actor.has(Role.AUDITOR);
  }

  /** Applies for a grant for this organisation, or submits its reports: its own people. */
  public static boolean mayActFor(UUID holder, Actor actor) {
    return actor.organisation().value().equals(holder) && mayApply(actor) || mayManage(actor);
  }
}
