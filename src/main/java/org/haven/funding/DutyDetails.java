package org.haven.funding;

import java.time.LocalDate;

/** A report the holder owes by a date. */
public record DutyDetails(DutyKind kind, LocalDate dueOn) {}
