package org.haven.people;

/** A person record was created. Carries ids only. */
public record PersonRegistered(PersonId person) {}
