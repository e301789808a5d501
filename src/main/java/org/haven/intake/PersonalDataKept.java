package org.haven.intake;

import java.util.List;
import java.util.UUID;
import org.haven.people.PersonRecordsKept;
import org.haven.people.PersonalData;
import org.haven.people.RecordEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What referrals hold about a person: erased with her (identity, what she told, the place of the
 * encounter, the reason given for a decline, who informed child services) while the path, dates,
 * codes, consent flags and age band stay for the statistics; and when her referrals ended, for the
 * retention schedule (a draft or a referral awaiting its decision keeps her).
 */
@Component("intakePersonalData")
class PersonalDataKept extends PersonalData implements PersonRecordsKept {

  private final JdbcClient jdbc;

  PersonalDataKept(JdbcClient jdbc) {
    super(
        jdbc,
        """
        UPDATE intake.referral
        SET given_names = NULL, family_name = NULL, other_names = NULL, phone = NULL, birth_date = NULL,
            birth_year = NULL, birth_estimate_basis = NULL,
            birth_precision = CASE WHEN birth_precision IS NULL THEN NULL ELSE 'UNKNOWN' END,
            account = NULL, encounter_place = NULL, decline_reason = NULL, child_services_informed_by = NULL,
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
        RecordEnd.Kind.REFERRAL,
        """
            SELECT person_id,
                   CASE WHEN bool_or(status IN ('DRAFT', 'SUBMITTED')) THEN NULL
                        ELSE max(coalesce(withdrawn_at, decided_at, submitted_at, created_at)) END AS ended
            FROM intake.referral WHERE person_id IS NOT NULL AND %1$s GROUP BY person_id
        """,
        persons);
  }
}
