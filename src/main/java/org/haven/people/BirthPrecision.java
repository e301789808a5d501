package org.haven.people;

/** How much of a person's birth date is known. */
public enum BirthPrecision {
  /** The full date is known. */
  EXACT,
  /** Only the year is known (counted as born on 1 July of that year). */
  YEAR,
  /** The year (or date) is an estimate, with its basis recorded. */
  ESTIMATED,
  /** Nothing is known. */
  UNKNOWN
}
