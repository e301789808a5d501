package org.haven.outreach;

import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.Role;

/**
 * Who may do what in outreach. An NGO's workers record and read their own organisation's
 * activities, contacts and venues; the centre reads every activity and the counts, and a venue's
 * address only when it asks for it (audited); nobody else reads outreach.
 */
public final class OutreachPolicy {

  private OutreachPolicy() {}

  /** Records activities, contacts, venues and suspicions for the actor's own organisation. */
  public static boolean mayRecord(Actor actor) {
    return actor.has(Role.NGO_WORKER);
  }

  /** Reads outreach across all organisations (counts and activities, never a name). */
  public static boolean mayReadAll(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER) || actor.has(Role.CENTRE_ANALYST);
  }

  /** Reads the counts of every organisation's outreach, and nothing else: the funding ministry. */
  public static boolean mayReadCountsOnly(Actor actor) {
    return actor.has(Role.MINISTRY_OFFICIAL) && !mayReadAll(actor) && !mayRecord(actor);
  }

  /** Reads the outreach of this organisation. */
  public static boolean mayRead(UUID organisation, Actor actor) {
    return mayReadAll(actor)
        || (mayRecord(actor) && actor.organisation().value().equals(organisation));
  }

  /**
   * Reads a venue's classified address: the NGO that registered it, and the centre's caseworkers.
   */
  public static boolean mayRevealAddress(UUID organisation, Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER)
        || (mayRecord(actor) && actor.organisation().value().equals(organisation));
  }

  /** Changes this organisation's outreach (contacts, closing, suspicions): its own workers. */
  public static boolean mayChange(UUID organisation, Actor actor) {
    return mayRecord(actor) && actor.organisation().value().equals(organisation);
  }

  /** Adds a contact to this activity: its NGO's workers, while it is open. */
  public static boolean mayAddContact(Activity activity, Actor actor) {
    return !activity.closed() && mayChange(activity.organisation(), actor);
  }

  /** Sees the team members' names and notes: the NGO itself. */
  static boolean seesTeam(UUID organisation, Actor actor) {
    return mayChange(organisation, actor);
  }

  /** A child met where a child must not be. */
  static boolean childProtection(ActivityType type, ContactAge age) {
    return age == ContactAge.UNDER_18 && type.childOutOfPlace();
  }
}
