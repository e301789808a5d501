package org.haven.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The long tail of names for {@link PersonGenerator}: names composed the way each culture forms
 * them (roots and suffixes, compounds of name elements, syllable compounds), so that a large
 * population is not made of a few dozen names. Entries use the generator's formats: Latin and
 * Cyrillic entries are plain words; Arabic and Thai entries are {@code script|latin/latin…}, the
 * first Latin form being the formal romanisation and the others the informal ones, chosen
 * consistently across the elements of a compound.
 *
 * <p>A tail is deterministic: the compositions are enumerated in a fixed order and shuffled with a
 * fixed seed, so the rank (and so the frequency) of each tail name is the same in every run.
 */
final class NameTails {

  private NameTails() {}

  /** The tails of one culture and the share of people whose name is drawn from them. */
  record Tails(
      String[] male,
      String[] female,
      String[] family,
      double givenShare,
      double familyShare,
      double tailSkew) {}

  private static String[] w(String s) {
    return s.trim().split("\\s+");
  }

  private static String[] bar(String s) {
    return s.trim().split("\\s*,\\s*");
  }

  /** Every concatenation of one element of each part, capitalised; "_" is an empty element. */
  static List<String> latin(String[]... parts) {
    List<String> out = new ArrayList<>();
    compose(parts, 0, "", out);
    List<String> result = new ArrayList<>(out.size());
    for (String s : out) {
      result.add(capitalise(s));
    }
    return result;
  }

  private static void compose(String[][] parts, int at, String prefix, List<String> out) {
    if (at == parts.length) {
      if (!prefix.isBlank()) {
        out.add(prefix.strip());
      }
      return;
    }
    for (String e : parts[at]) {
      String element = e.equals("_") ? "" : e;
      // A root that already ends as the suffix begins does not repeat it ("lind" + "lund" is fine,
      // "holm" + "holm" is not a name).
      if (!element.isEmpty() && prefix.toLowerCase(Locale.ROOT).endsWith(element)) {
        continue;
      }
      compose(parts, at + 1, prefix + element, out);
    }
  }

  /**
   * Compounds of {@code script|latin/latin} elements: the scripts concatenated and, for each
   * romanisation style, the elements' forms in that style (an element with fewer forms keeps its
   * last one).
   */
  static List<String> scripted(String[]... parts) {
    List<String[]> combos = new ArrayList<>();
    scriptedCompose(parts, 0, new ArrayList<>(), combos);
    List<String> out = new ArrayList<>();
    for (String[] combo : combos) {
      StringBuilder script = new StringBuilder();
      int styles = 1;
      List<String[]> latins = new ArrayList<>();
      for (String e : combo) {
        int bar = e.indexOf('|');
        script.append(e, 0, bar);
        String[] latin = e.substring(bar + 1).split("/");
        latins.add(latin);
        styles = Math.max(styles, latin.length);
      }
      Set<String> forms = new LinkedHashSet<>();
      for (int s = 0; s < styles; s++) {
        StringBuilder b = new StringBuilder();
        for (String[] latin : latins) {
          b.append(latin[Math.min(s, latin.length - 1)].toLowerCase(Locale.ROOT));
        }
        forms.add(capitalise(b.toString().replace('+', ' ').strip()));
      }
      out.add(
          script.toString().replace('+', ' ').strip()
              + "|"
              + String.join("/", forms).replace('+', ' '));
    }
    return out;
  }

  private static void scriptedCompose(
      String[][] parts, int at, List<String> prefix, List<String[]> out) {
    if (at == parts.length) {
      out.add(prefix.toArray(new String[0]));
      return;
    }
    for (String e : parts[at]) {
      if (prefix.contains(e)) {
        continue;
      }
      prefix.add(e);
      scriptedCompose(parts, at + 1, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  static String capitalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '\'';
    }
    return b.toString();
  }

  /** Distinct entries not already in the head, in a fixed pseudo-random order. */
  @SafeVarargs
  static String[] tail(String salt, String[] head, List<String>... sources) {
    Set<String> headNames = new LinkedHashSet<>();
    for (String h : head) {
      String name = h.contains(":") ? h.substring(0, h.indexOf(':')) : h;
      headNames.add(name.contains("|") ? name.substring(0, name.indexOf('|')) : name);
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (List<String> source : sources) {
      for (String e : source) {
        String key = e.contains("|") ? e.substring(0, e.indexOf('|')) : e;
        if (!headNames.contains(key) && seen.add(key)) {
          out.add(e);
        }
      }
    }
    Collections.shuffle(out, new Random(salt.hashCode()));
    return out.toArray(new String[0]);
  }

  // ---------------------------------------------------------------------------------------------
  // English-style names for the FEBRL-style mode.

  private static final String[] ENGLISH_ROOTS =
      w(
          "ash black brad bram brook burn cald chad chat clay cliff crom dal dun elm ever fair"
              + " farn fern gold green hal ham hart hath hawk hay hol holl hun kel ken king kirk"
              + " lang led lind lock mar mid mill moor nor oak pem pen rad ram red ren rich ring"
              + " rock rom roth rush sal sand shel sher stan stock stone strat sum sut thorn tip"
              + " wal war wat wen whit wil win wood wy yar ather bar bel bing bol bux cran dray"
              + " east fox gar hather ire lyn nash pad ros sher tad wes");

  private static final String[] ENGLISH_ENDINGS =
      w(
          "ley ton ford field wood worth by ham well man er ridge bury stead more dale ington"
              + " combe hurst wick low sey land ock en ing shaw gate head burn brook cott lake ston"
              + " thorpe ings house hill ett ard mere");

  private static final String[] ENGLISH_SYLLABLE_ONSETS =
      w("b br c cr d dr f g gr h l m n p pr r s sh st t th tr w wh");

  private static final String[] ENGLISH_CODAS = w("b ck d g l ll m n nd p r s st t");

  private static final String[] GAELIC =
      w(
          "donald kenna kay gowan laren intyre kinnon allister cormack neill bride grath guire"
              + " carthy mahon namara lean leod millan pherson");

  private static final String[] ENGLISH_ONSETS =
      w(
          "al bar bren brod cal cor dar dor ed el gar gor hal jar ken lan mar mor nor ran ros"
              + " sel tor tr war wes win ash bry car dal der fen gil har jas kel lev mal nel quin"
              + " ral rod stan ter val wil zan");

  static Tails english(String[] male, String[] female, String[] family) {
    List<String> patronyms = new ArrayList<>();
    for (String m : male) {
      String name = m.contains(":") ? m.substring(0, m.indexOf(':')) : m;
      patronyms.add(name + "s");
      patronyms.add(name + "son");
    }
    // Beyond the listed roots, roots built from English-like syllables (onset, vowel, coda) with
    // the same endings: tens of thousands of surnames, as a large population has.
    List<String> syllableRoots = latin(ENGLISH_SYLLABLE_ONSETS, w("a e i o u"), ENGLISH_CODAS);
    String[] familyTail =
        tail(
            "en-family",
            family,
            latin(ENGLISH_ROOTS, ENGLISH_ENDINGS),
            patronyms,
            latin(w("mc mac"), GAELIC),
            latin(
                syllableRoots.stream().map(r -> r.toLowerCase(Locale.ROOT)).toArray(String[]::new),
                ENGLISH_ENDINGS));
    String[] maleTail =
        tail(
            "en-male",
            male,
            latin(
                ENGLISH_ONSETS,
                w("an en on ton ley by ric win ald ard ell er ias ius ney mond ford wood ick")));
    String[] femaleTail =
        tail(
            "en-female",
            female,
            latin(
                ENGLISH_ONSETS,
                w("a ina ette elle ine ia yn lyn ley anne ella issa ora etta ie ice een ene")));
    return new Tails(maleTail, femaleTail, familyTail, 0.3, 0.7, 0.6);
  }

  // ---------------------------------------------------------------------------------------------
  // The multicultural population.

  private static final String[] CYRILLIC_ONSETS =
      w("б в г д ж з к л м н п р с т х ч ш бр гр кр пр тр ст сл");

  private static final String[] CYRILLIC_CODAS = w("в д к л м н р с т ш ч г б");

  /** Roots built from syllables: an onset, a vowel and a coda ("_" for none). */
  static String[] roots(String[] onsets, String[] vowels, String[] codas) {
    List<String> out = new ArrayList<>();
    for (String o : onsets) {
      for (String v : vowels) {
        for (String c : codas) {
          out.add(o + v + (c.equals("_") ? "" : c));
        }
      }
    }
    return out.toArray(new String[0]);
  }

  private static final String[] SLAVIC_MALE = w("слав мир дан мил");
  private static final String[] SLAVIC_FEMALE = w("слава мира дана мила");

  /** Tails by country, given the heads (to leave out names the head already has). */
  static Tails of(String country, String[] male, String[] female, String[] family) {
    return switch (country) {
      case "RO" -> romanian(male, female, family);
      case "NG" -> nigerian(male, female, family);
      case "TH" -> thai(male, female, family);
      case "UA" -> ukrainian(male, female, family);
      case "RU" -> russian(male, female, family);
      case "BG" -> bulgarian(male, female, family);
      case "MA" -> moroccan(male, female, family);
      case "PH" -> filipino(male, female, family);
      case "AL" -> albanian(male, female, family);
      case "DK" -> danish(male, female, family);
      case "SE" -> swedish(male, female, family);
      default -> null;
    };
  }

  private static Tails romanian(String[] male, String[] female, String[] family) {
    String[] stems =
        w(
            "dor vior aur corn marc flor luc dan sil cost virg ov mir nel rob tiber valer sev liv"
                + " octav emil cip doin rom");
    return new Tails(
        tail("ro-male", male, latin(stems, w("el in ian ică iu uţ")), List.of()),
        tail("ro-female", female, latin(stems, w("ela ina ica iana uţa eta")), List.of()),
        tail(
            "ro-family",
            family,
            latin(
                w(
                    "pop ion rad stan vasil dobr neag mar tud dragom constantin petr lup urs munt"
                        + " olt câmp bucur cazan dumitr gheorgh grig iord lazar manol mihal nedel"
                        + " nicol pavel răd sav şerb tănas vlad zamfir bălt brat cioc dan enach fil"
                        + " gav iac mocan păun preot sârb stoian teod ungur văd voin"),
                w("escu eanu aru ache oiu an ică uţ ea ariu")),
            latin(
                roots(
                    w("b c d f g m n p r s t v z br cr dr gr pr str ş ţ"),
                    w("a e i o u ă"),
                    w("_ l n r s t c d m")),
                w("escu eanu aru ache oiu an ică uţ ea ariu"))),
        0.2,
        0.5,
        0.6);
  }

  private static Tails nigerian(String[] male, String[] female, String[] family) {
    List<String> given = new ArrayList<>();
    given.addAll(
        latin(
            w("olu ade ayo oluwa ola ibi omo oye ife oke tolu femi bola"),
            w(
                "seun tunde femi dayo kemi tobi bunmi wale sola tayo yemi gbenga lade bisi dare"
                    + " kola mide sanmi funke wumi toyin jide dun mola tosin")));
    given.addAll(
        latin(
            w("chi chukwu nne obi ike uche ngo ama eze ada"),
            w("nedu emeka oma nna ka ebuka dindu amaka zie buike nonso dike nwa ogo nyere")));
    // Yoruba and Igbo names of this kind are given to boys and girls alike.
    return new Tails(
        tail("ng-male", male, given),
        tail("ng-female", female, given),
        tail(
            "ng-family",
            family,
            latin(
                w("ade ogun olu oye ola aki afo oni oso"),
                w(
                    "yemi leke bayo wale ola bisi sina leye biyi bode tade sanya tunji kunle labi"
                        + " wumi dele mola")),
            latin(
                w("okon nwa eze chukwu obi oko ugo ani ike nnam ozo"),
                w("kwo chukwu eze ugwu ani ora afor dinma ike eme emeka oye nna gbo")),
            latin(
                w("ade olu oye ola aki afo oni oso ogun"),
                w("mi la ni ye ba wa ko fo"),
                w("yemi leke bayo wale ola bisi sina leye biyi bode tade"))),
        0.5,
        0.6,
        0.6);
  }

  private static final String[] THAI_SYLLABLES =
      bar(
          "ศรี|Si/Sri, สุข|Suk/Sook, วงศ์|Wong, ทอง|Thong/Tong, แก้ว|Kaeo/Kaew, บุญ|Bun/Boon,"
              + " ชัย|Chai/Chay, รัตน์|Rat, พันธ์|Phan/Pan, สวัสดิ์|Sawat,"
              + " มงคล|Mongkhon/Mongkol, เจริญ|Charoen/Jaroen, สมบูรณ์|Sombun/Somboon,"
              + " กิตติ|Kitti, ธนา|Thana/Tana, พงษ์|Phong/Pong, ศักดิ์|Sak, สิทธิ์|Sit/Sitt,"
              + " วัฒน์|Wat/Watt, อินทร์|In, จันทร์|Chan/Jan, เพชร|Phet/Pet,"
              + " สุวรรณ|Suwan/Suwanna, นาค|Nak, ดี|Di/Dee, มณี|Mani/Manee,"
              + " เรือง|Rueang/Ruang, ประเสริฐ|Prasoet/Prasert, ชาติ|Chat/Chart,"
              + " วิเศษ|Wiset/Viset, ปัญญา|Panya, รุ่ง|Rung/Roong, โชติ|Chot/Chote,"
              + " ธรรม|Tham/Tam, อุดม|Udom, นิล|Nin/Nil, เกษม|Kasem, ทรัพย์|Sap/Sub,"
              + " เลิศ|Loet/Lert, ภักดี|Phakdi/Pakdee");

  private static Tails thai(String[] male, String[] female, String[] family) {
    String[] first = Arrays.copyOf(THAI_SYLLABLES, 14);
    String[] middle = Arrays.copyOfRange(THAI_SYLLABLES, 14, 28);
    String[] last = Arrays.copyOfRange(THAI_SYLLABLES, 26, THAI_SYLLABLES.length);
    return new Tails(
        tail(
            "th-male",
            male,
            scripted(
                bar(
                    "สม|Som, ชัย|Chai, ประ|Pra, วิ|Wi/Vi, สุ|Su, อภิ|Aphi/Api, ธน|Thana/Tana,"
                        + " กิตติ|Kitti, ณัฐ|Nat/Nut, พีร|Phira/Peera, ศุภ|Supha/Suppa,"
                        + " อนุ|Anu, ธีร|Thira/Teera, วีร|Wira/Weera, นร|Nora"),
                bar(
                    "ชาย|Chai/Chay, ศักดิ์|Sak, พงษ์|Phong/Pong, พล|Phon/Pol, กร|Kon/Korn,"
                        + " เดช|Det/Dech, วุฒิ|Wut/Woot, ชัย|Chai, วัฒน์|Wat/Watt, ภพ|Phop/Pop,"
                        + " ศิลป์|Sin/Silp, รัตน์|Rat, นันท์|Nan, โชติ|Chot/Chote"))),
        tail(
            "th-female",
            female,
            scripted(
                bar(
                    "สม|Som, ศิริ|Siri, กาญจ|Kan, พิม|Phim/Pim, สุ|Su, นภ|Napha/Napa,"
                        + " อร|On/Orn, วรร|Wan, จิร|Chira/Jira, ปิย|Piya, รัช|Rat/Rach,"
                        + " ดวง|Duang"),
                bar(
                    "ศรี|Si/Sri, พร|Phon/Porn, ดา|Da, นา|Na, ลี|Li/Lee, วรรณ|Wan/Wann,"
                        + " รัตน์|Rat, ทิพย์|Thip/Tip, ภา|Pha/Pa, นี|Ni/Nee, ญา|Ya,"
                        + " มณี|Mani/Manee, ฤดี|Ruedi/Rudee"))),
        tail(
            "th-family",
            family,
            scripted(THAI_SYLLABLES, THAI_SYLLABLES),
            scripted(first, middle, last),
            scripted(THAI_SYLLABLES, THAI_SYLLABLES, THAI_SYLLABLES)),
        0.6,
        0.85,
        0.3);
  }

  private static Tails ukrainian(String[] male, String[] female, String[] family) {
    String[] prefixes =
        w("яро свято стані владі миро бори радо добро любо бого мило броні веле драго тихо зоре");
    return new Tails(
        tail("ua-male", male, latin(prefixes, SLAVIC_MALE)),
        tail("ua-female", female, latin(prefixes, SLAVIC_FEMALE)),
        tail(
            "ua-family",
            family,
            latin(
                w(
                    "бонд ковал ткач мельн кравч гонч шевч лис марч пан сав руд кост дяч гнат"
                        + " кушн сидор мирон остап семен прокоп тимош грищ онищ фед мартин олекс"
                        + " яц дем юрч кирил гаврил левч кучер"),
                w("енко ук юк чук ко ишин ський ик")),
            latin(
                roots(CYRILLIC_ONSETS, w("а о у е и"), CYRILLIC_CODAS),
                w("енко ук юк чук ишин ик"))),
        0.15,
        0.5,
        0.6);
  }

  private static Tails russian(String[] male, String[] female, String[] family) {
    String[] prefixes =
        w("яро свято стани влади миро бори радо добро любо бого мило брони веле драго вяче");
    return new Tails(
        tail("ru-male", male, latin(prefixes, SLAVIC_MALE)),
        tail("ru-female", female, latin(prefixes, SLAVIC_FEMALE)),
        tail(
            "ru-family",
            family,
            latin(
                w(
                    "бел вор гол гром дуб жук заруб кар клюк кол кур лап лук мал мас мух пан пес"
                        + " рыб сал сер сит смол сух тар тих хар чер шуб щег юд бор бур вяз дегт"
                        + " ерш зим кос лис лом мед наб окун пуш ряб сок тет удал фом хом цвет"
                        + " шест щук ябл"),
                w("ов ин енков ский цев ышев")),
            latin(roots(CYRILLIC_ONSETS, w("а о у е ы и"), CYRILLIC_CODAS), w("ов ин ев ский"))),
        0.1,
        0.6,
        0.6);
  }

  private static Tails bulgarian(String[] male, String[] female, String[] family) {
    String[] prefixes =
        w("свето стани влади миро бори радо добро любо бого мило драго краси цвето деси веле");
    return new Tails(
        tail("bg-male", male, latin(prefixes, SLAVIC_MALE)),
        tail("bg-female", female, latin(prefixes, SLAVIC_FEMALE)),
        tail(
            "bg-family",
            family,
            latin(
                w(
                    "иван георги петк стоян тодор никол христ атанас костадин велик добр злат"
                        + " борис цвет радк кирил младен пенч станч ганч желяз калин любен марин"
                        + " найден пламен славч тонч вълч"),
                w("ов ев овски иев")),
            latin(roots(CYRILLIC_ONSETS, w("а о у е и ъ"), CYRILLIC_CODAS), w("ов ев овски"))),
        0.15,
        0.5,
        0.6);
  }

  private static final String[] ABD =
      bar(
          "رحمن|rrahmane/rahman, كريم|lkarim/karim, عزيز|laziz/aziz, حكيم|lhakim/hakim,"
              + " مجيد|lmajid/majid, لطيف|llatif/latif, حميد|lhamid/hamid, جليل|ljalil/jalil,"
              + " غني|lghani/ghani, واحد|louahed/wahid, صمد|ssamad/samad, قادر|lkader/qader,"
              + " رزاق|rrazak/razzaq, هادي|lhadi/hadi, إله|lilah/ilah, سلام|slam/salam,"
              + " فتاح|lfattah/fattah, حق|lhak/haq, مالك|lmalek/malik, نور|nnour/nur,"
              + " باسط|lbasset/basit, رؤوف|raouf/rauf, وهاب|louahab/wahab,"
              + " منعم|lmounaim/moneim, جبار|ljabbar/jabbar, عليم|lalim/alim");

  private static Tails moroccan(String[] male, String[] female, String[] family) {
    List<String> abd = new ArrayList<>();
    for (String e : ABD) {
      int bar = e.indexOf('|');
      String[] latin = e.substring(bar + 1).split("/");
      // Moroccan spelling assimilates the article (Abderrahim, Abdessamad); others keep
      // Abdul- or write the article apart.
      abd.add(
          "عبد ال"
              + e.substring(0, bar)
              + "|"
              + capitalise("abde" + latin[0])
              + "/"
              + capitalise("abdul" + latin[1])
              + "/"
              + capitalise("abd el " + latin[1]));
    }
    List<String> compounds =
        scripted(
            bar("محمد+|Mohamed+/Mohammed+"),
            bar(
                "أمين|Amine/Amin, علي|Ali, رضا|Reda/Rida, ياسين|Yassine/Yasin, إدريس|Idriss/Idris,"
                    + " طه|Taha, أنس|Anas, بدر|Badr, مهدي|Mehdi/Mahdi, سعيد|Said/Saeed"));
    List<String> ben = new ArrayList<>();
    for (String m : male) {
      int bar = m.indexOf('|');
      if (m.substring(0, bar).contains(" ")) {
        continue;
      }
      String[] latin = m.substring(bar + 1).split("/");
      ben.add(
          "بن "
              + m.substring(0, bar)
              + "|"
              + capitalise("ben" + latin[0].toLowerCase(Locale.ROOT))
              + "/Ben "
              + latin[Math.min(1, latin.length - 1)]);
    }
    for (String a : abd) {
      int bar = a.indexOf('|');
      String[] latin = a.substring(bar + 1).split("/");
      ben.add(
          "بن "
              + a.substring(0, bar)
              + "|"
              + capitalise("ben" + latin[0].toLowerCase(Locale.ROOT))
              + "/Ben "
              + latin[0]);
    }
    List<String> nisba = new ArrayList<>();
    for (String e :
        bar(
            "مراكش|Marrakch, مكناس|Meknass, طنج|Tanj, سوس|Souss, ريف|Rif, دكال|Doukkal,"
                + " شاو|Chaou, حسون|Hassoun, قباج|Kabbaj, صقل|Skall, وجد|Oujd, سلاو|Slaou,"
                + " زرهون|Zerhoun, تطوان|Tetouan, عثمان|Othman, يعقوب|Yacoub, بركان|Berkan,"
                + " غمار|Ghomar, دريس|Driss, سبت|Sebt, زمور|Zemmour, بيض|Beid, وزان|Ouazzan,"
                + " خلف|Khalf, جزول|Jazoul, حيان|Hayan, صنهاج|Sanhaj, مرين|Merin")) {
      int bar = e.indexOf('|');
      String root = e.substring(bar + 1);
      nisba.add(
          "ال"
              + e.substring(0, bar)
              + "ي|"
              + root
              + "i/El "
              + root
              + "i/"
              + capitalise(root)
              + "y");
    }
    List<String> ait = new ArrayList<>();
    for (String e :
        bar(
            "علي|Ali, أحمد|Ahmed, إبراهيم|Brahim, سعيد|Said, موسى|Moussa, يوسف|Youssef,"
                + " حمو|Hammou, عيسى|Aissa, بها|Baha, ملول|Mloul, ورير|Ourir, الطالب|Taleb")) {
      int bar = e.indexOf('|');
      String root = e.substring(bar + 1);
      ait.add("آيت " + e.substring(0, bar) + "|Ait " + root + "/Aït " + root + "/Ait-" + root);
    }
    List<String> femaleExtra =
        List.of(
            bar(
                "سكينة|Soukaina/Sakina, أسماء|Asmae/Asma, هند|Hind, بشرى|Bouchra/Bushra,"
                    + " لطيفة|Latifa, غزلان|Ghizlane/Ghizlan, ياسمين|Yasmine/Yasmin,"
                    + " كوثر|Kaoutar/Kawtar, مليكة|Malika, سهام|Siham, نوال|Naoual/Nawal,"
                    + " رجاء|Rajae/Raja, جميلة|Jamila/Djamila, زهرة|Zahra/Zohra,"
                    + " فدوى|Fadoua/Fadwa, حسناء|Hasnae/Hasna, إلهام|Ilham, شيماء|Chaimae/Shaima,"
                    + " مونية|Mounia/Monia, خولة|Khaoula/Khawla, أميمة|Oumaima/Umaima,"
                    + " نجاة|Najat, ثورية|Touria/Thuraya, عزيزة|Aziza, فتيحة|Fatiha,"
                    + " هاجر|Hajar/Hajer, إكرام|Ikram, وئام|Wiam, لبنى|Loubna/Lubna"));
    return new Tails(
        tail("ma-male", male, abd, compounds),
        tail("ma-female", female, femaleExtra),
        tail("ma-family", family, ben, nisba, ait),
        0.3,
        0.6,
        0.6);
  }

  private static Tails filipino(String[] male, String[] female, String[] family) {
    return new Tails(
        tail(
            "ph-male",
            male,
            latin(
                w("ro jo ar ma je ra ry ed al ren jun mar jay rey"),
                w("del mar nel win vin rick son ald ie lon mel"))),
        tail(
            "ph-female",
            female,
            latin(
                w("ma ro je lor mari ana cha ja kris rose joy"),
                w("lyn line bel vic cel nie lie ssa ine mae ann"))),
        tail(
            "ph-family",
            family,
            latin(
                w(
                    "ben cabal cast escal fern galv gonz herr ib jim lar lim marqu nar ord pad"
                        + " quir rod sal trin urb vald vel zam alc bern cord dur espin gal lag"
                        + " mend mont nav pard rebol sarm tol vill yb"),
                w("ez es ado ero illa ino on ar ona anes uela ano")),
            latin(
                roots(w("b c d g l m n p r s t v"), w("a e i o u"), w("_ l n r s")),
                w("ez es ado ero illa ino on ar ona anes uela ano")),
            latin(
                w("maca dima pangi mag mala bala taga baga cala sala tala lapu pala"),
                w(
                    "lintal culangan sayo pagal luyo langit tibay bayan lanag salang lasa pagong"
                        + " buhay dulo tubig dagat wag nawan"))),
        0.4,
        0.5,
        0.6);
  }

  private static Tails albanian(String[] male, String[] female, String[] family) {
    String[] onsets =
        w(
            "ard dri bes ylb ler flam gent kle erm alb kresh val ili blen arb dard egz fis gaz"
                + " her lir mir ols rin sid tom urt vis");
    return new Tails(
        tail("al-male", male, latin(onsets, w("it an im on ir ion ian ent ush"))),
        tail("al-female", female, latin(onsets, w("a ina jana eta ona ida ela esa ira"))),
        tail(
            "al-family",
            family,
            latin(
                w(
                    "gjon lek prek ded mark pal nik gjok kol zef hasan ahmet rexh shaban bajram"
                        + " sel halil ismail mehmet hajdar sadik osman qerim tahir ramadan bek"
                        + " deli mus ibr fejz hysen dem isuf sul"),
                w("aj i aku ollari ja llari ushi eri")),
            latin(
                roots(
                    w("b d dr f g gj h k l m n p r s sh t v z xh"),
                    w("a e i o u ë"),
                    w("k l m n r t sh")),
                w("aj i aku ja ushi eri"))),
        0.4,
        0.5,
        0.6);
  }

  private static final String[] NORSE_PREFIXES = w("as frej gud ing sig tor vi gun hal ar ragn od");

  private static Tails danish(String[] male, String[] female, String[] family) {
    List<String> patronyms =
        latin(
            w(
                "bertel carl aage holger iver kjeld laurids mogens svend thorvald villads bendt"
                    + " esben gunner herluf ib karsten oluf palle rune steen tage ulrik valdemar"
                    + " vagn aksel bjarne claus dines eigil"),
            w("sen"));
    return new Tails(
        tail("dk-male", male, latin(NORSE_PREFIXES, w("bjørn mund vald ulf var kild sten geir"))),
        tail("dk-female", female, latin(NORSE_PREFIXES, w("hild run rid borg dis veig frid"))),
        tail(
            "dk-family",
            family,
            patronyms,
            latin(
                w(
                    "lind ny øster vester nør sønder kirke brand ege birke hassel elle ros stor"
                        + " lille fugl hjort ul bjørn sand"),
                w("gaard holm lund berg bjerg dal skov strup rup bæk toft høj vang kær by"))),
        0.2,
        0.4,
        0.6);
  }

  private static Tails swedish(String[] male, String[] female, String[] family) {
    List<String> patronyms = new ArrayList<>();
    for (String m : male) {
      String name = m.contains(":") ? m.substring(0, m.indexOf(':')) : m;
      patronyms.add(name + (name.endsWith("s") ? "son" : "sson"));
    }
    return new Tails(
        tail("se-male", male, latin(NORSE_PREFIXES, w("björn mund vald ulf var kel sten"))),
        tail("se-female", female, latin(NORSE_PREFIXES, w("hild run rid borg dis frid"))),
        tail(
            "se-family",
            family,
            patronyms,
            latin(
                w(
                    "lind berg sjö ek gran ahl björk sand holm lund nord öst väst hag strand fors"
                        + " dahl palm ros häll ljung blom åker sund sten hed gull wall eng"),
                w(
                    "ström qvist gren berg lund holm blad dahl man by stedt vall kvist ling mark"
                        + " strand sjö borg feldt bäck"))),
        0.2,
        0.5,
        0.6);
  }

  /** For tests and the documentation: tail sizes by country. */
  static Map<String, int[]> sizes(Map<String, Tails> tails) {
    Map<String, int[]> out = new TreeMap<>();
    tails.forEach(
        (k, t) -> out.put(k, new int[] {t.male().length, t.female().length, t.family().length}));
    return out;
  }
}
