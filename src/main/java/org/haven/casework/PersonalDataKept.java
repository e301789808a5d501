package org.haven.casework;

import java.util.List;
import java.util.UUID;
import org.haven.people.PersonRecordsKept;
import org.haven.people.PersonalData;
import org.haven.people.RecordEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case holds about its person: erased with her (notes, the closing note, tasks' own words,
 * support plans' objectives, services' notes, the words of shares) while the timeline keeps its
 * dates and codes; and when her cases were closed, for the retention schedule (a case not closed
 * keeps her).
 */
@Component("caseworkPersonalData")
class PersonalDataKept extends PersonalData implements PersonRecordsKept {

  private static final String CASES =
      "SELECT id FROM casework.case_file WHERE person_id = ANY (?::uuid[])";

  private final JdbcClient jdbc;

  PersonalDataKept(JdbcClient jdbc) {
    super(
        jdbc,
        "DELETE FROM casework.note WHERE case_id IN (" + CASES + ")",
        "UPDATE casework.task SET title = NULL WHERE case_id IN (" + CASES + ")",
        "UPDATE casework.support_plan SET objectives = NULL WHERE case_id IN (" + CASES + ")",
        "UPDATE casework.service SET note = NULL WHERE case_id IN (" + CASES + ")",
        "UPDATE casework.case_share SET basis_detail = NULL, revoke_reason = NULL WHERE case_id IN ("
            + CASES
            + ")",
        """
        UPDATE casework.case_file SET closure_note = NULL, version = version + 1
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
                   CASE WHEN bool_or(closed_at IS NULL AND merged_into IS NULL) THEN NULL
                        ELSE max(coalesce(closed_at, opened_at)) END AS ended
            FROM casework.case_file WHERE %1$s GROUP BY person_id
        """,
        persons);
  }
}
