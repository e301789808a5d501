package org.haven.people.matching;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Blocking keys for finding a person among many in the database: phonetic skeletons of the
 * nickname-canonical name words in every romanisation, as family × given pairs (either order) and
 * as word × birth year, and the exact birth date. A record's keys and a query's keys meet when the
 * two share a name pair, a name word and a birth year within one, or the birth date.
 *
 * <p>The birth date is a blocking pass of its own (as in multi-pass blocking, Christen, <i>Data
 * Matching</i>, 2012, ch. 4): a record whose names were both misspelt or written in another script
 * than the query's still shares its date, and a date is far rarer than a name word with a year. A
 * day that registers write when only the year is known ({@link
 * FeatureExtractor#USUAL_PLACEHOLDERS}) gets no key: it says no more than the year.
 */
public final class MatchKeys {

  static final int MAX_KEYS = 60;

  private MatchKeys() {}

  /** The keys stored for a record. */
  public static Set<String> of(PersonRecord r) {
    return keys(r, false);
  }

  /** The keys to look up for a query (the birth year ±1). */
  public static Set<String> query(PersonRecord r) {
    return keys(r, true);
  }

  private static Set<String> keys(PersonRecord r, boolean query) {
    List<String> family = words(r.familyName());
    List<String> given = words(r.givenName());
    List<String> all = new ArrayList<>(family);
    all.addAll(given);
    for (String other : r.otherNames()) {
      all.addAll(words(other));
    }
    Set<String> keys = new LinkedHashSet<>();
    String date = dateKey(r.birthDate());
    if (date != null) {
      keys.add(date);
    }
    for (String f : family) {
      for (String g : given) {
        keys.add(pair(f, g));
      }
    }
    // A whole name in one field, the other empty (Besa Vata as the given name): its words are the
    // given and family names in some order, so each two of them are a name pair.
    List<String> whole = family.isEmpty() ? given : given.isEmpty() ? family : List.of();
    for (int i = 0; i < whole.size(); i++) {
      for (int j = i + 1; j < whole.size(); j++) {
        keys.add(pair(whole.get(i), whole.get(j)));
      }
    }
    if (r.birthYear() != null) {
      int year = r.birthYear();
      for (String w : all) {
        if (query) {
          for (int y = year - 1; y <= year + 1; y++) {
            keys.add("y:" + w + "|" + y);
          }
        } else {
          keys.add("y:" + w + "|" + year);
        }
      }
    }
    if (family.isEmpty() || given.isEmpty()) {
      for (String w : all) {
        keys.add("w:" + w);
      }
    }
    return keys.size() <= MAX_KEYS
        ? keys
        : new LinkedHashSet<>(new ArrayList<>(keys).subList(0, MAX_KEYS));
  }

  private static String pair(String a, String b) {
    return "n:" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
  }

  /** The key of an exact birth date, or null for none or a placeholder day. */
  static String dateKey(LocalDate born) {
    if (born == null || FeatureExtractor.USUAL_PLACEHOLDERS.contains(MonthDay.from(born))) {
      return null;
    }
    return "b:" + born;
  }

  /** Skeletons of every word of every romanisation (short words dropped), distinct. */
  static List<String> words(String name) {
    Set<String> words = new LinkedHashSet<>();
    for (String romanised : NameForms.romanisations(name)) {
      for (String word : romanised.split(" ")) {
        if (word.length() < 2) {
          continue;
        }
        String skeleton = NameForms.skeleton(NameForms.canonical(word));
        if (!skeleton.isEmpty()) {
          words.add(skeleton);
        }
      }
    }
    return new ArrayList<>(words);
  }
}
