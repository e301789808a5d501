package org.haven.people;

import org.springframework.data.relational.core.mapping.Table;

/** Another name or alias a person is known by, with its Latin form. */
@Table(schema = "people", name = "person_alias")
public record Alias(String name, String latin) {}
