package org.haven.accommodation;

import java.util.List;
import java.util.UUID;
import org.haven.people.PersonRecordsKept;
import org.haven.people.PersonalData;
import org.haven.people.RecordEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the shelters hold about a person: erased with her (the waiting list's note) while stays keep
 * their dates; and when her stays ended, for the retention schedule (a stay not ended, or a place
 * still asked for, keeps her).
 */
@Component("accommodationPersonalData")
class PersonalDataKept extends PersonalData implements PersonRecordsKept {

  private final JdbcClient jdbc;

  PersonalDataKept(JdbcClient jdbc) {
    super(
        jdbc,
        "UPDATE accommodation.waiting_list SET note = NULL WHERE person_id = ANY (?::uuid[])");
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordEnd> recordEnds(UUID[] persons) {
    return RecordEnd.query(
        jdbc,
        RecordEnd.Kind.CASE,
        """
            SELECT person_id, CASE WHEN bool_or(open) THEN NULL ELSE max(ended) END AS ended
            FROM (SELECT person_id, ended_on IS NULL AS open, ended_on::timestamptz AS ended
                  FROM accommodation.placement WHERE %1$s
                  UNION ALL
                  SELECT person_id, status = 'WAITING', coalesce(closed_at, requested_at)
                  FROM accommodation.waiting_list WHERE %1$s) records
            GROUP BY person_id
        """,
        persons);
  }
}
