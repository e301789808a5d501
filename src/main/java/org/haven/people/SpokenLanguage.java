package org.haven.people;

import org.springframework.data.relational.core.mapping.Table;

/** A language the person speaks, an ISO 639 code. */
@Table(schema = "people", name = "person_language")
record SpokenLanguage(String language) {}
