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

  /**
   * Whether the full date is one registers write when only the year is known (1 January, 1 July):
   * compared as a year that may be a year or two off, never as a day.
   */
  final boolean placeholder;

  /** Citizenship codes as small ints, sorted. */
  final short[] citizenships;

  /**
   * Other readings of a whole name written in one name field, the other left empty ({@link
   * FeatureExtractor#wholeNameSplits}): this record with the name split into given and family name;
   * or of a lone name of one word: this record with that word in the other field. Empty for most
   * records; a reading has no readings of its own.
   */
  final PersonFeatures[] readings;

  /**
   * The words of both names in their primary romanisation, given name first and family name first
   * ({@code "phan minh quoc"}), when the two hold three words or more between them; else null. Two
   * records whose words are the same in one of these orders hold one whole name split otherwise
   * between the fields ({@link Comparison#sameWordsSplitOtherwise}).
   */
  final String givenFirst;

  final String familyFirst;

  private static final PersonFeatures[] NO_READINGS = new PersonFeatures[0];

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
      boolean placeholder,
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
    this.placeholder = placeholder;
    this.citizenships = citizenships;
    this.readings = NO_READINGS;
    String g = words(given);
    String f = words(family);
    boolean enough = g != null && f != null && wordCount(given) + wordCount(family) >= 3;
    this.givenFirst = enough ? g + " " + f : null;
    this.familyFirst = enough ? f + " " + g : null;
  }

  /** A copy of base with other names and readings. */
  private PersonFeatures(
      PersonFeatures base, NamePart given, NamePart family, PersonFeatures[] readings) {
    this.record = base.record;
    this.given = given;
    this.family = family;
    this.aliases = base.aliases;
    this.aliasWords = base.aliasWords;
    this.year = base.year;
    this.month = base.month;
    this.day = base.day;
    this.sex = base.sex;
    this.placeholder = base.placeholder;
    this.citizenships = base.citizenships;
    this.readings = readings;
    boolean same = given == base.given && family == base.family;
    this.givenFirst = same ? base.givenFirst : null;
    this.familyFirst = same ? base.familyFirst : null;
  }

  /** The words of a name's primary romanisation (particles left out) with one space between. */
  private static String words(NamePart name) {
    if (name == null) {
      return null;
    }
    String c = name.compact[0];
    if (name.wordEnds.length == 0) {
      return c;
    }
    StringBuilder b = new StringBuilder(c.length() + name.wordEnds.length);
    int from = 0;
    for (int end : name.wordEnds) {
      if (from > 0) {
        b.append(' ');
      }
      b.append(c, from, end);
      from = end;
    }
    return b.toString();
  }

  private static int wordCount(NamePart name) {
    return Math.max(1, name.wordEnds.length);
  }

  /** This record with its other readings: each split of its name as {given, family}. */
  PersonFeatures withReadings(List<NamePart[]> splits) {
    if (splits.isEmpty()) {
      return this;
    }
    PersonFeatures[] read = new PersonFeatures[splits.size()];
    for (int k = 0; k < read.length; k++) {
      read[k] = new PersonFeatures(this, splits.get(k)[0], splits.get(k)[1], NO_READINGS);
    }
    return new PersonFeatures(this, given, family, read);
  }

  /**
   * Whether this reading is a split of a whole name (it holds both names), not a lone name read in
   * the other field.
   */
  boolean isSplit() {
    return given != null && family != null;
  }

  /** Whether the record carries a full birth date that is not a placeholder. */
  boolean exactDate() {
    return month != 0 && !placeholder;
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
