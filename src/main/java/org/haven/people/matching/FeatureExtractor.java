package org.haven.people.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns {@link PersonRecord}s into {@link PersonFeatures}. Name fields are transliterated once per
 * distinct spelling and shared. Thread-safe.
 */
public final class FeatureExtractor {

  private final Vocabulary vocabulary = new Vocabulary();
  private final ConcurrentHashMap<String, NamePart> parts = new ConcurrentHashMap<>();
  private static final NamePart NONE = null;

  public PersonFeatures extract(PersonRecord r) {
    NamePart given = part(r.givenName());
    NamePart family = part(r.familyName());
    List<NamePart> aliases = new ArrayList<>(r.otherNames().size());
    int[] aliasWords = new int[0];
    for (String other : r.otherNames()) {
      NamePart p = part(other);
      if (p != null) {
        aliases.add(p);
        aliasWords = IntSets.union(aliasWords, p.words);
      }
    }
    short year = r.birthYear() == null ? 0 : (short) r.birthYear().intValue();
    byte month = r.birthDate() == null ? 0 : (byte) r.birthDate().getMonthValue();
    byte day = r.birthDate() == null ? 0 : (byte) r.birthDate().getDayOfMonth();
    byte sex =
        r.sex() == null
            ? PersonFeatures.SEX_NONE
            : switch (r.sex()) {
              case "F" -> (byte) 1;
              case "M" -> (byte) 2;
              case "X" -> (byte) 3;
              default -> PersonFeatures.SEX_NONE;
            };
    short[] cits = new short[r.citizenships().size()];
    int n = 0;
    for (String c : r.citizenships()) {
      if (c != null && c.length() == 2) {
        cits[n++] = (short) ((c.charAt(0) - 'A') * 26 + (c.charAt(1) - 'A'));
      }
    }
    cits = Arrays.copyOf(cits, n);
    Arrays.sort(cits);
    return new PersonFeatures(
        r, given, family, List.copyOf(aliases), aliasWords, year, month, day, sex, cits);
  }

  NamePart part(String raw) {
    if (raw == null || raw.isBlank()) {
      return NONE;
    }
    NamePart p = parts.get(raw);
    if (p == null) {
      p = NamePart.of(raw, vocabulary);
      if (p == null) {
        return NONE;
      }
      NamePart prev = parts.putIfAbsent(raw, p);
      if (prev != null) {
        p = prev;
      }
    }
    return p;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }
}
