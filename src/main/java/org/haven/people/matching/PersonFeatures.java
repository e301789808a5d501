package org.haven.people.matching;

import java.util.List;

/** A {@link PersonRecord} prepared for comparison: computed once per record. */
public final class PersonFeatures {

  static final byte SEX_NONE = 0;

  final PersonRecord record;
  final NamePart given;
  final NamePart family;
  final List<NamePart> aliases;

  /** Words (and canonical forms) of all other names, sorted. */
  final int[] aliasWords;

  /** Birth year or 0; month and day or 0 when only the year is known. */
  final short year;

  final byte month;
  final byte day;
  final byte sex;

  /** Citizenship codes as small ints, sorted. */
  final short[] citizenships;

  PersonFeatures(
      PersonRecord record,
      NamePart given,
      NamePart family,
      List<NamePart> aliases,
      int[] aliasWords,
      short year,
      byte month,
      byte day,
      byte sex,
      short[] citizenships) {
    this.record = record;
    this.given = given;
    this.family = family;
    this.aliases = aliases;
    this.aliasWords = aliasWords;
    this.year = year;
    this.month = month;
    this.day = day;
    this.sex = sex;
    this.citizenships = citizenships;
  }

  public PersonRecord record() {
    return record;
  }

  public NamePart given() {
    return given;
  }

  public NamePart family() {
    return family;
  }
}
