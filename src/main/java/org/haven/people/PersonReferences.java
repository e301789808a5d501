package org.haven.people;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's references to persons, moved on a merge and back on an unmerge. A module declares one
 * component extending this with its {@link PersonColumn}s; the listeners run in the merge's
 * transaction, so the merge and every module's re-pointing commit together or not at all.
 */
public abstract class PersonReferences {

  private final JdbcClient jdbc;
  private final List<PersonColumn> columns;

  protected PersonReferences(JdbcClient jdbc, PersonColumn... columns) {
    this.jdbc = jdbc;
    this.columns = List.of(columns);
  }

  @EventListener
  public void on(PersonsMerged merged) {
    for (PersonColumn column : columns) {
      column.repoint(jdbc, merged);
    }
  }

  @EventListener
  public void on(PersonsUnmerged unmerged) {
    for (PersonColumn column : columns) {
      column.restore(jdbc, unmerged);
    }
  }
}
