package org.haven.identification;

import java.util.List;
import java.util.UUID;
import org.haven.people.PersonRecordsKept;
import org.haven.people.PersonalData;
import org.haven.people.RecordEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What identification holds about a person: erased with her (interview notes, a decision's
 * reasoning, the reason for a reconsideration and for an extended period) while interviews,
 * decisions and periods keep their dates and codes; and when her identification ended, for the
 * retention schedule (one in progress, or a period still running, keeps her).
 */
@Component("identificationPersonalData")
class PersonalDataKept extends PersonalData implements PersonRecordsKept {

  private final JdbcClient jdbc;

  PersonalDataKept(JdbcClient jdbc) {
    super(
        jdbc,
        """
        UPDATE identification.interview SET notes = NULL
        WHERE identification_id IN (SELECT id FROM identification.identification WHERE person_id = ANY (?::uuid[]))
        """,
        """
        UPDATE identification.period_extension SET reason = ''
        WHERE identification_id IN (SELECT id FROM identification.identification WHERE person_id = ANY (?::uuid[]))
        """,
        """
        UPDATE identification.decision SET reasoning = NULL, reconsideration_reason = NULL
        WHERE identification_id IN (SELECT id FROM identification.identification WHERE person_id = ANY (?::uuid[]))
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
        SELECT i.person_id,
               CASE WHEN bool_or(i.status <> 'DECIDED' OR (i.period_start IS NOT NULL AND i.period_ended_on IS NULL))
                    THEN NULL
                    ELSE max(coalesce(greatest(i.period_ended_on, d.last_decided), i.opened_at::date)::timestamptz)
               END AS ended
        FROM identification.identification i
        LEFT JOIN LATERAL (SELECT max(decided_on) AS last_decided FROM identification.decision
                           WHERE identification_id = i.id) d ON TRUE
        WHERE %1$s
        GROUP BY i.person_id
        """,
        persons);
  }
}
