package org.haven.funding;

import java.time.LocalDate;

/** A dated change of an initiative's status, with a note. */
public record StatusChange(InitiativeStatus status, LocalDate on, String note) {}
