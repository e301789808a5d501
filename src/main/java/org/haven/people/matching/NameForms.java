package org.haven.people.matching;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Latin comparison forms of a name written in any script: several candidate romanisations (ICU plus
 * Haven's own rules for Cyrillic, Arabic, Thai, Vietnamese and Chinese), a cross-romanisation
 * phonetic skeleton, and the canonical form of nicknames and short forms.
 *
 * <p>All forms are lower-case ASCII letters; the tokens of a multi-word name are separated by one
 * space. Thread-safe: each thread keeps its own ICU transliterators.
 */
public final class NameForms {

  private NameForms() {}

  private static final ThreadLocal<Transliterator> ANY_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  /**
   * Han-Latin takes long to build and Chinese names are a small share of most files: one instance,
   * built when first needed and used by one thread at a time.
   */
  private static Transliterator hanLatin;

  private static synchronized String pinyin(String han) {
    if (hanLatin == null) {
      hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    }
    return hanLatin.transliterate(han);
  }

  /**
   * Loads ICU's transliteration rules for the scripts Haven reads in a background thread, so that a
   * batch can read its file meanwhile: building the first transliterator takes a few hundred
   * milliseconds, later ones reuse the rules.
   */
  public static void warmUpInBackground() {
    Thread warm =
        new Thread(
            () -> {
              for (String name : new String[] {"Андрій", "محمد", "สมชาย", "ქეთევან", "Øst"}) {
                romanisations(name);
              }
            },
            "name-forms-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** The script a name is written in, as far as matching cares. */
  public enum Script {
    LATIN,
    CYRILLIC,
    ARABIC,
    THAI,
    HAN,
    /** Devanagari or Bengali. */
    INDIC,
    OTHER
  }

  public static Script script(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript us = Character.UnicodeScript.of(cp);
      switch (us) {
        case CYRILLIC:
          return Script.CYRILLIC;
        case ARABIC:
          return Script.ARABIC;
        case THAI:
          return Script.THAI;
        case HAN:
          return Script.HAN;
        case DEVANAGARI, BENGALI:
          return Script.INDIC;
        case LATIN:
          break;
        default:
          return Script.OTHER;
      }
    }
    return Script.LATIN;
  }

  /**
   * Candidate romanisations of a whole name (one or more words), most likely first; each is
   * lower-case ASCII with single spaces between words. Empty when the name has no letters.
   */
  public static List<String> romanisations(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    Set<String> out = new LinkedHashSet<>();
    switch (script(s)) {
      case CYRILLIC -> {
        for (CyrillicScheme scheme : CyrillicScheme.values()) {
          out.add(clean(scheme.apply(s.toLowerCase(Locale.ROOT))));
        }
        out.add(clean(icu(s)));
      }
      case ARABIC -> {
        String icu = clean(icu(taMarbutaAsH(s)).replace("ʿ", "a").replace("ʾ", ""));
        // ICU writes consonants only; a vowel-less reading keeps w and y as letters, a voweled
        // one reads them as u and i inside a word.
        out.add(icu);
        out.add(clean(arabicVowels(icu)));
        // A final ta marbuta is said as a (Fatima, Aisha), as is an alif maqsura (Huda, Bushra,
        // Mustafa), and an initial ʿayn before alif is one vowel in Latin spellings.
        String spoken =
            clean(
                    icu(s.replace('\u0629', '\u0627').replace('\u0649', '\u0627'))
                        .replace("ʿ", "a")
                        .replace("ʾ", ""))
                .replaceAll("(^| )aa", "$1a");
        out.add(spoken);
        out.add(clean(arabicVowels(spoken)));
        // Maghreb names are romanised the French way: ش as ch (Rachida), ج as dj (Djamal).
        for (String f : new ArrayList<>(out)) {
          if (f != null && (f.contains("sh") || f.contains("j"))) {
            out.add(f.replace("sh", "ch").replace("j", "dj"));
          }
        }
      }
      case THAI -> {
        // RTGS first: it is how Thai names are written in Latin letters.
        String rtgs = clean(ThaiNames.rtgs(s));
        out.add(rtgs);
        out.add(clean(thaiSimplified(rtgs)));
        String icu = clean(icu(s));
        out.add(icu);
        out.add(clean(thaiSimplified(icu)));
      }
      case INDIC -> {
        // As spoken and signed first (the inherent vowels speech drops left out), then ICU's
        // letter by letter reading.
        out.add(clean(IndicNames.spoken(s)));
        out.add(clean(icu(s)));
      }
      case HAN -> {
        String pinyin;
        pinyin = clean(pinyin(s));
        out.add(pinyin);
        for (String other : Sinitic.romanisations(s, pinyin)) {
          out.add(clean(other));
        }
      }
      default -> {
        String ascii = clean(script(s) == Script.LATIN ? latinAscii(s) : icu(s));
        out.add(ascii);
        String nordic = clean(nordicAscii(s));
        if (nordic != null) {
          out.add(nordic);
        }
      }
    }
    out.remove(null);
    out.remove("");
    // A title before a name is no part of it; a word that stands for a name nobody knew is none.
    Set<String> named = new LinkedHashSet<>();
    for (String f : out) {
      String bare = withoutTitle(f);
      if (!UNKNOWN.contains(bare)) {
        named.add(bare);
      }
    }
    out = named;
    // The Arabic article: "El Alaoui", "Alaoui" and ICU's "alalwy" should meet.
    for (String f : new ArrayList<>(out)) {
      if (f.startsWith("al ") || f.startsWith("el ")) {
        out.add(f.substring(3));
      } else if ((f.startsWith("al") || f.startsWith("el"))
          && f.length() > 5
          && script(s) == Script.ARABIC) {
        out.add(f.substring(2));
      }
    }
    // Compound names with Abd ("servant of"): Abd al-Rahman, Abdul Rahman, Abdelrahman and
    // Abderrahmane (the article assimilated to a sun letter) are one name.
    for (String f : new ArrayList<>(out)) {
      String abd = abdForm(f);
      if (abd != null) {
        out.add(abd);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * What registers write where a name is not known (ukendt, ikke oplyst, okänd, uppgift saknas,
   * n/a): the English, Nordic, German, French, Spanish, Italian, Romanian, Polish, Russian and
   * Ukrainian words for unknown, NN (nomen nescio), FNU and LNU (first or last name unknown, in US
   * and Canadian immigration records), and what broken exports leave (null, none, xxx).
   */
  private static final Set<String> UNKNOWN =
      Set.of(
          "unknown",
          "unk",
          "nn",
          "n n",
          "fnu",
          "lnu",
          "ukendt",
          "ikke oplyst",
          "uoplyst",
          "oplysning mangler",
          "okand",
          "ej kand",
          "uppgift saknas",
          "saknas",
          "not known",
          "n a",
          "okaend",
          "ukjent",
          "unbekannt",
          "inconnu",
          "inconnue",
          "desconocido",
          "desconocida",
          "sconosciuto",
          "sconosciuta",
          "necunoscut",
          "necunoscuta",
          "nieznany",
          "nieznana",
          "neizvestno",
          "nevidomo",
          "null",
          "none",
          "xx",
          "xxx",
          "no name",
          "noname");

  /** Courtesy titles that registers write before a name (Mr, Mrs, Frau, Fru, Mme, Sra…). */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "mister", "herr", "frau", "fru", "frk", "froken", "hr", "mme",
          "mlle", "sr", "sra", "srta");

  /** A romanised name without a courtesy title before it, if a name follows the title. */
  private static String withoutTitle(String f) {
    int space = f.indexOf(' ');
    return space > 0 && TITLES.contains(f.substring(0, space)) ? f.substring(space + 1) : f;
  }

  private static final String[] ABD_LINKS = {"al", "el", "ul", "ol", "ou", "u", "a", "e", "o", "i"};

  /** The Abd compound of a romanised name with its article and spaces dropped, or null. */
  static String abdForm(String f) {
    int at = f.startsWith("abd") ? 0 : f.indexOf(" abd") + 1;
    if (at == 0 && !f.startsWith("abd")) {
      return null;
    }
    String head = f.substring(0, at);
    String rest = f.substring(at + 3).replace(" ", "");
    for (String link : ABD_LINKS) {
      if (rest.startsWith(link) && rest.length() > link.length() + 2) {
        rest = rest.substring(link.length());
        break;
      }
    }
    if (rest.length() > 3 && rest.charAt(0) == rest.charAt(1)) {
      rest = rest.substring(1);
    }
    if (rest.length() < 3) {
      return null;
    }
    return head + "abd" + rest;
  }

  /**
   * Words that are no name by themselves: Vietnamese middle names that mark sex (Văn, Thị), written
   * or dropped at will, and particles (van, von, de, bin, ibn, al). A name agrees with itself
   * without them, and sharing one of them is no agreement.
   */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  private static final Set<String> PARTICLES =
      Set.of(
          "van", "thi", "von", "de", "da", "del", "der", "den", "bin", "ibn", "bint", "al", "el");

  private static String icu(String s) {
    return ANY_LATIN.get().transliterate(s);
  }

  /**
   * A Latin name in ASCII as ICU's Latin-ASCII writes it. Letters whose accents come off by
   * canonical decomposition (é, ş, ễ) are done here without ICU, which spares loading it for files
   * of Latin names only; any other letter (ø, ß, ł) goes to ICU.
   */
  static String latinAscii(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 0x80) {
        b.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return icu(s);
      }
    }
    return b.toString();
  }

  /** Lower-case letters a–z with single spaces; hyphens and apostrophes split or vanish. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c >= 'a' && c <= 'z') {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else if (c == ' ' || c == '-' || c == '\t' || c == '.' || c == ',' || c == '/') {
        space = true;
      }
    }
    return b.toString();
  }

  /** German/Nordic digraph spelling of ä ö ü ø å æ (Søren → soeren), or null if none occur. */
  private static String nordicAscii(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.chars().noneMatch(c -> "äöüøåæ".indexOf(c) >= 0)) {
      return null;
    }
    String r =
        lower
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ø", "oe")
            .replace("å", "aa")
            .replace("æ", "ae");
    return icu(r);
  }

  private static String arabicVowels(String icu) {
    StringBuilder b = new StringBuilder(icu.length());
    for (int i = 0; i < icu.length(); i++) {
      char c = icu.charAt(i);
      boolean start = i == 0 || icu.charAt(i - 1) == ' ';
      if (!start && c == 'w') {
        b.append('u');
      } else if (!start && c == 'y') {
        b.append('i');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** RTGS-like simplification of ICU's Thai output: aspirated pairs and j/ch collapse. */
  private static String thaiSimplified(String icu) {
    return icu.replace("ph", "p")
        .replace("th", "t")
        .replace("kh", "k")
        .replace("ch", "j")
        .replace("ay", "ai");
  }

  /** Romanisation schemes for Ukrainian and Russian Cyrillic. */
  public enum CyrillicScheme {
    /** Ukrainian national (2010): Андрій → andrii, Юлія → yuliia, Григорій → hryhorii. */
    UKRAINIAN_NATIONAL(true, "i", "iu", "ia", "ie", "i", "y", "h", "kh"),
    /** English-style Ukrainian: Андрій → andriy, Юлія → yuliya. */
    UKRAINIAN_ENGLISH(true, "y", "yu", "ya", "ye", "yi", "y", "h", "kh"),
    /** Russian BGN-like: Андрей → andrey, Григорий → grigoriy. */
    RUSSIAN_BGN(false, "y", "yu", "ya", "ye", "yi", "i", "g", "kh"),
    /** Russian passport (ICAO): Андрей → andrei, Юлия → iuliia. */
    RUSSIAN_ICAO(false, "i", "iu", "ia", "ie", "i", "i", "g", "kh"),
    /** German/scholarly-like: й → j, ю → ju, х → h. */
    J_STYLE(false, "j", "ju", "ja", "je", "ji", "i", "g", "h"),
    /** Bulgarian official (2009): ъ → a, щ → sht, х → h: Димитър → dimitar. */
    BULGARIAN(false, "y", "yu", "ya", "e", "yi", "i", "g", "h");

    final boolean ukrainian;
    final String shortI;
    final String yu;
    final String ya;
    final String ye;
    final String yi;
    final String i;
    final String g;
    final String kh;

    CyrillicScheme(
        boolean ukrainian,
        String shortI,
        String yu,
        String ya,
        String ye,
        String yi,
        String i,
        String g,
        String kh) {
      this.ukrainian = ukrainian;
      this.shortI = shortI;
      this.yu = yu;
      this.ya = ya;
      this.ye = ye;
      this.yi = yi;
      this.i = i;
      this.g = g;
      this.kh = kh;
    }

    public String apply(String lower) {
      StringBuilder b = new StringBuilder(lower.length() + 8);
      for (int p = 0; p < lower.length(); p++) {
        char c = lower.charAt(p);
        boolean start = p == 0 || !Character.isLetter(lower.charAt(p - 1));
        String r =
            switch (c) {
              case 'а' -> "a";
              case 'б' -> "b";
              case 'в' -> "v";
              case 'г' -> g;
              case 'ґ' -> "g";
              case 'д' -> "d";
              case 'е' -> ukrainian ? "e" : (start ? ye : "e");
              case 'ё' -> this == J_STYLE ? "jo" : start ? "yo" : "e";
              case 'є' -> start && this == UKRAINIAN_NATIONAL ? "ye" : ye;
              case 'ж' -> "zh";
              case 'з' -> "z";
              case 'и' -> i;
              case 'і' -> "i";
              case 'ї' -> start && this == UKRAINIAN_NATIONAL ? "yi" : yi;
              case 'й' -> start && this == UKRAINIAN_NATIONAL ? "y" : shortI;
              case 'к' -> "k";
              case 'л' -> "l";
              case 'м' -> "m";
              case 'н' -> "n";
              case 'о' -> "o";
              case 'п' -> "p";
              case 'р' -> "r";
              case 'с' -> "s";
              case 'т' -> "t";
              case 'у' -> "u";
              case 'ф' -> "f";
              case 'х' -> kh;
              case 'ц' -> "ts";
              case 'ч' -> "ch";
              case 'ш' -> "sh";
              case 'щ' -> this == BULGARIAN ? "sht" : "shch";
              case 'ъ' -> this == BULGARIAN ? "a" : "";
              case 'ь', '\'', '’', 'ʼ' -> "";
              case 'ы' -> "y";
              case 'э' -> "e";
              case 'ю' -> start && this == UKRAINIAN_NATIONAL ? "yu" : yu;
              case 'я' -> start && this == UKRAINIAN_NATIONAL ? "ya" : ya;
              default -> String.valueOf(c);
            };
        b.append(r);
      }
      return b.toString();
    }
  }

  /**
   * A name in Arabic script with each ta marbuta (ة, the feminine ending) written as the h it is in
   * spellings such as Fatimah. After a letter that Latin writes with d, t, s or k, that h would
   * read as part of a digraph (dh is ذ, th is ث, sh is ش, kh is خ), and رشيدة would read as رشيد:
   * there it is written with the a it is said with.
   */
  static String taMarbutaAsH(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\u0629') {
        b.append(c);
      } else {
        if (i > 0 && "دذتثطضسصك".indexOf(s.charAt(i - 1)) >= 0) {
          b.append('\u0627');
        }
        b.append('\u0647');
      }
    }
    return b.toString();
  }

  /**
   * A phonetic skeleton that survives most romanisation differences: digraphs collapsed (sh, ch,
   * kh, ph, th, zh), c/k/q, s/z, w/v, f/p merged, vowels and h dropped after the first letter, a
   * leading vowel written as 'a', doubled letters once. "Mohammed", "Muhammad" and ICU's "mhmd" all
   * give "md"; "Shevchenko" and "Sevcenko" give "sv9nk".
   */
  public static String skeleton(String word) {
    if (word == null || word.isEmpty()) {
      return "";
    }
    String w = word.replace(" ", "");
    StringBuilder s = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char n = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      char x;
      if (c == 's' && n == 'h') {
        x = 's';
        i++;
        if (i + 2 < w.length() && w.charAt(i + 1) == 'c' && w.charAt(i + 2) == 'h') {
          i += 2;
        }
      } else if (c == 's' && n == 'c' && i + 2 < w.length() && w.charAt(i + 2) == 'h') {
        x = 's';
        i += 2;
      } else if (c == 's' && n == 'j') {
        // Swedish, Danish and Dutch write sh as sj (Sjevtjenko, Basjir), ch as tj and zh as zj.
        x = 's';
        i++;
      } else if ((c == 't' && n == 'j') || (c == 'c' && n == 'h')) {
        x = '9';
        i++;
      } else if (c == 'z' && n == 'j') {
        x = 's';
        i++;
      } else if (c == 'd' && n == 'j') {
        // French and Dutch write the j of Jamal and Joy as dj (Djamal, Djoy).
        x = 'a';
        i++;
      } else if (c == 'c' && (n == 'z' || n == 's')) {
        x = '9';
        i++;
      } else if ((c == 't' && (n == 's' || n == 'z'))) {
        x = '9';
        i++;
      } else if (c == 'c') {
        x = (n == 'e' || n == 'i' || n == 'y') ? '9' : 'k';
      } else if ((c == 'k' || c == 'g' || c == 'p' || c == 't' || c == 'd' || c == 'z' || c == 'b')
          && n == 'h') {
        x = c == 'z' ? 's' : c == 'p' ? 'p' : c;
        i++;
      } else if (c == 'q' || c == 'k') {
        x = 'k';
        if (c == 'q' && n == 'u') {
          i++;
        }
      } else if (c == 'x') {
        s.append('k');
        x = 's';
      } else if (c == 'z' || c == 's') {
        x = 's';
      } else if (c == 'w' || c == 'v') {
        x = 'v';
      } else if (c == 'f') {
        x = 'p';
      } else if (c == 'y' || c == 'j' || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
        x = 'a';
      } else if (c == 'h') {
        x = 'h';
      } else {
        x = c;
      }
      s.append(x);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && (c == 'a' || c == 'h')) {
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    if (out.length() > 8) {
      out.setLength(8);
    }
    return out.toString();
  }

  private static final Map<String, String> CANONICAL = new HashMap<>();

  /** The first name is the canonical form of all. */
  private static void group(String[] forms) {
    for (String f : forms) {
      CANONICAL.put(f, forms[0]);
    }
  }

  static {
    group(new String[] {"oluwaseun", "seun", "shewn"});
    group(new String[] {"babatunde", "tunde"});
    group(new String[] {"adebayo", "bayo"});
    group(new String[] {"olufemi", "femi", "oluwafemi"});
    group(new String[] {"oluwatoyin", "toyin"});
    group(new String[] {"oluwakemi", "kemi"});
    group(new String[] {"chukwuemeka", "emeka"});
    group(new String[] {"ngozi", "ngo"});
    group(
        new String[] {
          "aleksandr",
          "sasha",
          "sasho",
          "sasa",
          "sascha",
          "alexandru",
          "alex",
          "oleksandr",
          "alexander",
          "alexandr",
          "olexandr",
          "aleksander"
        });
    group(new String[] {"anastasia", "nastya", "anastasiya", "anastasiia", "nastia"});
    group(new String[] {"ioan", "ion", "ionut", "ioane", "ionel", "ionica"});
    group(
        new String[] {
          "maria", "mariya", "mariia", "marie", "mary", "masha", "marioara", "maricica", "mariuca"
        });
    group(
        new String[] {
          "muhammad",
          "mohammed",
          "mohamed",
          "mohamad",
          "mohammad",
          "muhammed",
          "mohamd",
          "mhmd",
          "mo",
          "maxamed",
          "maxamad",
          "mahamed"
        });
    group(new String[] {"ahmad", "ahmed", "ahmet", "achmed", "axmed"});
    group(new String[] {"yusuf", "youssef", "yousef", "yousif", "youssouf", "iusuf", "yuusuf"});
    group(new String[] {"fatima", "fatma", "fatimah", "faadumo", "fadumo"});
    group(new String[] {"aisha", "aicha", "aysha", "aishah", "aischa", "ayesha", "caasha"});
    group(new String[] {"khadija", "khadidja", "khadeeja", "kadija", "khadiija"});
    // Somali names in the official Somali Latin script, where c writes the Arabic ʿayn and x the
    // ḥa (Cabdi for Abdi, Xasan for Hassan), beside their Arabic-derived spellings.
    group(new String[] {"abdi", "cabdi"});
    group(new String[] {"ali", "cali"});
    group(new String[] {"omar", "cumar", "umar"});
    group(new String[] {"hassan", "xasan", "hasan"});
    group(new String[] {"hussein", "xuseen", "husein", "hussain", "husain", "hossein"});
    group(new String[] {"osman", "cismaan", "usman", "othman", "uthman", "osmaan"});
    group(new String[] {"abdullahi", "cabdullaahi", "cabdullahi", "abdullah", "abdallah"});
    group(new String[] {"halima", "xaliimo", "halimo"});
    group(new String[] {"hawa", "xaawo", "hawo"});
    group(new String[] {"amina", "aamina"});
    group(new String[] {"ismail", "ismaaciil", "ismael", "smail"});
    group(new String[] {"ibrahim", "ibraahim", "ebrahim", "brahim"});
    group(new String[] {"christian", "kristian", "krystian", "kristijan"});
    group(new String[] {"lars", "lasse"});
    group(new String[] {"karl", "kalle", "carl"});
    group(new String[] {"nils", "nisse"});
    group(new String[] {"per", "pelle"});
    group(new String[] {"soren", "soeren", "sorensen"});
    group(
        new String[] {
          "dmitrii", "dima", "dmitry", "dmitriy", "dmytro", "dmitri", "dmitrij", "dimitar", "mitko"
        });
    group(
        new String[] {
          "nikolai", "kolya", "kolia", "mykola", "nikolay", "nicolae", "nicu", "nikola", "nikolaj"
        });
    group(new String[] {"vladimir", "volodymyr", "volodya", "volodia", "vova", "volodimir"});
    group(new String[] {"sergei", "sergey", "serhii", "serhiy", "sergiy", "seryozha", "sergiu"});
    group(new String[] {"yulia", "iuliia", "yuliya", "yuliia", "julia", "iulia", "yuliia"});
    group(new String[] {"olena", "elena", "alena", "lena", "olenka"});
    group(
        new String[] {
          "ekaterina", "katya", "katia", "katja", "kateryna", "katerina", "katia", "ecaterina"
        });
    group(new String[] {"ivan", "vanya", "ivanko", "vanyo", "vanko"});
    group(
        new String[] {
          "mihail", "misho", "mikhail", "mykhailo", "mihai", "michael", "misha", "mike", "mikey"
        });
    group(
        new String[] {
          "georgi", "gosho", "georgiy", "heorhii", "gheorghe", "gigi", "george", "gigel", "gica"
        });
    group(new String[] {"stefan", "fane", "stefanu"});
    // Romanian and Bulgarian short forms (-el, -ica, -ko, -sho): Mitică for Dumitru, Vasko for
    // Vasil, Tosho for Todor (Costel and Pesho are with the East Slavic forms of their names).
    group(new String[] {"dumitru", "mitica", "dumitrel"});
    group(
        new String[] {
          "vasile", "vasil", "vasyl", "vasiliy", "vasily", "vasilii", "vasilica", "vasko", "vasya"
        });
    group(new String[] {"todor", "tosho", "toshko"});
    group(new String[] {"kiril", "kirill", "kiro"});
    group(new String[] {"krasimir", "krasi"});
    group(new String[] {"aleksei", "alexei", "alexey", "oleksii", "oleksiy", "lyosha", "alyosha"});
    group(new String[] {"natalia", "natasha", "nataliya", "nataliia", "natalya"});
    group(new String[] {"tetiana", "tatiana", "tatyana", "tanya", "tetyana"});
    group(new String[] {"yevhen", "evgeny", "yevgeny", "yevgeniy", "zhenya", "evgenii", "ievgen"});
    group(new String[] {"jose", "joseph", "pepe", "jojo", "joe", "joey"});
    group(new String[] {"junior", "jun", "junjun"});
    group(new String[] {"roberto", "bobby", "robert", "bob", "rob", "robbie"});
    group(new String[] {"elizabeth", "liza", "beth", "eliza", "lisa", "liz", "betsy"});
    group(new String[] {"william", "bill", "will", "liam"});
    group(new String[] {"margaret", "maggie", "peggy", "meg"});
    group(new String[] {"katherine", "kate", "kathy", "catherine"});
    group(new String[] {"james", "jim", "jimmy"});
    group(new String[] {"thomas", "tom", "tommy"});
    group(new String[] {"jennifer", "jen", "jenny"});
    // Common English short forms.
    group(new String[] {"richard", "rick", "dick", "rich", "ricky", "richie"});
    group(new String[] {"john", "johnny", "jack", "jon"});
    group(new String[] {"david", "dave", "davy"});
    group(new String[] {"charles", "charlie", "chuck"});
    group(new String[] {"christopher", "chris", "kit"});
    group(new String[] {"daniel", "dan", "danny"});
    group(new String[] {"matthew", "matt", "matty"});
    group(new String[] {"anthony", "tony"});
    group(new String[] {"andrew", "andy", "drew"});
    group(new String[] {"kenneth", "ken", "kenny"});
    group(new String[] {"timothy", "tim", "timmy"});
    group(new String[] {"edward", "ed", "eddie", "ted", "teddy"});
    group(new String[] {"nicholas", "nick", "nicky"});
    group(new String[] {"benjamin", "ben", "benny"});
    group(new String[] {"samuel", "sam", "sammy"});
    group(new String[] {"gregory", "greg"});
    group(new String[] {"patrick", "pat", "paddy"});
    group(new String[] {"patricia", "patty", "trish"});
    group(new String[] {"barbara", "barb", "babs"});
    group(new String[] {"susan", "sue", "susie"});
    group(new String[] {"jessica", "jess", "jessie"});
    group(new String[] {"kimberly", "kim"});
    group(new String[] {"amanda", "mandy"});
    group(new String[] {"deborah", "debbie", "deb", "debra"});
    group(new String[] {"rebecca", "becky"});
    group(new String[] {"victoria", "vicky", "tori"});
    group(new String[] {"ilir", "iliri"});
    group(new String[] {"agim", "agimi"});
    group(new String[] {"gjergj", "gjergji"});
    group(new String[] {"nguyen", "nguyenn"});
    // Yoruba short forms drop the praise prefix (Olu-, Oluwa-, Ade-, Baba-); Igbo ones keep the
    // second element (Chukwu-, Chi-) (published naming guides of both peoples).
    group(new String[] {"olusegun", "segun"});
    group(new String[] {"adewale", "wale"});
    group(new String[] {"olumide", "mide"});
    group(new String[] {"oluwatobi", "tobi"});
    group(new String[] {"temitope", "tope"});
    group(new String[] {"babajide", "jide"});
    group(new String[] {"adetokunbo", "tokunbo", "toks"});
    group(new String[] {"olanrewaju", "lanre"});
    group(new String[] {"abimbola", "bimbo"});
    group(new String[] {"oluwabunmi", "bunmi"});
    group(new String[] {"folasade", "sade"});
    group(new String[] {"funmilayo", "funmi"});
    group(new String[] {"titilayo", "titi"});
    group(new String[] {"omotola", "tola"});
    group(new String[] {"oluwadamilare", "damilare", "dami"});
    group(new String[] {"oluwaseyi", "seyi"});
    group(new String[] {"ayodeji", "ayo"});
    group(new String[] {"chinedu", "nedu"});
    group(new String[] {"ikechukwu", "ike"});
    group(new String[] {"chukwudi", "chudi"});
    group(new String[] {"chinonso", "nonso"});
    group(new String[] {"obiora", "obi"});
    group(new String[] {"chidinma", "dinma"});
    group(new String[] {"ifeanyi", "ify"});
    group(new String[] {"tochukwu", "tochi"});
    // East Slavic diminutives (Russian, Ukrainian and their romanisations).
    group(new String[] {"olga", "olya", "olia", "olha"});
    group(new String[] {"irina", "ira", "iryna"});
    group(new String[] {"svetlana", "sveta"});
    group(new String[] {"lyudmila", "lyuda", "liudmyla", "ludmila", "lyudmyla", "mila"});
    group(new String[] {"galina", "galya", "halyna", "galia"});
    group(new String[] {"nadezhda", "nadya", "nadiia", "nadiya", "nadia"});
    group(new String[] {"yuri", "yura", "yurii", "yuriy", "iurii", "jurij", "yury"});
    group(new String[] {"pavel", "pasha", "pavlo"});
    group(
        new String[] {
          "konstantin",
          "kostya",
          "kostiantyn",
          "kostyantyn",
          "kostia",
          "constantin",
          "costel",
          "costica",
          "costi"
        });
    group(new String[] {"viktor", "vitya", "victor", "vitia"});
    group(new String[] {"vyacheslav", "slava", "viacheslav", "yaroslav"});
    group(new String[] {"stanislav", "stas"});
    group(new String[] {"valentina", "valya", "valentyna", "valia"});
    group(new String[] {"anna", "anya", "hanna", "ganna", "ania", "anyuta"});
    group(new String[] {"boris", "borya"});
    group(new String[] {"grigory", "grisha", "hryhorii", "grigoriy", "grigorii", "hryhoriy"});
    group(
        new String[] {
          "petr", "petya", "petro", "pyotr", "petru", "petre", "petar", "peter", "pesho", "petyo",
          "petrica", "petrut"
        });
    group(new String[] {"roman", "roma"});
    group(new String[] {"andrei", "andrey", "andrii", "andriy", "andryusha", "andrej"});
    group(new String[] {"oksana", "ksyusha"});
    group(new String[] {"aleksandra", "alexandra", "oleksandra", "shura"});
    group(new String[] {"evgenia", "yevgenia", "yevheniia", "evgeniya"});
  }

  /**
   * The canonical form of a nickname or short form ("sasha" → "aleksandr"), else the word itself.
   */
  public static String canonical(String word) {
    String c = CANONICAL.get(word);
    if (c == null && word.indexOf('i') >= 0) {
      // Я and ю are written ia and iu as often as ya and yu (Ukrainian national and French
      // transliteration: Vania, Tania, Iulia), and the short forms are listed one way.
      c = CANONICAL.get(word.replace("ia", "ya").replace("iu", "yu"));
    }
    return c != null ? c : word;
  }
}
