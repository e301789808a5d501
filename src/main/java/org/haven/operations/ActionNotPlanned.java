package org.haven.operations;

/** The action was already held or called off, so its plan no longer changes. */
public class ActionNotPlanned extends RuntimeException {

  public ActionNotPlanned() {
    super("The joint action is no longer planned");
  }
}
