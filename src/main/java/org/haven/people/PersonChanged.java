package org.haven.people;

/** What is known of a person changed. Carries ids only. */
public record PersonChanged(PersonId person) {}
