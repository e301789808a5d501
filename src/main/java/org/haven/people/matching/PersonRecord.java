package org.haven.people.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * One person record as matching sees it: names in any script (a given or family name may hold
 * several words), other names and aliases, a birth date or only a birth year, sex and citizenships.
 * Any field but the id may be absent (null or empty).
 *
 * @param sex {@code F}, {@code M}, {@code X} or null
 * @param citizenships ISO 3166 alpha-2 codes in the order recorded
 */
public record PersonRecord(
    String id,
    String givenName,
    String familyName,
    List<String> otherNames,
    LocalDate birthDate,
    Integer birthYear,
    String sex,
    List<String> citizenships) {

  public PersonRecord {
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
    if (birthDate != null && birthYear == null) {
      birthYear = birthDate.getYear();
    }
  }
}
