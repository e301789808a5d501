package org.haven.people.matching;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Turns {@link PersonRecord}s into {@link PersonFeatures}. Name fields are transliterated once per
 * distinct spelling and shared. Thread-safe.
 */
public final class FeatureExtractor {

  /**
   * The days registers write when only an age or a year is known: 1 January above all, 1 July (the
   * middle of the year) next (UNHCR and Eurostat notes on asylum registration; ICAO Doc 9303 lets a
   * passport carry an unknown day and month, which registers then fill). Without data to learn
   * from, these two are taken as placeholders.
   */
  public static final Set<MonthDay> USUAL_PLACEHOLDERS =
      Set.of(MonthDay.of(1, 1), MonthDay.of(7, 1));

  private final Vocabulary vocabulary = new Vocabulary();
  private final ConcurrentHashMap<String, NamePart> parts = new ConcurrentHashMap<>();
  private final boolean[] placeholders = new boolean[13 * 32];
  private static final NamePart NONE = null;

  public FeatureExtractor() {
    this(USUAL_PLACEHOLDERS);
  }

  /** An extractor that reads the given days of the year as placeholders of an unknown date. */
  public FeatureExtractor(Set<MonthDay> placeholderDays) {
    for (MonthDay d : placeholderDays) {
      placeholders[d.getMonthValue() * 32 + d.getDayOfMonth()] = true;
    }
  }

  /**
   * The placeholder days of a data set, learnt from it: 1 January, 1 July and the first of any
   * month when that day holds at least four times its share of the exact dates (and at least 20 of
   * them); a register that records true dates only gets none.
   */
  public static Set<MonthDay> placeholdersIn(List<PersonRecord> records) {
    int[] counts = new int[13 * 32];
    int dated = 0;
    for (PersonRecord r : records) {
      if (r.birthDate() != null) {
        counts[r.birthDate().getMonthValue() * 32 + r.birthDate().getDayOfMonth()]++;
        dated++;
      }
    }
    Set<MonthDay> found = new TreeSet<>();
    double expected = dated / 365.25;
    for (int month = 1; month <= 12; month++) {
      int c = counts[month * 32 + 1];
      if (c >= 20 && c >= 4 * expected) {
        found.add(MonthDay.of(month, 1));
      }
    }
    return found;
  }

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
    boolean placeholder = month != 0 && placeholders[month * 32 + day];
    short[] cits = new short[r.citizenships().size()];
    int n = 0;
    for (String c : r.citizenships()) {
      if (c != null && c.length() == 2) {
        cits[n++] = (short) ((c.charAt(0) - 'A') * 26 + (c.charAt(1) - 'A'));
      }
    }
    cits = Arrays.copyOf(cits, n);
    Arrays.sort(cits);
    List<NamePart[]> splits = new ArrayList<>(2);
    for (String[] split : wholeNameSplits(r)) {
      NamePart g = part(split[0]);
      NamePart f = part(split[1]);
      if (g != null && f != null) {
        splits.add(new NamePart[] {g, f});
      }
    }
    // A lone name of one word may stand in the wrong field: a form asks for a family name and the
    // clerk writes the only name known, or a given name known alone is written as the surname.
    if (splits.isEmpty() && loneWord(r) && (given == null) != (family == null)) {
      splits.add(given == null ? new NamePart[] {family, null} : new NamePart[] {null, given});
    }
    return new PersonFeatures(
            r,
            given,
            family,
            List.copyOf(aliases),
            aliasWords,
            year,
            month,
            day,
            sex,
            placeholder,
            cits)
        .withReadings(splits);
  }

  /**
   * The one name field a record fills, the other left empty; null when it fills both or neither.
   */
  private static String loneField(PersonRecord r) {
    boolean hasGiven = r.givenName() != null && !r.givenName().isBlank();
    boolean hasFamily = r.familyName() != null && !r.familyName().isBlank();
    return hasGiven == hasFamily ? null : (hasGiven ? r.givenName() : r.familyName()).strip();
  }

  /**
   * Whether one name field holds one word and the other is empty. With other names, only a lone
   * family name counts: the names shifted one field on (Chinedu's given name as the family name,
   * his family name among the other names), whereas beside a lone given name the family name is
   * among the other names already and compared as such.
   */
  private static boolean loneWord(PersonRecord r) {
    String one = loneField(r);
    return one != null
        && one.indexOf(' ') < 0
        && (r.otherNames().isEmpty() || r.givenName() == null || r.givenName().isBlank());
  }

  /**
   * A whole name written in one field with the other left empty (Arben Ismaj as the family name,
   * Nguyễn Thị Hằng as the given name): registers do this when a form has one line for the name, or
   * when the clerk cannot tell which part is which. Such a name is also read split, as {given,
   * family}: its last word the family name and the rest the given name, and, for three words or
   * more, its first word the family name and the rest the given name (the family name written
   * first, as in Chinese, Vietnamese or Hungarian). Either split read the other way round is the
   * names swapped, which comparison tries anyway. Particles (de, van, al…) stay with the word they
   * precede. A Chinese name in Han characters without spaces is split by {@link #hanSplit}. Empty
   * when the record has both fields, or its one field holds a single word of any other script.
   */
  static List<String[]> wholeNameSplits(PersonRecord r) {
    String whole = loneField(r);
    if (whole == null) {
      return List.of();
    }
    if (whole.indexOf(' ') < 0) {
      return hanSplit(whole);
    }
    List<String> units = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String word : whole.split("\\s+")) {
      pending.append(pending.isEmpty() ? "" : " ").append(word);
      if (!NameForms.isParticle(NameForms.latinAscii(word).toLowerCase(Locale.ROOT))) {
        units.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (!pending.isEmpty()) {
      if (units.isEmpty()) {
        return List.of();
      }
      units.set(units.size() - 1, units.get(units.size() - 1) + " " + pending);
    }
    int n = units.size();
    if (n < 2) {
      return List.of();
    }
    List<String[]> splits = new ArrayList<>(2);
    splits.add(new String[] {String.join(" ", units.subList(0, n - 1)), units.get(n - 1)});
    if (n >= 3) {
      splits.add(new String[] {String.join(" ", units.subList(1, n)), units.get(0)});
    }
    return splits;
  }

  /**
   * Chinese compound family names of two characters (欧阳 Ouyang, 司马 Sima, 诸葛 Zhuge…), in simplified
   * and traditional writing: the rest of a name that begins with one is the given name.
   */
  private static final Set<String> HAN_COMPOUND_FAMILY_NAMES =
      Set.of(
          "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫",
          "慕容", "夏侯", "长孙", "長孫", "宇文", "令狐", "端木", "独孤", "獨孤", "轩辕", "軒轅");

  /**
   * A Chinese name written whole in Han characters, without spaces (孙家文): the family name is
   * written first, one character (or a compound of two), and the given name one or two after it.
   * Empty for anything else.
   */
  static List<String[]> hanSplit(String whole) {
    int n = whole.codePointCount(0, whole.length());
    if (n < 2 || n > 4 || !whole.codePoints().allMatch(FeatureExtractor::han)) {
      return List.of();
    }
    int familyLength =
        n >= 3
                && HAN_COMPOUND_FAMILY_NAMES.contains(
                    whole.substring(0, whole.offsetByCodePoints(0, 2)))
            ? 2
            : 1;
    if (n - familyLength > 2) {
      return List.of();
    }
    int cut = whole.offsetByCodePoints(0, familyLength);
    return List.<String[]>of(new String[] {whole.substring(cut), whole.substring(0, cut)});
  }

  private static boolean han(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * Prepares every name of the records at once, in parallel, then renumbers the interned keys by
   * their spelling, so that a batch gets the same comparison keys on every run whatever the number
   * of threads.
   */
  public void prepare(List<PersonRecord> records) {
    HashSet<String> names = new HashSet<>();
    for (PersonRecord r : records) {
      addName(names, r.givenName());
      addName(names, r.familyName());
      for (String o : r.otherNames()) {
        addName(names, o);
      }
      for (String[] split : wholeNameSplits(r)) {
        addName(names, split[0]);
        addName(names, split[1]);
      }
    }
    String[] sorted = names.toArray(new String[0]);
    Arrays.parallelSort(sorted);
    NamePart[] built = new NamePart[sorted.length];
    IntStream.range(0, sorted.length)
        .parallel()
        .forEach(i -> built[i] = NamePart.of(sorted[i], vocabulary));
    for (int i = 0; i < sorted.length; i++) {
      if (built[i] != null) {
        parts.putIfAbsent(sorted[i], built[i]);
      }
    }
    int[] map = vocabulary.renumber();
    parts.replaceAll((raw, part) -> part.renumbered(map));
  }

  private void addName(Set<String> names, String raw) {
    if (raw != null && !raw.isBlank() && !parts.containsKey(raw)) {
      names.add(raw);
    }
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

  /** How many distinct name spellings this extractor keeps the features of. */
  public int names() {
    return parts.size();
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }
}
