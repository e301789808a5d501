package org.haven.people.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a Latin spelling is a romanisation of a name written in Arabic script. Arabic script
 * writes consonants and long vowels (ا ā, و ū, ي ī) and leaves short vowels and doubled consonants
 * unwritten, so محمد (m-ḥ-m-d) is spelled Mohammed, Muhammad and Mohamed alike. A spelling agrees
 * with the script when
 *
 * <ul>
 *   <li>its consonants are the script's, read the way Latin spellings write them (kh, sh or French
 *       ch, dj or j, q or k, th for t, dh for d, a doubled letter for one) and
 *   <li>every long vowel of the script is written there (يوسف y-ū-s-f: Youssef and Yusuf, not
 *       Yasef), with the vowel it is (ū as u or o, ī as i, e or y) — and a long vowel of the
 *       spelling (two vowel letters: the ou of Mahmoud, the ei of Hussein) stands for one in the
 *       script.
 * </ul>
 *
 * So محمد meets Mohammed fully and Mahmoud (محمود, with its ū) only in its consonants, and حسن
 * meets Hassan fully and Hussein (حسين) only in its consonants. The script's forms are those {@link
 * NameForms#romanisations} gives: consonants with w and y, or with those read as u and i, and ʿayn
 * and alif as a.
 */
final class ArabicNames {

  private ArabicNames() {}

  /**
   * How closely a Latin spelling agrees with a name in Arabic script: 0 when one of its forms
   * romanises one of the script's (consonants and long vowels), 1 when the consonants agree but a
   * vowel does not (French spellings write ou for short and long u alike: Bouchra, بشرى), 2 when
   * not even the consonants do.
   *
   * @param scriptKeys {@link #consonants} of each script form, to rule most pairs out cheaply
   * @param latinKeys the same of each Latin form
   */
  static int level(
      String[] scriptForms, String[] scriptKeys, String[] latinForms, String[] latinKeys) {
    int best = 2;
    for (int i = 0; i < scriptForms.length && best > 0; i++) {
      for (int j = 0; j < latinForms.length && best > 0; j++) {
        if (!scriptKeys[i].isEmpty() && scriptKeys[i].equals(latinKeys[j])) {
          best = agree(units(scriptForms[i]), units(latinForms[j])) ? 0 : 1;
        }
      }
    }
    return best;
  }

  /** The consonants of a romanised form, one letter each (kh as K, sh as S, gh as G). */
  static String consonants(String form) {
    List<String> units = units(form);
    StringBuilder b = new StringBuilder(units.size() / 2);
    for (int i = 1; i < units.size(); i += 2) {
      String u = units.get(i);
      b.append(u.length() == 1 ? u.charAt(0) : Character.toUpperCase(u.charAt(0)));
    }
    return b.toString();
  }

  /**
   * Vowel slots and consonants, alternating, first and last a slot: "mohammed" is ["", "m", "o",
   * "h", "a", "m", "e", "d", ""] (a doubled consonant is one).
   */
  static List<String> units(String word) {
    List<String> out = new ArrayList<>();
    StringBuilder slot = new StringBuilder();
    String last = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char n = i + 1 < word.length() ? word.charAt(i + 1) : 0;
      String consonant;
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
        slot.append(c);
        continue;
      } else if ((c == 'y' || c == 'w') && i > 0) {
        // Inside a word y and w are the long vowels ī and ū (or part of a diphthong).
        slot.append(c == 'y' ? 'i' : 'u');
        continue;
      } else if (n == 'h'
          && (c == 'k' || c == 's' || c == 'c' || c == 'g' || c == 't' || c == 'd' || c == 'p')) {
        consonant =
            switch (c) {
              case 'k' -> "kh";
              case 's', 'c' -> "sh";
              case 'g' -> "gh";
              case 't' -> "t";
              case 'd' -> "d";
              default -> "f";
            };
        i++;
      } else if (c == 'd' && n == 'j') {
        consonant = "j";
        i++;
      } else if (c == 'q' || c == 'k' || c == 'c') {
        consonant = "k";
      } else {
        consonant = String.valueOf(c);
      }
      if (consonant.equals(last) && slot.isEmpty()) {
        continue;
      }
      out.add(slot.toString());
      out.add(consonant);
      slot.setLength(0);
      last = consonant;
    }
    out.add(slot.toString());
    return out;
  }

  private static boolean agree(List<String> script, List<String> latin) {
    if (script.size() != latin.size()) {
      return false;
    }
    for (int i = 0; i < script.size(); i++) {
      String s = script.get(i);
      String l = latin.get(i);
      if (i % 2 == 1) {
        if (!s.equals(l)) {
          return false;
        }
      } else if (!vowelsAgree(s, l)) {
        return false;
      }
    }
    return true;
  }

  /** A slot of the script (empty, or long vowels) against the same slot of the spelling. */
  private static boolean vowelsAgree(String script, String latin) {
    if (script.isEmpty()) {
      // Short vowels are unwritten; a long one in the spelling would be written in the script.
      return latin.length() < 2;
    }
    if (latin.isEmpty()) {
      return false;
    }
    // ū is written u or o, ī as i, e or y (read as i above); alif and ʿayn (a) as any vowel.
    if (script.indexOf('u') >= 0 && latin.indexOf('u') < 0 && latin.indexOf('o') < 0) {
      return false;
    }
    return script.indexOf('i') < 0 || latin.indexOf('i') >= 0 || latin.indexOf('e') >= 0;
  }
}
