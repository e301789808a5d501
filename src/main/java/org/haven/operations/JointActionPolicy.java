package org.haven.operations;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.OrganisationType;
import org.haven.access.Role;

/**
 * Who may see and do what with a joint action. The centre sees every action; anyone else only the
 * actions their organisation leads or is invited to — to an outsider an action does not exist. The
 * precise address is for participants only.
 */
public final class JointActionPolicy {

  /** Roles that plan actions and change plans. */
  static final Set<Role> PLANNERS =
      EnumSet.of(
          Role.POLICE_KEY_PERSON,
          Role.TAX_INSPECTOR,
          Role.LABOUR_INSPECTOR,
          Role.CENTRE_CASEWORKER);

  /** Roles that record the day and refer persons met, on an action they take part in. */
  static final Set<Role> RECORDERS =
      EnumSet.of(
          Role.POLICE_KEY_PERSON,
          Role.TAX_INSPECTOR,
          Role.LABOUR_INSPECTOR,
          Role.CENTRE_CASEWORKER,
          Role.NGO_WORKER);

  /** The kinds of organisation that lead an action. */
  static final Set<OrganisationType> LEADS =
      EnumSet.of(
          OrganisationType.POLICE_DISTRICT,
          OrganisationType.TAX_AGENCY,
          OrganisationType.LABOUR_INSPECTORATE,
          OrganisationType.NATIONAL_CENTRE);

  private JointActionPolicy() {}

  public static boolean mayPlan(Actor actor) {
    return actor.roles().stream().anyMatch(PLANNERS::contains);
  }

  /** The centre's caseworkers and analysts see the whole calendar. */
  public static boolean seesAll(Actor actor) {
    return actor.has(Role.CENTRE_CASEWORKER) || actor.has(Role.CENTRE_ANALYST);
  }

  /** Whether the actor's organisation leads or is invited to the action. */
  public static boolean participates(JointAction action, Actor actor) {
    return action.invites(actor.organisation().value());
  }

  /** Whether the actor may know the action exists. */
  public static boolean mayRead(JointAction action, Actor actor) {
    return seesAll(actor) || participates(action, actor);
  }

  /** The precise address: participants only, whatever their role elsewhere. */
  public static boolean mayRevealAddress(JointAction action, Actor actor) {
    return participates(action, actor);
  }

  /**
   * Changing or cancelling the plan: a planner of the lead organisation, or the centre taking part.
   */
  public static boolean mayChangePlan(JointAction action, Actor actor) {
    if (!mayPlan(actor) || !participates(action, actor)) {
      return false;
    }
    return action.lead().equals(actor.organisation().value()) || actor.has(Role.CENTRE_CASEWORKER);
  }

  /** Recording the day and referring persons met: a participant with a working role. */
  public static boolean mayRecord(JointAction action, Actor actor) {
    return participates(action, actor) && actor.roles().stream().anyMatch(RECORDERS::contains);
  }

  /**
   * Planning an action with {@code lead} and {@code invited}: a planner whose organisation is part
   * of it, or the centre, which coordinates every action.
   */
  static boolean mayPlanFor(UUID lead, Collection<UUID> invited, Actor actor) {
    if (!mayPlan(actor)) {
      return false;
    }
    UUID own = actor.organisation().value();
    return actor.has(Role.CENTRE_CASEWORKER) || own.equals(lead) || invited.contains(own);
  }
}
