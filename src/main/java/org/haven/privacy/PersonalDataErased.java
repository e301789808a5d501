package org.haven.privacy;

import org.haven.people.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What subject access requests hold in words about an erased person: the request's note. */
@Component("privacyPersonalData")
class PersonalDataErased extends PersonalData {

  PersonalDataErased(JdbcClient jdbc) {
    super(jdbc, "UPDATE privacy.subject_access SET note = NULL WHERE person_id = ANY (?::uuid[])");
  }
}
