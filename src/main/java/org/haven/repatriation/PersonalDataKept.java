package org.haven.repatriation;

import java.util.List;
import java.util.UUID;
import org.haven.people.PersonRecordsKept;
import org.haven.people.PersonalData;
import org.haven.people.RecordEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a return holds about its person: erased with her (the place she returned to, travel details,
 * the words of the outcome, of a decline and of support items and follow-ups) while countries,
 * dates, sums and codes stay; and when her returns ended, for the retention schedule (a return
 * offered or accepted keeps her; a return made counts from the end of its support).
 */
@Component("repatriationPersonalData")
class PersonalDataKept extends PersonalData implements PersonRecordsKept {

  private final JdbcClient jdbc;

  PersonalDataKept(JdbcClient jdbc) {
    super(
        jdbc,
        """
        UPDATE repatriation.support_item SET note = NULL
        WHERE repatriation_id IN (SELECT id FROM repatriation.repatriation WHERE person_id = ANY (?::uuid[]))
        """,
        """
        UPDATE repatriation.follow_up SET note = NULL
        WHERE repatriation_id IN (SELECT id FROM repatriation.repatriation WHERE person_id = ANY (?::uuid[]))
        """,
        """
        UPDATE repatriation.repatriation
        SET destination_place = NULL, travel = NULL, outcome_note = NULL, decline_reason = NULL,
            version = version + 1
        WHERE person_id = ANY (?::uuid[])
        """);
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordEnd> recordEnds(UUID[] persons) {
    return RecordEnd.query(
        jdbc,
        RecordEnd.Kind.CASE,
        """
            SELECT person_id,
                   CASE WHEN bool_or(status IN ('OFFERED', 'ACCEPTED')) THEN NULL
                        ELSE max(coalesce(reintegration_ends_on, actual_departure, answered_on, offered_on)::timestamptz)
                   END AS ended
            FROM repatriation.repatriation WHERE %1$s GROUP BY person_id
        """,
        persons);
  }
}
