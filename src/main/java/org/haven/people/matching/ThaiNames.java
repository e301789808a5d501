package org.haven.people.matching;

/**
 * Thai script romanised the way Thai names are written in Latin letters: the Royal Thai General
 * System of Transcription (RTGS, Royal Institute 1999), which passports and registers follow and
 * ICU's Thai-Latin (a letter-by-letter ISO 11940 transliteration: สมชาย as "s̄mchāy") does not. A
 * reading of the script by its rules, good enough for names:
 *
 * <ul>
 *   <li>a consonant sounds one way as an initial and another as a final (จ ch/t, ญ y/n, ร r/n, ล
 *       l/n, ว w/o, ย y/i), aspirated initials are written with h (ph, th, kh) and ฤ is rue;
 *   <li>vowels are written before (เ แ โ ใ ไ), above, below or after the initial, and combine (เ–ีย
 *       ia, เ–ือ uea, เ–า ao, เ–ิ oe, –ัว ua); tone marks are not written;
 *   <li>a syllable without a written vowel has an inherent o when a final follows (สม som, มงคล
 *       mongkhon) and an a when it is open (ธนา thana); อ between consonants is o (ทอง thong), ว
 *       before a final is ua (ดวง duang) and รร is a (ธรรม tham, วรรณ wan);
 *   <li>a consonant under the cancellation mark ์ is silent, with the consonant before it when that
 *       one has no vowel (จันทร์ chan, สมบูรณ์ sombun); ร after ศ, ส or ซ is silent (ศรี si) and ทร
 *       is s (ทรัพย์ sap); ก ข ค ต ป ผ พ before ร, ล or ว form a cluster (ประ pra).
 * </ul>
 *
 * Irregular readings (a hidden a before a prefixed vowel, as in เกษม kasem; the silent vowel of
 * Pali endings, as in ชาติ chat) are not guessed; near spellings meet through the phonetic forms.
 */
final class ThaiNames {

  private ThaiNames() {}

  private static final String[] INITIAL = new String[0x30];
  private static final String[] FINAL = new String[0x30];

  static {
    String table =
        "ก k k,ข kh k,ฃ kh k,ค kh k,ฅ kh k,ฆ kh k,ง ng ng,จ ch t,ฉ ch t,ช ch t,ซ s t,ฌ ch t,"
            + "ญ y n,ฎ d t,ฏ t t,ฐ th t,ฑ th t,ฒ th t,ณ n n,ด d t,ต t t,ถ th t,ท th t,ธ th t,"
            + "น n n,บ b p,ป p p,ผ ph p,ฝ f p,พ ph p,ฟ f p,ภ ph p,ม m m,ย y i,ร r n,ล l n,"
            + "ว w o,ศ s t,ษ s t,ส s t,ห h -,ฬ l n,อ - -,ฮ h -";
    for (String entry : table.split(",")) {
      String[] p = entry.split(" ");
      int c = p[0].charAt(0) - 0x0E00;
      INITIAL[c] = p[1].equals("-") ? "" : p[1];
      FINAL[c] = p[2].equals("-") ? "" : p[2];
    }
  }

  /** The RTGS reading of a name in Thai script, lower case; other characters are kept. */
  static String rtgs(String name) {
    String s = strip(name);
    StringBuilder out = new StringBuilder(s.length() * 2);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!thai(c)) {
        out.append(Character.toLowerCase(c));
        i++;
        continue;
      }
      if (c == 'ฤ') {
        out.append("rue");
        i++;
        continue;
      }
      // A leading vowel, then the initial it is written before.
      char lead = 0;
      if (c >= 'เ' && c <= 'ไ') {
        lead = c;
        i++;
        if (i >= n || !consonant(s.charAt(i))) {
          out.append(leadAlone(lead));
          continue;
        }
        c = s.charAt(i);
      }
      if (!consonant(c)) {
        // A vowel sign without an initial: read it as it stands.
        out.append(vowelSign(c));
        i++;
        continue;
      }
      // Silent: a consonant under ์, or followed by one that is (ทร์ in จันทร์).
      if (lead == 0 && at(s, i + 1) == '์') {
        i += 2;
        continue;
      }
      if (lead == 0 && (consonant(at(s, i + 1)) || mark(at(s, i + 1))) && at(s, i + 2) == '์') {
        // ทร์ in จันทร์, ดิ์ in สวัสดิ์.
        i += 3;
        continue;
      }
      // The initial, with a second consonant of a cluster.
      String initial = INITIAL[c - 0x0E00];
      i++;
      char next = at(s, i);
      if ((c == 'ศ' || c == 'ส' || c == 'ซ') && next == 'ร' && vowelFollows(s, i + 1)) {
        i++;
      } else if (c == 'ท' && next == 'ร' && vowelFollows(s, i + 1)) {
        initial = "s";
        i++;
      } else if ("กขคตปผพ".indexOf(c) >= 0
          && (next == 'ร' || next == 'ล' || next == 'ว')
          && vowelFollows(s, i + 1)
          && !(next == 'ว' && at(s, i + 1) == 'ั')) {
        initial += INITIAL[next - 0x0E00];
        i++;
      }
      out.append(initial);
      // The vowel.
      String vowel;
      boolean closed = false;
      boolean written = true;
      boolean needsFinal = false;
      if (lead != 0) {
        // เ C C ิ: a hidden a, then oe (เจริญ charoen).
        if (lead == 'เ' && consonant(at(s, i)) && at(s, i + 1) == 'ิ') {
          out.append('a').append(INITIAL[at(s, i) - 0x0E00]);
          i++;
        }
        StringBuilder marks = new StringBuilder();
        while (i < n && (mark(s.charAt(i)) || s.charAt(i) == 'า' || s.charAt(i) == 'ะ')) {
          marks.append(s.charAt(i++));
        }
        String m = marks.toString().replaceAll("[่-๋็]", "");
        if (lead == 'เ'
            && (m.equals("ี") || m.equals("ื"))
            && (at(s, i) == 'ย' || at(s, i) == 'อ')) {
          vowel = m.equals("ี") ? "ia" : "uea";
          i++;
        } else if (lead == 'เ' && m.startsWith("า")) {
          vowel = m.equals("าะ") ? "o" : "ao";
        } else if (lead == 'เ' && m.equals("ิ")) {
          vowel = "oe";
        } else if (lead == 'เ' && m.isEmpty() && at(s, i) == 'อ' && !vowelFollows(s, i + 1)) {
          vowel = "oe";
          i++;
        } else {
          vowel = leadAlone(lead);
        }
      } else {
        char v = at(s, i);
        while (tone(v)) {
          v = at(s, ++i);
        }
        if (v == 'ั' && at(s, i + 1) == 'ว') {
          vowel = "ua";
          i += 2;
        } else if (v == 'ั' || v == 'ะ' || v == 'า') {
          // ั is a short a that is always closed by a final.
          needsFinal = v == 'ั';
          vowel = "a";
          i++;
        } else if (v == 'ำ') {
          vowel = "am";
          i++;
        } else if (v == 'ิ' || v == 'ี') {
          vowel = "i";
          i++;
        } else if (v == 'ึ' || v == 'ื') {
          vowel = "ue";
          i++;
          if (at(s, i) == 'อ') {
            i++;
          }
        } else if (v == 'ุ' || v == 'ู') {
          vowel = "u";
          i++;
        } else if (v == 'ร' && at(s, i + 1) == 'ร') {
          // รร: a, with n as its final when no other final follows (วรรณ wan, กรรม kam).
          vowel = "a";
          i += 2;
          if (!finalAt(s, i)) {
            vowel = "an";
            closed = true;
          }
        } else if (v == 'อ' && (i + 1 >= n || finalAt(s, i + 1))) {
          vowel = "o";
          i++;
        } else if (v == 'ว' && finalAt(s, i + 1) && i + 1 < n) {
          vowel = "ua";
          i++;
        } else if (finalAt(s, i)) {
          vowel = "o";
          written = false;
        } else if (i >= n) {
          // A lone consonant at the end: silent after a syllable, else with a.
          if (out.length() > initial.length()) {
            out.setLength(out.length() - initial.length());
            continue;
          }
          vowel = "a";
        } else {
          vowel = "a";
          written = false;
        }
        while (tone(at(s, i))) {
          i++;
        }
      }
      out.append(vowel);
      // The final consonant.
      if (!closed && i < n && (finalAt(s, i, written) || (needsFinal && consonant(at(s, i))))) {
        char f = s.charAt(i);
        String fin = FINAL[f - 0x0E00];
        if (fin.equals("i") && (vowel.endsWith("i") || vowel.equals("ai"))) {
          fin = "";
        }
        out.append(fin);
        i++;
        // Consonants silenced after the final (เพชร, ทรัพย์, พงษ์).
        while (i < n && (at(s, i) == '์' || tone(at(s, i)))) {
          i++;
        }
      }
    }
    return out.toString();
  }

  /** Whether the consonant at i closes the syllable before it rather than opening the next. */
  private static boolean finalAt(String s, int i) {
    return finalAt(s, i, false);
  }

  /**
   * Whether the consonant at i closes the syllable before it rather than opening the next. After a
   * written vowel, two consonants at the end of a word are a syllable of their own (อุดม u-dom),
   * while after an unwritten one the first closes it (สมพล som-phon).
   */
  private static boolean finalAt(String s, int i, boolean afterWrittenVowel) {
    if (i >= s.length() || !consonant(s.charAt(i))) {
      return false;
    }
    char after = at(s, i + 1);
    if (after == 0 || after == ' ' || after == '์' || tone(after)) {
      return true;
    }
    if (consonant(after)) {
      char third = at(s, i + 2);
      if (after == 'ร' && third == 'ร') {
        // The consonant before รร opens its syllable (สุวรรณ su-wan).
        return false;
      }
      if (consonant(third) && at(s, i + 3) == '์' && !(after == 'ท' && third == 'ร')) {
        // The next consonant closes a syllable whose last is silenced (ศรีวงศ์ si-wong), unless
        // both are silenced (อินทร์ in).
        return false;
      }
      if (afterWrittenVowel && (third == 0 || third == ' ') && after != 'ร') {
        // A final ร after a final is silent (เพชร phet).
        return false;
      }
      // The next consonant needs a vowel of its own, or is silenced.
      return true;
    }
    return after >= 'เ' && after <= 'ไ';
  }

  /** Whether a vowel sign is written on the consonant at i (so that it opens a syllable). */
  private static boolean vowelFollows(String s, int i) {
    char c = at(s, i);
    while (tone(c)) {
      c = at(s, ++i);
    }
    return mark(c) || c == 'า' || c == 'ะ' || c == 'ำ';
  }

  private static String leadAlone(char lead) {
    return switch (lead) {
      case 'เ' -> "e";
      case 'แ' -> "ae";
      case 'โ' -> "o";
      default -> "ai";
    };
  }

  private static String vowelSign(char c) {
    return switch (c) {
      case 'ะ', 'ั', 'า' -> "a";
      case 'ำ' -> "am";
      case 'ิ', 'ี' -> "i";
      case 'ึ', 'ื' -> "ue";
      case 'ุ', 'ู' -> "u";
      default -> "";
    };
  }

  private static char at(String s, int i) {
    return i < s.length() ? s.charAt(i) : 0;
  }

  private static boolean thai(char c) {
    return c >= 0x0E01 && c <= 0x0E5B;
  }

  private static boolean consonant(char c) {
    return c >= 0x0E01 && c <= 0x0E2E && c != 'ฤ' && c != 'ฦ';
  }

  /** Vowel signs above and below the consonant, the shortener and tone marks. */
  private static boolean mark(char c) {
    return (c >= 0x0E31 && c <= 0x0E3A && c != 'ำ' && c != 'า') || (c >= 0x0E47 && c <= 0x0E4B);
  }

  private static boolean tone(char c) {
    return c >= 0x0E48 && c <= 0x0E4B || c == '็';
  }

  /** Characters with no sound of their own (repetition sign, nikhahit, digits) left out. */
  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'ๆ' || c == 'ํ' || c == 'ฺ' || c == 'ๅ' || (c >= 0x0E4E && c <= 0x0E5B)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }
}
