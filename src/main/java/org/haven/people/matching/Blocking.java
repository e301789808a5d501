package org.haven.people.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidate pairs from several blocking keys, so that true pairs are compared without comparing
 * everyone. A record gets keys for: family-name code + birth year; given- and family-name codes
 * (unordered, so swapped names meet); given-name code + full birth date; family-name code + day and
 * month (either order); the full birth date alone; given-name code + birth year; alias codes with
 * the family name and with the year; each name code (given or family) with the initial of the other
 * name, so that a misspelt or swapped name with or without a date still meets. Codes are phonetic
 * skeletons and nickname-canonical forms of every romanisation. Blocks larger than a cap are not
 * compared in full: their members are sorted on another field (the given name or the birth date)
 * and each is paired with its next neighbours.
 */
public final class Blocking {

  private Blocking() {}

  /** Candidate pairs, sorted and unique, each as {@code (long) i << 32 | j} with i < j. */
  public record Result(
      long[] pairs, int count, long emitted, long blocks, long oversizedBlocks, long keys) {}

  static final int FAMILY_YEAR = 0;
  static final int GIVEN_FAMILY = 1;
  static final int GIVEN_DATE = 2;
  static final int FAMILY_DAY_MONTH = 3;
  static final int ALIAS = 4;
  static final int OTHER_INITIAL = 5;
  static final int DATE = 6;
  static final int GIVEN_YEAR = 7;

  public static Result candidates(List<PersonFeatures> records, int maxBlock, int window) {
    int n = records.size();
    int recBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    int hashBits = 64 - 3 - 1 - recBits;
    LongList keys = new LongList(n * 8);
    LongList one = new LongList(64);
    for (int r = 0; r < n; r++) {
      one.size = 0;
      keysOf(records.get(r), one);
      for (int q = 0; q < one.size; q++) {
        long k = one.data[q];
        int type = (int) (k >>> 61);
        long side = k & 1;
        long hash = (k >>> 1) & ((1L << hashBits) - 1);
        keys.add(((long) type << 61) | (hash << (recBits + 1)) | ((long) r << 1) | side);
      }
    }
    long[] sorted = keys.toArray();
    keys = null;
    Arrays.parallelSort(sorted);
    long recMask = (1L << recBits) - 1;

    int[] nameRank = rank(records, true);
    int[] dateRank = rank(records, false);
    int[] familyRank = familyRank(records);
    int[][] nameStringRank = nameStringRank(records);

    LongList pairs = new LongList(Math.max(16, n * 4));
    long blocks = 0;
    long oversized = 0;
    long emitted = 0;
    long compactAt = 1L << 24;
    int[] members = new int[1024];
    int[] sides = new int[1024];
    int start = 0;
    while (start < sorted.length) {
      long block = sorted[start] >>> (recBits + 1);
      int end = start;
      int size = 0;
      int last = -1;
      while (end < sorted.length && (sorted[end] >>> (recBits + 1)) == block) {
        int r = (int) ((sorted[end] >>> 1) & recMask);
        if (r != last) {
          if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
            sides = Arrays.copyOf(sides, size * 2);
          }
          sides[size] = (int) (sorted[end] & 1);
          members[size++] = r;
          last = r;
        }
        end++;
      }
      start = end;
      if (size < 2) {
        continue;
      }
      if (pairs.size > compactAt) {
        pairs.compact();
        compactAt = Math.max(compactAt, pairs.size * 2L);
      }
      blocks++;
      if (size <= maxBlock) {
        for (int a = 0; a < size; a++) {
          for (int b = a + 1; b < size; b++) {
            pairs.add(pair(members[a], members[b]));
          }
        }
        emitted += (long) size * (size - 1) / 2;
      } else {
        oversized++;
        int type = (int) (block >>> (61 - recBits - 1));
        int[] rank =
            type == GIVEN_FAMILY || type == GIVEN_DATE
                ? dateRank
                : type == GIVEN_YEAR ? familyRank : nameRank;
        long[] byRank = new long[size];
        for (int a = 0; a < size; a++) {
          // A name with the other name's initial: sorted on the other name, whichever field.
          int value =
              type == OTHER_INITIAL ? nameStringRank[sides[a]][members[a]] : rank[members[a]];
          byRank[a] = ((long) value << 32) | members[a];
        }
        Arrays.sort(byRank);
        for (int a = 0; a < size; a++) {
          for (int b = a + 1; b < size && b <= a + window; b++) {
            pairs.add(pair((int) byRank[a], (int) byRank[b]));
            emitted++;
          }
        }
      }
    }
    pairs.compact();
    return new Result(pairs.data, pairs.size, emitted, blocks, oversized, sorted.length);
  }

  private static long pair(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** Each record's rank when sorted by given name then date, or by date then given name. */
  private static int[] rank(List<PersonFeatures> records, boolean nameFirst) {
    Integer[] order = IntStream.range(0, records.size()).boxed().toArray(Integer[]::new);
    Comparator<Integer> byName =
        Comparator.comparing(
            i -> {
              PersonFeatures f = records.get(i);
              return f.given == null ? "" : f.given.compact[0];
            });
    Comparator<Integer> byDate =
        Comparator.comparingInt(
            i -> {
              PersonFeatures f = records.get(i);
              return f.year * 10000 + f.month * 100 + f.day;
            });
    Arrays.parallelSort(
        order, nameFirst ? byName.thenComparing(byDate) : byDate.thenComparing(byName));
    int[] rank = new int[records.size()];
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
    }
    return rank;
  }

  /**
   * For each record, the rank of its family name ([0]) and of its given name ([1]) in one order of
   * all name spellings, so that a given name and a family name can be neighbours.
   */
  private static int[][] nameStringRank(List<PersonFeatures> records) {
    int n = records.size();
    String[] names = new String[2 * n];
    for (int i = 0; i < n; i++) {
      PersonFeatures f = records.get(i);
      names[i] = f.family == null ? "" : f.family.compact[0];
      names[n + i] = f.given == null ? "" : f.given.compact[0];
    }
    Integer[] order = IntStream.range(0, 2 * n).boxed().toArray(Integer[]::new);
    Arrays.parallelSort(order, Comparator.comparing(i -> names[i]));
    int[][] rank = new int[2][n];
    for (int i = 0; i < order.length; i++) {
      int o = order[i];
      rank[o < n ? 0 : 1][o < n ? o : o - n] = i;
    }
    return rank;
  }

  private static int[] familyRank(List<PersonFeatures> records) {
    Integer[] order = IntStream.range(0, records.size()).boxed().toArray(Integer[]::new);
    Arrays.parallelSort(
        order,
        Comparator.comparing(
            i -> {
              PersonFeatures f = records.get(i);
              return f.family == null ? "" : f.family.compact[0];
            }));
    int[] rank = new int[records.size()];
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
    }
    return rank;
  }

  /** The blocking keys of one record, as 64-bit values with the key type in the top 3 bits. */
  static void keysOf(PersonFeatures f, LongList out) {
    int[] g = f.given == null ? new int[0] : f.given.blockCodes;
    int[] fam = f.family == null ? new int[0] : f.family.blockCodes;
    int year = f.year;
    boolean fullDate = f.month != 0;
    // Each name with the other name's initial, in either field, so that a record whose other name
    // is misspelt, or whose names are swapped, still meets its duplicates with or without a date.
    int givenInitial =
        f.given == null || f.given.compact[0].isEmpty() ? 0 : f.given.compact[0].charAt(0);
    int familyInitial =
        f.family == null || f.family.compact[0].isEmpty() ? 0 : f.family.compact[0].charAt(0);
    for (int fc : fam) {
      out.add(key(OTHER_INITIAL, fc, givenInitial, 0) | 0);
    }
    for (int gc : g) {
      out.add(key(OTHER_INITIAL, gc, familyInitial, 0) | 1);
    }
    for (int fc : fam) {
      if (year != 0) {
        out.add(key(FAMILY_YEAR, fc, year, 0));
      }
      if (fullDate) {
        out.add(key(FAMILY_DAY_MONTH, fc, Math.min(f.month, f.day), Math.max(f.month, f.day)));
      }
      for (int gc : g) {
        out.add(key(GIVEN_FAMILY, Math.min(gc, fc), Math.max(gc, fc), 0));
      }
    }
    if (fullDate) {
      out.add(key(DATE, year, f.month, f.day));
    }
    for (int gc : g) {
      if (fullDate) {
        out.add(key(GIVEN_DATE, gc, year, f.month * 100 + f.day));
      }
      if (year != 0) {
        out.add(key(GIVEN_YEAR, gc, year, 0));
      }
      if (fam.length == 0) {
        out.add(key(FAMILY_YEAR, gc, year, 0));
      }
    }
    for (NamePart alias : f.aliases) {
      for (int ac : alias.blockCodes) {
        if (year != 0) {
          out.add(key(FAMILY_YEAR, ac, year, 0));
        }
        for (int fc : fam) {
          out.add(key(GIVEN_FAMILY, Math.min(ac, fc), Math.max(ac, fc), 0));
        }
        for (int gc : g) {
          out.add(key(GIVEN_FAMILY, Math.min(ac, gc), Math.max(ac, gc), 0));
        }
      }
    }
  }

  private static long key(int type, long a, long b, long c) {
    long h = mix(type * 0x9E3779B97F4A7C15L + a);
    h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
    h = mix(h ^ (c * 0x165667B19E3779F9L));
    // The lowest bit is left free for the side (which name field the key was taken from).
    return ((long) type << 61) | ((h >>> 3) & ~1L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A growable array of longs. */
  static final class LongList {
    long[] data;
    int size;

    LongList(int capacity) {
      data = new long[Math.max(4, capacity)];
    }

    /** Sorts and removes duplicates in place. */
    void compact() {
      Arrays.parallelSort(data, 0, size);
      int unique = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || data[i] != data[unique - 1]) {
          data[unique++] = data[i];
        }
      }
      size = unique;
    }

    void add(long v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 3L / 2 + 1));
      }
      data[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
