package org.haven.identification;

import org.haven.access.InvalidInput;
import org.haven.people.PersonColumn;
import org.haven.people.PersonReferences;
import org.haven.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's references to persons follow a merge of two person records and its undoing. A merge
 * of two records that each have a running reflection or restitution period is refused: one person
 * cannot be in two periods, so the centre ends one first.
 */
@Component("identificationPersonMerges")
class PersonMerges extends PersonReferences {

  private final JdbcClient jdbc;

  PersonMerges(JdbcClient jdbc) {
    super(jdbc, new PersonColumn("identification", "identification", "id", true));
    this.jdbc = jdbc;
  }

  @Override
  @EventListener
  public void on(PersonsMerged merged) {
    boolean both =
        jdbc.sql(
                """
                SELECT count(DISTINCT person_id) = 2 FROM identification.identification
                WHERE person_id IN (?, ?) AND period_start IS NOT NULL AND period_ended_on IS NULL
                """)
            .params(merged.survivor().value(), merged.absorbed().value())
            .query(Boolean.class)
            .single();
    if (both) {
      throw new InvalidInput("absorbed", "merge.twoRunningPeriods");
    }
    super.on(merged);
  }
}
