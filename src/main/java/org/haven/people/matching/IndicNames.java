package org.haven.people.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Names in Devanagari (Hindi, Nepali, Marathi) and Bengali script read the way they are spoken and
 * written in Latin letters on passports and in registers, where ICU's letter-by-letter
 * transliteration writes every inherent vowel (राजेश as "rājēśa", रहमान as "rahamāna") and the same
 * man signs Rajesh and Rahman. A reading of the scripts by their rules, good enough for names:
 *
 * <ul>
 *   <li>a consonant without a vowel sign carries the inherent a, which speech drops (schwa
 *       deletion, Ohala 1983): at the end of a word (राम Ram, सुरेश Suresh), unless a cluster that
 *       ends in r, y, l, v or a nasal, or two stops, comes before it (चन्द्र Chandra, आदित्य
 *       Aditya, गुप्त Gupta; but आनन्द Anand, a nasal before a stop); and inside a word between a
 *       vowel and a consonant and vowel, from the end of the word back (कमला Kamla, जगदीश Jagdish,
 *       अरविंद Arvind), never in the first syllable;
 *   <li>letters are written as names are (श and ष sh, च ch, छ chh, क्ष ksh, ज्ञ gy, व after a
 *       consonant w: अश्विन Ashwin), long and short vowels alike; the dot below makes a letter of
 *       Persian or Arabic sound (ज़ z, फ़ f, क़ q) and ड़ is r; anusvara is n, m before a labial
 *       and ng before h (सिंह Singh);
 *   <li>in Bengali ফ is f (ফাতেমা Fatema), ব is b (w after a consonant), য is j at the start of a
 *       word and y elsewhere, ৎ is t; ঐ and ঔ are oi and ou.
 * </ul>
 *
 * Other characters are kept as they are.
 */
final class IndicNames {

  private IndicNames() {}

  private static final int DEVANAGARI = 0x0900;
  private static final int BENGALI = 0x0980;

  /** Consonants by their offset in the block (the two blocks share the layout of ISCII). */
  private static final String[] CONSONANTS = new String[0x40];

  /** Vowel signs by their offset in the block. */
  private static final String[] SIGNS = new String[0x50];

  /** Vowels written as letters of their own, by their offset. */
  private static final String[] VOWELS = new String[0x15];

  /** Letters with the dot below (nukta), by the offset of the letter it is written under. */
  private static final String[] DOTTED = new String[0x40];

  static {
    read(
        "15 k,16 kh,17 g,18 gh,19 n,1A ch,1B chh,1C j,1D jh,1E n,1F t,20 th,21 d,22 dh,23 n,"
            + "24 t,25 th,26 d,27 dh,28 n,29 n,2A p,2B ph,2C b,2D bh,2E m,2F y,30 r,31 r,32 l,33 l,"
            + "34 l,35 v,36 sh,37 sh,38 s,39 h",
        CONSONANTS);
    read("15 q,16 kh,17 g,1C z,21 r,22 rh,2B f,2F y", DOTTED);
    read("3E a,3F i,40 i,41 u,42 u,43 ri,44 ri,45 e,46 e,47 e,48 ai,49 o,4A o,4B o,4C au", SIGNS);
    read(
        "04 a,05 a,06 a,07 i,08 i,09 u,0A u,0B ri,0C li,0D e,0E e,0F e,10 ai,11 o,12 o,13 o,14 au",
        VOWELS);
  }

  /** Fills a table from entries of a hexadecimal offset and its Latin letters. */
  private static void read(String entries, String[] into) {
    for (String entry : entries.split(",")) {
      String[] p = entry.split(" ");
      into[Integer.parseInt(p[0], 16)] = p[1];
    }
  }

  /**
   * The letters written with the dot below as one character (Devanagari क़ to य़, Bengali ড়, ঢ়
   * and য়), by the offset of the letter the dot is written under; NFC writes them as two.
   */
  private static final int[] UNDOTTED = {0x15, 0x16, 0x17, 0x1C, 0x21, 0x22, 0x2B, 0x2F};

  private static final int VIRAMA = 0x4D;
  private static final int NUKTA = 0x3C;
  private static final int CHANDRABINDU = 0x01;
  private static final int ANUSVARA = 0x02;
  private static final int VISARGA = 0x03;
  private static final int KHANDA_TA = 0x4E;

  /** True for a character of the Devanagari or Bengali block. */
  static boolean indic(int codePoint) {
    return codePoint >= DEVANAGARI && codePoint < BENGALI + 0x80;
  }

  /** The spoken reading of a name in Devanagari or Bengali, lower case. */
  static String spoken(String name) {
    StringBuilder out = new StringBuilder(name.length() * 2);
    int i = 0;
    int n = name.length();
    while (i < n) {
      char c = name.charAt(i);
      if (!indic(c)) {
        out.append(Character.toLowerCase(c));
        i++;
        continue;
      }
      int end = i;
      while (end < n && indic(name.charAt(end))) {
        end++;
      }
      out.append(word(name, i, end));
      i = end;
    }
    return out.toString();
  }

  /** One syllable: a consonant (or a cluster's last one) with its vowel, or a vowel alone. */
  private static final class Unit {
    String consonant = "";

    /** The vowel written; {@code null} for the inherent a, "" for none (virama). */
    String vowel;

    /** Consonants joined to it before, without vowels of their own (a cluster). */
    int clustered;

    /** The cluster's first consonant ("" when there is no cluster). */
    String first = "";

    /** Whether the cluster's last consonant (this one) is a stop. */
    boolean stop;

    /** A nasal or h written after the vowel (anusvara, chandrabindu, visarga). */
    String coda = "";

    boolean inherentDropped;

    boolean inherent() {
      return vowel == null && !inherentDropped;
    }

    boolean hasVowel() {
      return vowel == null ? !inherentDropped : !vowel.isEmpty();
    }
  }

  /** One word: its syllables read, the inherent vowels speech drops left out, then written. */
  private static String word(String s, int from, int to) {
    List<Unit> units = syllables(s, from, to);
    dropInherentVowels(units);
    return written(units);
  }

  /** The syllables of one word of the script. */
  private static List<Unit> syllables(String s, int from, int to) {
    int base = s.charAt(from) >= BENGALI ? BENGALI : DEVANAGARI;
    boolean bengali = base == BENGALI;
    List<Unit> units = new ArrayList<>();
    Unit open = null; // a consonant under a virama, waiting for the next to join it
    int i = from;
    while (i < to) {
      int o = s.charAt(i) - (s.charAt(i) >= BENGALI ? BENGALI : DEVANAGARI);
      if (consonant(o)) {
        boolean nukta = i + 1 < to && s.charAt(i + 1) - base == NUKTA;
        String latin = consonant(o, nukta, bengali, units.isEmpty() && open == null);
        Unit u = new Unit();
        if (open != null) {
          u.clustered = open.clustered + 1;
          u.first = open.clustered == 0 ? open.consonant : open.first;
          u.consonant = open.consonant + joined(latin, o, bengali);
          if (open.consonant.endsWith("j") && o == 0x1E) {
            // ज्ञ, said gy in Hindi (Gyan)
            u.consonant = open.consonant.substring(0, open.consonant.length() - 1) + "gy";
          }
          units.remove(units.size() - 1);
        } else {
          u.consonant = latin;
        }
        u.stop = stop(latin);
        i += nukta ? 2 : 1;
        if (i < to && s.charAt(i) - base == VIRAMA) {
          u.vowel = "";
          i++;
          units.add(u);
          open = i < to && consonant(s.charAt(i) - base) ? u : null;
          continue;
        }
        int next = i < to ? s.charAt(i) - base : -1;
        if (next >= 0 && next < SIGNS.length && SIGNS[next] != null) {
          u.vowel = vowel(SIGNS[next], bengali);
          i++;
        }
        units.add(u);
        open = null;
        continue;
      }
      open = null;
      if (o < VOWELS.length && VOWELS[o] != null) {
        Unit u = new Unit();
        u.vowel = vowel(VOWELS[o], bengali);
        units.add(u);
      } else if (o == ANUSVARA || o == CHANDRABINDU || o == VISARGA) {
        if (!units.isEmpty()) {
          units.get(units.size() - 1).coda = o == VISARGA ? "h" : "N";
        }
      } else if (o == KHANDA_TA && bengali) {
        Unit u = new Unit();
        u.consonant = "t";
        u.vowel = "";
        units.add(u);
      }
      // other signs (avagraha, a lone nukta, digits) are not read
      i++;
    }
    return units;
  }

  /** The syllables in Latin letters, anusvara as the nasal of the consonant after it. */
  private static String written(List<Unit> units) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < units.size(); k++) {
      Unit u = units.get(k);
      out.append(u.consonant);
      if (u.vowel != null) {
        out.append(u.vowel);
      } else if (!u.inherentDropped) {
        out.append('a');
      }
      if (u.coda.equals("N")) {
        String next = k + 1 < units.size() ? units.get(k + 1).consonant : "";
        out.append(nasalBefore(next));
      } else {
        out.append(u.coda);
      }
    }
    return out.toString();
  }

  /** The inherent vowels that speech drops: at the end, then inside the word from the end back. */
  private static void dropInherentVowels(List<Unit> units) {
    int last = units.size() - 1;
    if (last >= 1 && units.get(last).inherent() && units.get(last).coda.isEmpty()) {
      Unit u = units.get(last);
      if (u.clustered == 0 || !keepsVowel(u)) {
        u.inherentDropped = true;
      }
    }
    for (int k = last - 1; k >= 1; k--) {
      Unit u = units.get(k);
      Unit before = units.get(k - 1);
      Unit after = units.get(k + 1);
      if (u.inherent()
          && u.clustered == 0
          && u.coda.isEmpty()
          && before.hasVowel()
          && before.coda.isEmpty()
          && after.clustered == 0
          && !after.consonant.isEmpty()
          && after.hasVowel()) {
        u.inherentDropped = true;
      }
    }
  }

  /**
   * Whether a word-final cluster keeps its inherent vowel: one that ends in r, y, l, v or a nasal
   * (Chandra, Aditya, Shukla, Krishna) or in a stop (Gupta, Datta); not two consonants of which the
   * first is a nasal or r and the second a stop (Anand, Prashant, Parth).
   */
  private static boolean keepsVowel(Unit u) {
    if (u.clustered == 1 && u.stop && (nasal(u.first) || u.first.equals("r"))) {
      return false;
    }
    String c = u.consonant;
    return u.stop
        || c.endsWith("r")
        || c.endsWith("y")
        || c.endsWith("l")
        || c.endsWith("w")
        || c.endsWith("v")
        || c.endsWith("m")
        || c.endsWith("n");
  }

  /** Whether the offset is a consonant's: one of the table, or one written with the dot below. */
  private static boolean consonant(int o) {
    return o >= 0 && o < CONSONANTS.length && CONSONANTS[o] != null || o >= 0x58 && o <= 0x5F;
  }

  private static String consonant(int o, boolean nukta, boolean bengali, boolean first) {
    if (o >= 0x58 && o <= 0x5F) {
      return DOTTED[UNDOTTED[o - 0x58]];
    }
    if (nukta && DOTTED[o] != null) {
      return DOTTED[o];
    }
    if (bengali) {
      if (o == 0x2B) {
        return "f";
      }
      if (o == 0x2F) {
        return first ? "j" : "y";
      }
    }
    return CONSONANTS[o];
  }

  /** A consonant joined to the one before it: व, and ব in Bengali, after a consonant are w. */
  private static String joined(String latin, int o, boolean bengali) {
    return o == 0x35 || bengali && o == 0x2C ? "w" : latin;
  }

  /** A vowel's letters; Bengali says ai and au as oi and ou. */
  private static String vowel(String latin, boolean bengali) {
    if (bengali && latin.equals("ai")) {
      return "oi";
    }
    return bengali && latin.equals("au") ? "ou" : latin;
  }

  private static boolean nasal(String latin) {
    return latin.equals("n") || latin.equals("m");
  }

  private static boolean stop(String latin) {
    return switch (latin) {
      case "k",
          "kh",
          "g",
          "gh",
          "ch",
          "chh",
          "j",
          "jh",
          "t",
          "th",
          "d",
          "dh",
          "p",
          "ph",
          "b",
          "bh",
          "q" ->
          true;
      default -> false;
    };
  }

  /** Anusvara as the nasal of the consonant after it: m before a labial, ng before h. */
  private static String nasalBefore(String next) {
    if (next.startsWith("p") || next.startsWith("b") || next.startsWith("m")) {
      return "m";
    }
    if (next.startsWith("h")) {
      return "ng";
    }
    return "n";
  }
}
