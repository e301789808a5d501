package org.haven.people.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Compares two prepared records field by field into agreement levels, 0 being the strongest
 * agreement and -1 meaning that one side lacks the field.
 */
public final class Comparison {

  private Comparison() {}

  public static final int GIVEN = 0;
  public static final int FAMILY = 1;
  public static final int BIRTH = 2;
  public static final int SEX = 3;
  public static final int CITIZENSHIP = 4;
  public static final int FIELDS = 5;

  /** Number of agreement levels per field. */
  static final int[] LEVELS = {5, 5, 8, 2, 2};

  static final String[] FIELD_NAMES = {"given", "family", "birth", "sex", "citizenship"};

  /** The names of every field's agreement levels (as explanations give them). */
  public static List<String> levelNames() {
    return Arrays.stream(LEVEL_NAMES).flatMap(Arrays::stream).toList();
  }

  static final String[][] LEVEL_NAMES = {
    {
      "same",
      "phonetic/nickname/alias",
      "similar (JW ≥ 0.92, one edit) or shared word",
      "JW ≥ 0.80",
      "differ"
    },
    {
      "same",
      "phonetic/nickname/alias",
      "similar (JW ≥ 0.92, one edit) or shared word",
      "JW ≥ 0.80",
      "differ"
    },
    {
      "same date",
      "day/month swapped or ±1 year on same day",
      "same year, one only a year",
      "one part of the date differs",
      "±1 year",
      "estimated date, years within two",
      "same year, different date",
      "differ"
    },
    {"same", "differ"},
    {"shared", "none shared"}
  };

  /**
   * How the names were read. Its {@link #alignment}: 0 if given names were compared with given
   * names; 1 if a's given name was compared with b's family name as the given-name field; 2 if a's
   * family name with b's given name as that field. Its {@link #reading} of each record: 0 as
   * written, k for the record's k-th split of a whole name written in one field ({@link
   * PersonFeatures#readings}).
   */
  static final int SWAPPED = FIELDS;

  /** The names' alignment (0 straight, 1 or 2 swapped) from levels filled by compare. */
  static int alignment(int[] levels) {
    return levels[SWAPPED] & 3;
  }

  /** The reading of a (first) or b whose names compare filled levels from. */
  static PersonFeatures reading(PersonFeatures r, int[] levels, boolean first) {
    int k = (levels[SWAPPED] >>> (first ? 2 : 4)) & 3;
    return k == 0 ? r : r.readings[k - 1];
  }

  /** Fills the first FIELDS slots of out with levels and slot SWAPPED with the alignment. */
  public static void compare(PersonFeatures a, PersonFeatures b, int[] out) {
    compare(a, b, out, null);
  }

  /** As {@link #compare(PersonFeatures, PersonFeatures, int[])}, with this thread's name cache. */
  static void compare(PersonFeatures a, PersonFeatures b, int[] out, NameLevelCache cache) {
    compareNames(a, b, out, cache);
    if (a.readings.length > 0 || b.readings.length > 0) {
      bestReading(a, b, out, cache);
    }
    if ((out[GIVEN] != 0 || out[FAMILY] != 0) && sameWordsSplitOtherwise(a, b)) {
      out[GIVEN] = 0;
      out[FAMILY] = 0;
      out[SWAPPED] = RESPLIT;
    }
    out[BIRTH] = birthLevel(a, b);
    out[SEX] = sexLevel(a, b);
    out[CITIZENSHIP] = citizenshipLevel(a, b);
  }

  /**
   * Set in the SWAPPED slot when the names agree as one whole name whose words the two records
   * split otherwise between given and family name ({@link #sameWordsSplitOtherwise}).
   */
  static final int RESPLIT = 1 << 8;

  /** Whether compare found the names to be one whole name split otherwise ({@link #RESPLIT}). */
  static boolean resplit(int[] levels) {
    return (levels[SWAPPED] & RESPLIT) != 0;
  }

  /**
   * Whether two records hold the same words of a name in the same order, split otherwise between
   * the fields: a Vietnamese name, family name first, whose middle name one clerk wrote with the
   * family name and another with the given name (Phạm Thành | Huy, and Thành Huy | Phạm for Phạm
   * Thành Huy); a second given name registered as the first of two family names (Juan | Carlos
   * Martínez, Juan Carlos | Martínez). Three words at least: two words the other way round are a
   * swap. The words must agree exactly and in order, so that María José is not José María.
   */
  static boolean sameWordsSplitOtherwise(PersonFeatures a, PersonFeatures b) {
    if (a.givenFirst == null
        || b.givenFirst == null
        || a.givenFirst.length() != b.givenFirst.length()) {
      return false;
    }
    return a.givenFirst.equals(b.givenFirst)
        || a.givenFirst.equals(b.familyFirst)
        || a.familyFirst.equals(b.givenFirst)
        || a.familyFirst.equals(b.familyFirst);
  }

  /** Fills the GIVEN, FAMILY and SWAPPED slots of out: the names read straight or swapped. */
  private static void compareNames(
      PersonFeatures a, PersonFeatures b, int[] out, NameLevelCache cache) {
    boolean chinese = chinese(a) && chinese(b);
    int gg = partLevel(a.given, b.given, a, b, chinese, cache);
    int ff = partLevel(a.family, b.family, a, b, chinese, cache);
    int straight = cost(gg) + cost(ff);
    if (straight > 0
        && a.given != null
        && a.family != null
        && b.given != null
        && b.family != null) {
      int gf = partLevel(a.given, b.family, a, b, chinese, cache);
      int fg = partLevel(a.family, b.given, a, b, chinese, cache);
      if (cost(gf) + cost(fg) < straight) {
        swapped(gf, fg, out);
        return;
      }
    }
    if (ff < 0) {
      ff = familyAmongOtherNames(a, b, chinese, cache);
      if (crossedWithOtherNames(a, b, chinese, cache, cost(gg) + cost(ff), out)) {
        return;
      }
    } else if (ff == 4 && (secondGivenAsFamily(a, b) || secondGivenAsFamily(b, a))) {
      // A second given name registered as the family name: weak, but no disagreement.
      ff = 3;
    }
    out[GIVEN] = gg;
    out[FAMILY] = ff;
    out[SWAPPED] = 0;
  }

  /**
   * When either record holds a whole name in one field, its names are also read split ({@link
   * PersonFeatures#readings}): the reading whose names agree best is kept, a split before the names
   * as written when they agree as well (a whole name read as a family name would hide that its
   * given name differs: Arben Ismaj is not Blerim Ismaj). Among splits that agree equally, the
   * choice depends on the names compared, not on which record comes first, so that a pair scores
   * alike either way round.
   */
  private static void bestReading(
      PersonFeatures a, PersonFeatures b, int[] out, NameLevelCache cache) {
    int[] tried = new int[FIELDS + 1];
    long best = readingRank(a, b, out, AS_WRITTEN);
    for (int i = 0; i <= a.readings.length; i++) {
      for (int j = 0; j <= b.readings.length; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        PersonFeatures x = i == 0 ? a : a.readings[i - 1];
        PersonFeatures y = j == 0 ? b : b.readings[j - 1];
        compareNames(x, y, tried, cache);
        if (!movedNameAgrees(x, i, tried) || !movedNameAgrees(y, j, tried)) {
          continue;
        }
        long rank =
            readingRank(
                x,
                y,
                tried,
                (i > 0 && x.isSplit()) || (j > 0 && y.isSplit())
                    ? SPLIT
                    : MOVED_TO_THE_OTHER_FIELD);
        if (rank < best) {
          best = rank;
          out[GIVEN] = tried[GIVEN];
          out[FAMILY] = tried[FAMILY];
          out[SWAPPED] = tried[SWAPPED] | i << 2 | j << 4;
        }
      }
    }
  }

  /**
   * Kinds of reading, in the order they are preferred when their names agree alike: a split of a
   * whole name before the names as written (see {@link #bestReading}), and those before a lone name
   * read in the other field, which is only a possibility.
   */
  private static final int SPLIT = 0;

  private static final int AS_WRITTEN = 1;
  private static final int MOVED_TO_THE_OTHER_FIELD = 2;

  /**
   * Whether a lone name read in the other field agrees with a name there, or the reading is no such
   * move. A name moved only to leave both fields unmatched (Somchai against Somsak) would hide that
   * the names differ.
   */
  private static boolean movedNameAgrees(PersonFeatures reading, int k, int[] levels) {
    if (k == 0 || reading.isSplit()) {
      return true;
    }
    int level = levels[reading.given != null ? GIVEN : FAMILY];
    return level >= 0 && level < 4;
  }

  /**
   * The order of readings: by how well the names agree (the costs of the two levels), then by their
   * kind (a split, as written, a lone name moved), then by the levels, then by the names read (a
   * key that is the same whichever record comes first).
   */
  private static long readingRank(PersonFeatures x, PersonFeatures y, int[] levels, int kind) {
    long rank = cost(levels[GIVEN]) + cost(levels[FAMILY]);
    rank = rank * 4 + kind;
    rank = rank * 8 + levels[GIVEN] + 1;
    rank = rank * 8 + levels[FAMILY] + 1;
    long kx = namesKey(x);
    long ky = namesKey(y);
    long key = (Math.min(kx, ky) * 0x9E3779B97F4A7C15L) ^ Math.max(kx, ky);
    return rank << 40 | (key * 0xC2B2AE3D27D4EB4FL) >>> 24;
  }

  private static long namesKey(PersonFeatures r) {
    long g = r.given == null ? -1 : r.given.primary;
    long f = r.family == null ? -1 : r.family.primary;
    return g << 32 ^ (f & 0xFFFFFFFFL);
  }

  /**
   * Writes the levels of names read swapped, gf being a's given name against b's family name and fg
   * a's family name against b's given name. The worse of the two cross agreements is read as the
   * given name's, so that the result does not depend on which record comes first.
   */
  private static void swapped(int gf, int fg, int[] out) {
    boolean firstIsGiven = cost(gf) >= cost(fg);
    out[GIVEN] = firstIsGiven ? gf : fg;
    out[FAMILY] = firstIsGiven ? fg : gf;
    out[SWAPPED] = firstIsGiven ? 1 : 2;
  }

  private static int cost(int level) {
    return level < 0 ? 2 : level;
  }

  /**
   * When one record has no family name but other names, the family name may have been recorded
   * among them: the best agreement of the other record's family name with one of them (a family
   * name written there is that family name, as strong as in its own field); when neither record has
   * a family name, the best agreement of their other names, no better than an alias (level 1); -1
   * when there is nothing to compare.
   */
  private static int familyAmongOtherNames(
      PersonFeatures a, PersonFeatures b, boolean chinese, NameLevelCache cache) {
    PersonFeatures without = a.family == null ? a : b;
    PersonFeatures with = a.family == null ? b : a;
    if (without.aliases.isEmpty()) {
      return -1;
    }
    List<NamePart> theirs = with.family != null ? List.of(with.family) : with.aliases;
    if (theirs.isEmpty()) {
      return -1;
    }
    int best = 4;
    for (NamePart alias : without.aliases) {
      for (NamePart family : theirs) {
        best = Math.min(best, partLevel(alias, family, without, with, chinese, cache));
      }
    }
    return with.family != null ? best : Math.max(1, best);
  }

  /**
   * A record without a family name whose family name went among its other names may also have its
   * names the other way round: the other record's family name as its given name, and the other
   * record's given name among its other names (Shehu Urtim against Urtim, other name Sheu). When
   * that reading agrees better than {@code straight} (the cost of the straight one), writes the
   * name levels as a swap of the two records' names ({@link #swapped}) and returns true.
   */
  private static boolean crossedWithOtherNames(
      PersonFeatures a,
      PersonFeatures b,
      boolean chinese,
      NameLevelCache cache,
      int straight,
      int[] out) {
    boolean bWithout = b.family == null && a.family != null;
    PersonFeatures without = bWithout ? b : a;
    PersonFeatures with = bWithout ? a : b;
    if (without.family != null
        || without.given == null
        || without.aliases.isEmpty()
        || with.given == null
        || with.family == null) {
      return false;
    }
    int familyAsGiven = partLevel(with.family, without.given, with, without, chinese, cache);
    int givenAsOther = 4;
    for (NamePart alias : without.aliases) {
      givenAsOther =
          Math.min(givenAsOther, partLevel(with.given, alias, with, without, chinese, cache));
    }
    if (cost(familyAsGiven) + cost(givenAsOther) >= straight) {
      return false;
    }
    // As a swap of a's and b's names, with the other names standing for the missing family name.
    swapped(bWithout ? givenAsOther : familyAsGiven, bWithout ? familyAsGiven : givenAsOther, out);
    return true;
  }

  /** Whether a's family name is one of the words of b's given name of several words. */
  private static boolean secondGivenAsFamily(PersonFeatures a, PersonFeatures b) {
    return a.family != null
        && b.given != null
        && b.given.multiWord
        && IntSets.intersects(a.family.forms, b.given.words);
  }

  /**
   * Whether a record carries a common Chinese family name (in either name field, since Chinese
   * names are written family name first as often as last): only then are its names read as
   * romanisations of Chinese, which Vietnamese or Western names that happen to split into Pinyin
   * syllables are not.
   */
  private static boolean chinese(PersonFeatures r) {
    return (r.family != null && r.family.chineseSurname)
        || (r.given != null && r.given.chineseSurname);
  }

  static int partLevel(
      NamePart a,
      NamePart b,
      PersonFeatures ra,
      PersonFeatures rb,
      boolean chinese,
      NameLevelCache cache) {
    if (a == null || b == null) {
      return -1;
    }
    if (a == b) {
      return 0;
    }
    if (a.han && b.han) {
      // Written in characters on both sides, a name is its characters: 王 and 黄 are both Wong in
      // Cantonese but two names. The same reading is a simplified and a traditional form (黄, 黃).
      return a.compact[0].equals(b.compact[0]) ? 1 : 4;
    }
    int level;
    if (cache == null) {
      level = nameLevel(a, b, chinese);
    } else {
      long key = NameLevelCache.key(a, b, chinese);
      level = cache.get(key);
      if (level == Integer.MIN_VALUE) {
        level = nameLevel(a, b, chinese);
        cache.put(key, level);
      }
    }
    // An other name of one record that is the other record's name (as written in either).
    if (level > 1
        && (IntSets.intersects(a.words, rb.aliasWords)
            || IntSets.intersects(b.words, ra.aliasWords))) {
      return 1;
    }
    return level;
  }

  /** The agreement level of two names by themselves (0 to 4). */
  private static int nameLevel(NamePart a, NamePart b, boolean chinese) {
    if ((a.formBits & b.formBits) != 0 && IntSets.intersects(a.forms, b.forms)) {
      return 0;
    }
    int arabic = romanisationOfArabic(a, b);
    if (arabic < 2) {
      return arabic;
    }
    if (((a.soundBits & b.soundBits) != 0
            && (IntSets.intersects(a.canonical, b.canonical)
                || (soundAlone(a, b) && IntSets.intersects(a.phonetic, b.phonetic))))
        || (chinese && IntSets.intersects(a.sinitic, b.sinitic))) {
      return 1;
    }
    // One order for the pair whichever record comes first (equal primaries agreed above).
    if (a.primary > b.primary) {
      NamePart t = a;
      a = b;
      b = t;
    }
    // A Chinese given name shares a syllable with many others, and one letter changes the
    // character: neither is a near agreement there.
    if ((!chinese && (a.wordBits & b.wordBits) != 0 && (a.wordsWithin(b) || b.wordsWithin(a)))
        || Math.abs(a.primaryLength - b.primaryLength) <= 1
            && Math.min(a.primaryLength, b.primaryLength) >= 4
            && (!chinese || a.primaryLength >= 6)
            && oneEdit(a.compact[0], b.compact[0])) {
      return 2;
    }
    // One part of a compound name, the other dropped, and a letter of it keyed wrong (Kibrom Yonas
    // and Kibron, Herrera Martinez and Herera).
    if (!chinese && (a.wordEnds.length > 1) != (b.wordEnds.length > 1)) {
      NamePart many = a.wordEnds.length > 1 ? a : b;
      String one = (many == a ? b : a).compact[0];
      if (one.length() >= 4) {
        int from = 0;
        for (int to : many.wordEnds) {
          if (oneEdit(many.compact[0], from, to, one)) {
            return 2;
          }
          from = to;
        }
      }
    }
    // A name written with initials (J. for John, M. Ali for Mohamed Ali) is not another name: it
    // agrees as closely as its written words do, and an initial alone only weakly.
    if (a.hasInitials() || b.hasInitials()) {
      int initials = Math.min(initialsLevel(a, b), initialsLevel(b, a));
      if (initials < 4) {
        return initials;
      }
    }
    double jw = 0;
    int na = Math.min(3, a.compact.length);
    int nb = Math.min(3, b.compact.length);
    for (int i = 0; i < na && jw < 0.92; i++) {
      for (int j = 0; j < nb && jw < 0.92; j++) {
        if (mayReach(a.compact[i], b.compact[j], b.letters[j], 0.80)) {
          jw = Math.max(jw, JaroWinkler.similarity(a.compact[i], b.compact[j]));
        }
      }
    }
    if (jw >= 0.92) {
      return 2;
    }
    return jw >= 0.80 ? 3 : 4;
  }

  /**
   * Whether two names' sounds may say they are one name: not when one is a single consonant among
   * vowels (Ion and Ana, Jan and Anna sound alike) unless both begin with the same letter.
   */
  private static boolean soundAlone(NamePart a, NamePart b) {
    return !(a.shortSound || b.shortSound) || a.compact[0].charAt(0) == b.compact[0].charAt(0);
  }

  /**
   * How a name with initials agrees with another: 2 when each initial is the first letter of a word
   * of the other and every written word is one of its words too, 3 when it is initials alone that
   * all stand for words of the other, else 4.
   */
  static int initialsLevel(NamePart x, NamePart y) {
    if (!x.hasInitials()) {
      return 4;
    }
    boolean written = false;
    for (int i = 0; i < x.tokens.length; i++) {
      char c = x.initials[i];
      if (c != 0) {
        if ((y.wordInitials & 1 << (c - 'a')) == 0) {
          return 4;
        }
      } else if (IntSets.intersects(x.tokens[i], y.words)) {
        written = true;
      } else {
        return 4;
      }
    }
    return written ? 2 : 3;
  }

  /**
   * When one name is written in Arabic script and the other in Latin letters, how closely the
   * spelling romanises the script ({@link ArabicNames#level}: 0 fully, as strong an agreement as
   * two equal spellings since the script writes no short vowels for a spelling to agree with; 1 in
   * the consonants); otherwise 2.
   */
  private static int romanisationOfArabic(NamePart a, NamePart b) {
    if (a.script == NameForms.Script.ARABIC && b.script == NameForms.Script.LATIN) {
      return ArabicNames.level(a.compact, a.consonants(), b.compact, b.consonants());
    }
    if (a.script == NameForms.Script.LATIN && b.script == NameForms.Script.ARABIC) {
      return ArabicNames.level(b.compact, b.consonants(), a.compact, a.consonants());
    }
    return 2;
  }

  /**
   * Whether the Jaro–Winkler similarity of x and the other word (whose letters are given as bits)
   * may reach the bound: at most the letters of x that occur in the other word can match, without
   * transpositions, and the Winkler bonus is that of their common prefix. False only when it
   * certainly cannot.
   */
  static boolean mayReach(String x, String other, int otherLetters, double bound) {
    int lx = x.length();
    int lo = other.length();
    if (lx == 0 || lo == 0) {
      return false;
    }
    int m = 0;
    for (int i = 0; i < lx; i++) {
      char c = x.charAt(i);
      if (c >= 'a' && c <= 'z' && (otherLetters & (1 << (c - 'a'))) != 0) {
        m++;
      }
    }
    m = Math.min(m, Math.min(lx, lo));
    if (m == 0) {
      return false;
    }
    int prefix = 0;
    int most = Math.min(4, Math.min(lx, lo));
    while (prefix < most && x.charAt(prefix) == other.charAt(prefix)) {
      prefix++;
    }
    double jaro = (m / (double) lx + m / (double) lo + 1) / 3;
    return jaro + prefix * 0.1 * (1 - jaro) >= bound;
  }

  /**
   * Whether the word of x from index {@code from} up to {@code to} is {@link #oneEdit(String,
   * String) one edit} from y.
   */
  static boolean oneEdit(String x, int from, int to, String y) {
    int lx = to - from;
    int ly = y.length();
    if (Math.min(lx, ly) < 4 || Math.abs(lx - ly) > 1) {
      return false;
    }
    int i = 0;
    while (i < lx && i < ly && x.charAt(from + i) == y.charAt(i)) {
      i++;
    }
    if (lx == ly) {
      if (i == lx) {
        return false;
      }
      if (x.regionMatches(from + i + 1, y, i + 1, lx - i - 1)) {
        return true;
      }
      return i + 1 < lx
          && x.charAt(from + i) == y.charAt(i + 1)
          && x.charAt(from + i + 1) == y.charAt(i)
          && x.regionMatches(from + i + 2, y, i + 2, lx - i - 2);
    }
    return lx > ly
        ? x.regionMatches(from + i + 1, y, i, ly - i)
        : y.regionMatches(i + 1, x, from + i, lx - i);
  }

  /**
   * Whether two spellings of four letters or more are one edit apart: a letter inserted, dropped or
   * replaced, or two neighbours swapped.
   */
  static boolean oneEdit(String x, String y) {
    int lx = x.length();
    int ly = y.length();
    if (Math.min(lx, ly) < 4 || Math.abs(lx - ly) > 1 || x.equals(y)) {
      return false;
    }
    int i = 0;
    while (i < lx && i < ly && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    if (lx == ly) {
      if (x.regionMatches(i + 1, y, i + 1, lx - i - 1)) {
        return true;
      }
      return i + 1 < lx
          && x.charAt(i) == y.charAt(i + 1)
          && x.charAt(i + 1) == y.charAt(i)
          && x.regionMatches(i + 2, y, i + 2, lx - i - 2);
    }
    return lx > ly ? x.regionMatches(i + 1, y, i, ly - i) : y.regionMatches(i + 1, x, i, lx - i);
  }

  /** The birth level of a placeholder date (1 January) within two years of the other date. */
  static final int BIRTH_ESTIMATED = 5;

  /** From this birth level on, two exact dates are clearly different. */
  static final int BIRTH_DATES_DIFFER = 6;

  static int birthLevel(PersonFeatures a, PersonFeatures b) {
    if (a.year == 0 || b.year == 0) {
      return -1;
    }
    int dy = Math.abs(a.year - b.year);
    if (a.placeholder || b.placeholder) {
      // A placeholder says only the year, and an estimated one: the same year is as good as a year
      // alone, and one or two years off is the estimate's usual error (each of two estimates).
      int tolerance = a.placeholder && b.placeholder ? 3 : 2;
      return dy == 0 ? 2 : dy <= tolerance ? BIRTH_ESTIMATED : 7;
    }
    boolean full = a.month != 0 && b.month != 0;
    if (full) {
      boolean sameMonth = a.month == b.month;
      boolean sameDay = a.day == b.day;
      if (dy == 0 && sameMonth && sameDay) {
        return 0;
      }
      boolean swapped = a.month == b.day && a.day == b.month;
      if ((dy == 0 && swapped) || (dy == 1 && sameMonth && sameDay)) {
        return 1;
      }
      // A slip in one part of a date is its own level: among namesakes of a common name the same
      // year and month (or day) is much more frequent than a swap, so it must weigh for itself.
      if (dy == 0 && (sameMonth || sameDay)) {
        return 3;
      }
      // A slip in the year is one too: one digit keyed wrong or two neighbours swapped (1985 for
      // 1958 or 1965), with the day and month the same; years that differ otherwise are two dates.
      if (sameMonth && sameDay && oneDigitSlip(a.year, b.year)) {
        return 3;
      }
      // Neighbouring days across the end of a month or year (31 January and 1 February) are the
      // same slip as neighbouring days within one: a date converted from another calendar (Hijri,
      // Ethiopian, Persian) is often a day off, as is one stored at midnight in one time zone and
      // read in another.
      if (nextDay(a, b) || nextDay(b, a)) {
        return 3;
      }
      // Two full dates a year apart that also differ in day and month are two errors at once:
      // no closer than two dates that differ outright.
      return dy == 0 ? 6 : dy == 1 && (sameMonth || sameDay || swapped) ? 4 : 7;
    }
    return dy == 0 ? 2 : dy == 1 ? 4 : 7;
  }

  /** Whether b's full date is the day after a's, across the end of a month or a year. */
  private static boolean nextDay(PersonFeatures a, PersonFeatures b) {
    if (b.day != 1 || a.day != daysIn(a.year, a.month)) {
      return false;
    }
    return a.month == 12
        ? b.month == 1 && b.year == a.year + 1
        : b.month == a.month + 1 && b.year == a.year;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Whether two four-digit years differ in one digit, or by two neighbouring digits swapped. */
  static boolean oneDigitSlip(int x, int y) {
    int[] dx = digits(x);
    int[] dy = digits(y);
    int first = -1;
    int differ = 0;
    for (int k = 0; k < 4; k++) {
      if (dx[k] != dy[k]) {
        first = first < 0 ? k : first;
        differ++;
      }
    }
    return differ == 1
        || (differ == 2 && first < 3 && dx[first] == dy[first + 1] && dx[first + 1] == dy[first]);
  }

  /** The four digits of a year, thousands first. */
  private static int[] digits(int year) {
    return new int[] {year / 1000 % 10, year / 100 % 10, year / 10 % 10, year % 10};
  }

  static int sexLevel(PersonFeatures a, PersonFeatures b) {
    if (a.sex == 0 || b.sex == 0) {
      return -1;
    }
    return a.sex == b.sex ? 0 : 1;
  }

  static int citizenshipLevel(PersonFeatures a, PersonFeatures b) {
    if (a.citizenships.length == 0 || b.citizenships.length == 0) {
      return -1;
    }
    for (short x : a.citizenships) {
      for (short y : b.citizenships) {
        if (x == y) {
          return 0;
        }
      }
    }
    return 1;
  }
}
