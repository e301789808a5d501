package org.haven.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.haven.access.InvalidInput;

/**
 * What is known of a person's birth: an exact date, a year, an estimate (with its basis), or
 * nothing. Age is counted in completed years; a known year alone counts as born on 1 July of that
 * year.
 *
 * @param basis why the estimate was made, e.g. "appearance and school history" (estimates only)
 */
public record Birth(BirthPrecision precision, LocalDate date, Integer year, String basis) {

  static final int EARLIEST_YEAR = 1900;

  public static Birth unknown() {
    return new Birth(BirthPrecision.UNKNOWN, null, null, null);
  }

  public static Birth exact(LocalDate date) {
    return new Birth(BirthPrecision.EXACT, date, date == null ? null : date.getYear(), null);
  }

  public static Birth year(int year) {
    return new Birth(BirthPrecision.YEAR, null, year, null);
  }

  public static Birth estimated(int year, String basis) {
    return new Birth(BirthPrecision.ESTIMATED, null, year, basis);
  }

  /** Checks the birth against {@code today}; throws {@link InvalidInput} naming the field. */
  public Birth validated(LocalDate today) {
    BirthPrecision p = precision == null ? BirthPrecision.UNKNOWN : precision;
    switch (p) {
      case UNKNOWN -> {
        return unknown();
      }
      case EXACT -> {
        if (date == null) {
          throw new InvalidInput("birthDate", "validation.required");
        }
        if (date.isAfter(today)) {
          throw new InvalidInput("birthDate", "validation.futureDate");
        }
        if (date.getYear() < EARLIEST_YEAR) {
          throw new InvalidInput("birthDate", "validation.tooEarly", EARLIEST_YEAR);
        }
        return exact(date);
      }
      default -> {
        if (year == null) {
          throw new InvalidInput("birthYear", "validation.required");
        }
        if (year > today.getYear()) {
          throw new InvalidInput("birthYear", "validation.futureDate");
        }
        if (year < EARLIEST_YEAR) {
          throw new InvalidInput("birthYear", "validation.tooEarly", EARLIEST_YEAR);
        }
        if (p == BirthPrecision.ESTIMATED) {
          if (basis == null || basis.isBlank()) {
            throw new InvalidInput("birthEstimateBasis", "person.estimateBasisRequired");
          }
          if (basis.strip().length() > 500) {
            throw new InvalidInput("birthEstimateBasis", "validation.tooLong", 500);
          }
          return estimated(year, basis.strip());
        }
        return year(year);
      }
    }
  }

  /** The date age is counted from, if anything is known. */
  LocalDate reckonedDate() {
    return switch (precision) {
      case EXACT -> date;
      case YEAR, ESTIMATED -> LocalDate.of(year, 7, 1);
      case UNKNOWN -> null;
    };
  }

  /** Age in completed years on {@code at}, if the birth is known at all. */
  public OptionalInt ageAt(LocalDate at) {
    LocalDate born = reckonedDate();
    if (born == null || born.isAfter(at)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(born, at).getYears());
  }

  /** Whether the person was a child (under 18) on {@code at}. */
  public Minor minorAt(LocalDate at) {
    OptionalInt age = ageAt(at);
    if (age.isEmpty()) {
      return Minor.UNKNOWN;
    }
    return age.getAsInt() < 18 ? Minor.YES : Minor.NO;
  }

  /** Whether a person was under 18, as far as is known. */
  public enum Minor {
    /** Under 18. */
    YES,
    /** 18 or older. */
    NO,
    /** Age unknown: treat as possibly a child. */
    UNKNOWN
  }
}
