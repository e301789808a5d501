package org.haven.outreach;

/** A contact was sent for an activity that was closed meanwhile: a conflict to show, not drop. */
public final class ActivityClosed extends RuntimeException {
  public ActivityClosed() {
    super("The activity was closed: a contact can no longer be added to it.");
  }
}
