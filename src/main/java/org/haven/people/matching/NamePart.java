package org.haven.people.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The comparison features of one name field (a given name, a family name or an alias), computed
 * once: every romanisation, its phonetic skeleton, nickname-canonical forms and the single words.
 * Equal raw names share one instance.
 */
public final class NamePart {

  private static final AtomicInteger IDS = new AtomicInteger();

  /** A number of this instance, unique in the process: names compared are cached by it. */
  final int id = IDS.getAndIncrement() & 0x3FFFFFFF;

  /** The name as written. */
  final String raw;

  /** Romanisations without spaces ("xiu ying" → "xiuying"); the first is the primary one. */
  final String[] compact;

  /** Interned ids of the compact romanisations, sorted. */
  final int[] forms;

  /** Interned id of the primary romanisation: the term whose frequency is counted. */
  final int primary;

  /** Interned ids of the forms with every word replaced by its canonical nickname form. */
  final int[] canonical;

  /** Interned ids of phonetic skeletons of the compact forms. */
  final int[] phonetic;

  /** Interned ids of every word of every romanisation and their canonical forms. */
  final int[] words;

  /**
   * For each word of the name (particles left out), the interned ids of that word in every
   * romanisation with as many words, and their canonical forms.
   */
  final int[][] tokens;

  /**
   * For each of {@link #tokens}, the letter it is if it is a single letter (an initial: the J of J.
   * Okafor), else 0; empty when no word is a single letter.
   */
  final char[] initials;

  /**
   * Whether the primary romanisation's phonetic skeleton has one consonant at most (Ion, Ana, Jan,
   * Anna all sound "an"): too little for the sound alone to say two names are one.
   */
  final boolean shortSound;

  /**
   * Where each word of the primary romanisation ends in {@code compact[0]} when it has several
   * words (particles left out); empty for one word.
   */
  final short[] wordEnds;

  /** The first letters of every word of every romanisation, as bits (a = bit 0). */
  final int wordInitials;

  /** Interned ids used as blocking codes: skeletons and canonical forms, a few at most. */
  final int[] blockCodes;

  /** Interned ids of the Pinyin readings the name may stand for ({@link Sinitic#readings}). */
  final int[] sinitic;

  /** Whether the name is a common Chinese family name in some romanisation or in characters. */
  final boolean chineseSurname;

  /** The script the name is written in. */
  final NameForms.Script script;

  /** Whether the name is written in Han characters. */
  final boolean han;

  /**
   * The consonants of each compact form ({@link ArabicNames#consonants}), made when a comparison of
   * Arabic script against Latin letters first asks for them: most names never meet one.
   */
  private volatile String[] consonants;

  /**
   * One-word Bloom filters of {@link #forms}, of {@link #canonical} with {@link #phonetic}, and of
   * {@link #words}: two names whose filters share no bit cannot share a member, which spares the
   * comparison of most pairs of different names.
   */
  final long formBits;

  final long soundBits;
  final long wordBits;

  /** Per compact form, the letters it holds as bits (a = bit 0). */
  final int[] letters;

  /** Whether the name as written holds a space (several words). */
  final boolean multiWord;

  /** The length of the primary compact form (kept here so that pairs far apart need no string). */
  final int primaryLength;

  private NamePart(
      String raw,
      String[] compact,
      int[] forms,
      int primary,
      int[] canonical,
      int[] phonetic,
      int[] words,
      int[][] tokens,
      char[] initials,
      short[] wordEnds,
      int wordInitials,
      boolean shortSound,
      int[] blockCodes,
      int[] sinitic,
      boolean chineseSurname) {
    this.raw = raw;
    this.initials = initials;
    this.shortSound = shortSound;
    this.wordEnds = wordEnds;
    this.wordInitials = wordInitials;
    this.compact = compact;
    this.forms = forms;
    this.primary = primary;
    this.canonical = canonical;
    this.phonetic = phonetic;
    this.words = words;
    this.tokens = tokens;
    this.blockCodes = blockCodes;
    this.sinitic = sinitic;
    this.chineseSurname = chineseSurname;
    this.script = NameForms.script(raw);
    this.han = script == NameForms.Script.HAN;
    this.formBits = bits(forms);
    this.soundBits = bits(canonical) | bits(phonetic);
    this.wordBits = bits(words);
    this.multiWord = raw.indexOf(' ') >= 0;
    this.primaryLength = compact[0].length();
    this.letters = new int[compact.length];
    for (int i = 0; i < compact.length; i++) {
      for (int k = 0; k < compact[i].length(); k++) {
        char c = compact[i].charAt(k);
        if (c >= 'a' && c <= 'z') {
          letters[i] |= 1 << (c - 'a');
        }
      }
    }
  }

  /** The romanisations of this name, primary first. */
  public List<String> romanisations() {
    return List.of(compact);
  }

  static NamePart of(String raw, Vocabulary vocabulary) {
    return of(raw, NameForms.romanisations(raw), vocabulary);
  }

  /** The features of a name whose romanisations are already known. */
  static NamePart of(String raw, List<String> roman, Vocabulary vocabulary) {
    if (roman.isEmpty()) {
      return null;
    }
    Set<String> compact = new LinkedHashSet<>();
    Set<Integer> forms = new LinkedHashSet<>();
    Set<Integer> canonical = new LinkedHashSet<>();
    Set<Integer> phonetic = new LinkedHashSet<>();
    Set<Integer> words = new LinkedHashSet<>();
    List<Integer> blockCodes = new ArrayList<>();
    List<Integer> laterCodes = new ArrayList<>();
    Set<Integer> sinitic = new LinkedHashSet<>();
    boolean surname = false;
    String firstSkeleton = null;
    List<String> primaryWords = significant(roman.get(0));
    List<Set<Integer>> wordsAt = new ArrayList<>();
    for (int i = 0; i < primaryWords.size(); i++) {
      wordsAt.add(new LinkedHashSet<>());
    }
    for (String r : roman) {
      List<String> significant = significant(r);
      if (significant.size() == wordsAt.size()) {
        for (int i = 0; i < significant.size(); i++) {
          wordsAt.get(i).add(vocabulary.id(significant.get(i)));
          wordsAt.get(i).add(vocabulary.id(NameForms.canonical(significant.get(i))));
        }
      }
      for (String reading : Sinitic.readings(r)) {
        sinitic.add(vocabulary.id(reading));
      }
      surname |= Sinitic.isSurname(r);
      String[] tokens = r.split(" ");
      StringBuilder withoutParticles = new StringBuilder();
      for (String t : tokens) {
        if (!NameForms.isParticle(t)) {
          withoutParticles.append(t);
        }
      }
      String whole = r.replace(" ", "");
      // Compared without its particles (Thị Lan and Thị Hoa are not alike), matched with or
      // without.
      String c =
          tokens.length > 1 && withoutParticles.length() > 1 ? withoutParticles.toString() : whole;
      compact.add(c);
      forms.add(vocabulary.id(c));
      forms.add(vocabulary.id(whole));
      StringBuilder canon = new StringBuilder();
      for (String t : tokens) {
        String ct = NameForms.canonical(t);
        canon.append(ct);
        if (!NameForms.isParticle(t)) {
          words.add(vocabulary.id(t));
          words.add(vocabulary.id(ct));
        }
      }
      canonical.add(vocabulary.id(canon.toString()));
      if (tokens.length > 1) {
        String[] sorted = tokens.clone();
        Arrays.sort(sorted);
        forms.add(vocabulary.id(String.join("", sorted)));
      }
      String sound = NameForms.skeleton(c);
      if (firstSkeleton == null) {
        firstSkeleton = sound;
      }
      int skeleton = vocabulary.id("~" + sound);
      phonetic.add(skeleton);
      // Every romanisation's skeleton blocks before the nickname forms and single words, so
      // that a name of many words and spellings (بن عبد الرؤوف) keeps a code its Latin
      // spelling (Benabderaouf) shares.
      addCode(blockCodes, skeleton);
      laterCodes.add(vocabulary.id(canon.toString()));
      if (tokens.length > 1) {
        for (String t : tokens) {
          if (t.length() > 1) {
            laterCodes.add(vocabulary.id("~" + NameForms.skeleton(NameForms.canonical(t))));
          }
        }
      }
    }
    for (int code : laterCodes) {
      addCode(blockCodes, code);
    }
    // The first readings block too, so that Wong meets Huang and Chi Ming meets Zhiming.
    int readingCodes = 0;
    for (int code : sinitic) {
      if (!forms.contains(code) && readingCodes++ < 2) {
        addCode(blockCodes, code);
      }
    }
    int primary = vocabulary.id(roman.get(0).replace(" ", ""));
    char[] initials = new char[primaryWords.size()];
    boolean anyInitial = false;
    for (int i = 0; i < initials.length; i++) {
      String w = primaryWords.get(i);
      if (w.length() == 1) {
        initials[i] = w.charAt(0);
        anyInitial = true;
      }
    }
    int wordInitials = 0;
    for (String r : roman) {
      for (String t : r.split(" ")) {
        if (!t.isEmpty() && t.charAt(0) >= 'a' && t.charAt(0) <= 'z') {
          wordInitials |= 1 << (t.charAt(0) - 'a');
        }
      }
    }
    return new NamePart(
        raw,
        compact.toArray(new String[0]),
        IntSets.of(forms),
        primary,
        IntSets.of(canonical),
        IntSets.of(phonetic),
        IntSets.of(words),
        wordsAt.stream().map(IntSets::of).toArray(int[][]::new),
        anyInitial ? initials : NO_INITIALS,
        wordEnds(primaryWords, compact.iterator().next()),
        wordInitials,
        firstSkeleton.length() <= 2,
        IntSets.of(blockCodes),
        IntSets.of(sinitic),
        surname);
  }

  /**
   * The consonants of each compact form ({@link ArabicNames#consonants}), made on first use (two
   * threads asking at once may both make them; they make the same).
   */
  String[] consonants() {
    String[] keys = consonants;
    if (keys == null) {
      keys = new String[compact.length];
      for (int i = 0; i < compact.length; i++) {
        keys[i] = ArabicNames.consonants(compact[i]);
      }
      consonants = keys;
    }
    return keys;
  }

  /** This name with its interned ids renumbered ({@link Vocabulary#renumber}). */
  NamePart renumbered(int[] map) {
    int[][] at = new int[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      at[i] = remap(tokens[i], map);
    }
    return new NamePart(
        raw,
        compact,
        remap(forms, map),
        map[primary],
        remap(canonical, map),
        remap(phonetic, map),
        remap(words, map),
        at,
        initials,
        wordEnds,
        wordInitials,
        shortSound,
        remap(blockCodes, map),
        remap(sinitic, map),
        chineseSurname);
  }

  private static int[] remap(int[] ids, int[] map) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = map[ids[i]];
    }
    Arrays.sort(out);
    return out;
  }

  static long bits(int[] ids) {
    long b = 0;
    for (int id : ids) {
      b |= 1L << ((id * 0x9E3779B9) >>> 26);
    }
    return b;
  }

  private static List<String> significant(String romanised) {
    List<String> out = new ArrayList<>();
    for (String t : romanised.split(" ")) {
      if (!t.isEmpty() && !NameForms.isParticle(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static final char[] NO_INITIALS = new char[0];

  private static final short[] ONE_WORD = new short[0];

  /** The ends of the words in their concatenation, if the words are what it is made of. */
  private static short[] wordEnds(List<String> words, String concatenated) {
    if (words.size() < 2 || concatenated.length() > Short.MAX_VALUE) {
      return ONE_WORD;
    }
    short[] ends = new short[words.size()];
    int at = 0;
    for (int i = 0; i < ends.length; i++) {
      at += words.get(i).length();
      ends[i] = (short) at;
    }
    return at == concatenated.length() ? ends : ONE_WORD;
  }

  /** Whether a word of this name is a single letter: an initial. */
  boolean hasInitials() {
    return initials.length > 0;
  }

  /**
   * Whether every word of this name is a word of the other: a name of which words were dropped (Ana
   * Maria → Ana), not two names that share one word (Quang Huy, Quang Long).
   */
  boolean wordsWithin(NamePart other) {
    if (tokens.length == 0) {
      return false;
    }
    for (int[] t : tokens) {
      if (!IntSets.intersects(t, other.words)) {
        return false;
      }
    }
    return true;
  }

  private static void addCode(List<Integer> codes, int code) {
    if (codes.size() < 6 && !codes.contains(code)) {
      codes.add(code);
    }
  }

  @Override
  public String toString() {
    return raw + " " + List.of(compact);
  }
}
