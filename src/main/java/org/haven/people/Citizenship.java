package org.haven.people;

import org.springframework.data.relational.core.mapping.Table;

/** One citizenship, an ISO 3166 alpha-2 code. */
@Table(schema = "people", name = "person_citizenship")
record Citizenship(String country) {}
