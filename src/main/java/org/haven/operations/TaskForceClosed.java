package org.haven.operations;

/** The task force was closed: nothing is added to it any more. */
public class TaskForceClosed extends RuntimeException {

  public TaskForceClosed() {
    super("The task force is closed");
  }
}
