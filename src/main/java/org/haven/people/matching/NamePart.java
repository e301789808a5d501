package org.haven.people.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison features of one name field (a given name, a family name or an alias), computed
 * once: every romanisation, its phonetic skeleton, nickname-canonical forms and the single words.
 * Equal raw names share one instance.
 */
public final class NamePart {

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

  /** Interned ids used as blocking codes: skeletons and canonical forms, a few at most. */
  final int[] blockCodes;

  private NamePart(
      String raw,
      String[] compact,
      int[] forms,
      int primary,
      int[] canonical,
      int[] phonetic,
      int[] words,
      int[] blockCodes) {
    this.raw = raw;
    this.compact = compact;
    this.forms = forms;
    this.primary = primary;
    this.canonical = canonical;
    this.phonetic = phonetic;
    this.words = words;
    this.blockCodes = blockCodes;
  }

  /** The romanisations of this name, primary first. */
  public List<String> romanisations() {
    return List.of(compact);
  }

  static NamePart of(String raw, Vocabulary vocabulary) {
    List<String> roman = NameForms.romanisations(raw);
    if (roman.isEmpty()) {
      return null;
    }
    Set<String> compact = new LinkedHashSet<>();
    Set<Integer> forms = new LinkedHashSet<>();
    Set<Integer> canonical = new LinkedHashSet<>();
    Set<Integer> phonetic = new LinkedHashSet<>();
    Set<Integer> words = new LinkedHashSet<>();
    List<Integer> blockCodes = new ArrayList<>();
    for (String r : roman) {
      String c = r.replace(" ", "");
      compact.add(c);
      forms.add(vocabulary.id(c));
      StringBuilder canon = new StringBuilder();
      String[] tokens = r.split(" ");
      for (String t : tokens) {
        String ct = NameForms.canonical(t);
        canon.append(ct);
        words.add(vocabulary.id(t));
        words.add(vocabulary.id(ct));
      }
      canonical.add(vocabulary.id(canon.toString()));
      if (tokens.length > 1) {
        String[] sorted = tokens.clone();
        Arrays.sort(sorted);
        forms.add(vocabulary.id(String.join("", sorted)));
      }
      int skeleton = vocabulary.id("~" + NameForms.skeleton(c));
      phonetic.add(skeleton);
      addCode(blockCodes, skeleton);
      addCode(blockCodes, vocabulary.id(canon.toString()));
      if (tokens.length > 1) {
        for (String t : tokens) {
          if (t.length() > 1) {
            addCode(blockCodes, vocabulary.id("~" + NameForms.skeleton(NameForms.canonical(t))));
          }
        }
      }
    }
    int primary = vocabulary.id(roman.get(0).replace(" ", ""));
    return new NamePart(
        raw,
        compact.toArray(new String[0]),
        IntSets.of(forms),
        primary,
        IntSets.of(canonical),
        IntSets.of(phonetic),
        IntSets.of(words),
        IntSets.of(blockCodes));
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
