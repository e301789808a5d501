package org.haven.identification;

import org.haven.people.PersonColumn;
import org.haven.people.PersonReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This module's references to persons follow a merge of two person records and its undoing. */
@Component("identificationPersonMerges")
class PersonMerges extends PersonReferences {

  PersonMerges(JdbcClient jdbc) {
    super(jdbc, new PersonColumn("identification", "identification", "id", true));
  }
}
