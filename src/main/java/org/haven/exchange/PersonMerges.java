package org.haven.exchange;

import org.haven.people.PersonColumn;
import org.haven.people.PersonReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This module's references to persons follow a merge of two person records and its undoing. */
@Component("exchangePersonMerges")
class PersonMerges extends PersonReferences {

  PersonMerges(JdbcClient jdbc) {
    super(
        jdbc,
        new PersonColumn(
            "exchange", "external_record", "organisation::text || '/' || external_id", false));
  }
}
