package org.haven.statistics;

import org.haven.people.PersonColumn;
import org.haven.people.PersonReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This module's references to persons follow a merge of two person records and its undoing. */
@Component("statisticsPersonMerges")
class PersonMerges extends PersonReferences {

  PersonMerges(JdbcClient jdbc) {
    super(
        jdbc,
        new PersonColumn("statistics", "decision", "decision_id", false),
        new PersonColumn("statistics", "return", "repatriation_id", false),
        new PersonColumn("statistics", "interview", "interview_id", false),
        new PersonColumn("statistics", "period", "identification_id", false),
        new PersonColumn("statistics", "repatriation", "repatriation_id", false),
        new PersonColumn("statistics", "service", "service_id", false),
        new PersonColumn("statistics", "placement", "placement_id", false),
        new PersonColumn("statistics", "joint_action_referral", "referral_id", false));
  }
}
