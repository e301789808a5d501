package org.haven.privacy;

import org.haven.people.PersonColumn;
import org.haven.people.PersonReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This module's references to persons follow a merge of two person records and its undoing. */
@Component("privacyPersonMerges")
class PersonMerges extends PersonReferences {

  PersonMerges(JdbcClient jdbc) {
    super(
        jdbc,
        new PersonColumn("privacy", "subject_access", "id", false),
        new PersonColumn("privacy", "legal_hold", "id", false),
        new PersonColumn("privacy", "erasure_request", "id", false));
  }
}
