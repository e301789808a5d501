package org.haven.people.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Candidate pairs from several blocking keys, so that true pairs are compared without comparing
 * everyone. A record gets keys for: family-name code + birth year; given- and family-name codes
 * (unordered, so swapped names meet); the full birth date alone; given-name code + birth year;
 * alias codes with the family name, the given name and the year; each name code (given or family)
 * with the initial of the other name, so that a misspelt or swapped name with or without a date
 * still meets; each name code with the day and month of a full date that is not a placeholder, so
 * that names swapped with one misspelt, or a year misread, still meet when the other blocks they
 * share are crowded (at a million records, where most of a common name's blocks exceed the cap, it
 * finds 7 % of the true pairs; at 100,000 hardly any); a whole name in one field, the other empty,
 * also has the keys of each of its splits into given and family name. Codes are phonetic skeletons
 * and nickname-canonical forms of every romanisation. Blocks larger than a cap are not compared in
 * full: their members are sorted on another field (the given name or the birth date) and each is
 * paired with its next neighbours.
 */
public final class Blocking {

  private Blocking() {}

  /** Candidate pairs, sorted and unique, each as {@code (long) i << 32 | j} with i < j. */
  public record Result(
      long[] pairs, int count, long emitted, long blocks, long oversizedBlocks, long keys) {}

  static final int FAMILY_YEAR = 0;
  static final int GIVEN_FAMILY = 1;
  static final int NAME_DAY = 2;
  static final int OTHER_INITIAL = 5;
  static final int DATE = 6;
  static final int GIVEN_YEAR = 7;

  public static Result candidates(List<PersonFeatures> records, int maxBlock, int window) {
    int n = records.size();
    int recBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    int hashBits = 64 - 3 - 1 - recBits;
    // Each record's keys with the record's number, made in chunks in parallel; their order does
    // not matter since they are sorted next.
    int chunk = 1 << 15;
    long[][] chunks = new long[(n + chunk - 1) / chunk][];
    IntStream.range(0, chunks.length)
        .parallel()
        .forEach(
            c -> {
              LongList keys = new LongList(chunk * 16);
              LongList one = new LongList(64);
              for (int r = c * chunk; r < Math.min(n, (c + 1) * chunk); r++) {
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
              chunks[c] = keys.toArray();
            });
    long[] sorted = new long[Arrays.stream(chunks).mapToInt(k -> k.length).sum()];
    int filled = 0;
    for (int c = 0; c < chunks.length; c++) {
      System.arraycopy(chunks[c], 0, sorted, filled, chunks[c].length);
      filled += chunks[c].length;
      chunks[c] = null;
    }
    Arrays.parallelSort(sorted);

    Ranks ranks = new Ranks(records);

    // Blocks are runs of equal keys: the key array is cut at block boundaries into ranges whose
    // blocks are paired in parallel; the pairs are then gathered by their first record, and each
    // record's partners sorted and made unique. The result does not depend on how the array was
    // cut.
    int shift = recBits + 1;
    int ranges =
        Math.max(
            1, Math.min(2 * ForkJoinPool.getCommonPoolParallelism() + 2, sorted.length / 100_000));
    int[] cuts = new int[ranges + 1];
    for (int c = 1; c < ranges; c++) {
      int at = Math.max(cuts[c - 1], (int) ((long) sorted.length * c / ranges));
      while (at > cuts[c - 1]
          && at < sorted.length
          && (sorted[at] >>> shift) == (sorted[at - 1] >>> shift)) {
        at++;
      }
      cuts[c] = at;
    }
    cuts[ranges] = sorted.length;
    RangePairs[] parts = new RangePairs[ranges];
    IntStream.range(0, ranges)
        .parallel()
        .forEach(
            c ->
                parts[c] =
                    pairsOf(sorted, cuts[c], cuts[c + 1], recBits, maxBlock, window, ranks, n));
    long blocks = 0;
    long oversized = 0;
    long emitted = 0;
    for (RangePairs part : parts) {
      blocks += part.blocks;
      oversized += part.oversized;
      emitted += part.emitted;
    }
    long[] pairs = gather(parts, n);
    return new Result(pairs, pairs.length, emitted, blocks, oversized, sorted.length);
  }

  /** The pairs one range of blocks emits, as they come, and how many per first record. */
  private static final class RangePairs {
    LongList pairs;
    int[] perFirst;
    long blocks;
    long oversized;
    long emitted;
  }

  private static RangePairs pairsOf(
      long[] sorted, int from, int to, int recBits, int maxBlock, int window, Ranks ranks, int n) {
    long recMask = (1L << recBits) - 1;
    RangePairs out = new RangePairs();
    LongList pairs = new LongList(Math.max(16, (to - from) * 4));
    int[] members = new int[1024];
    int[] sides = new int[1024];
    int start = from;
    while (start < to) {
      long block = sorted[start] >>> (recBits + 1);
      int end = start;
      int size = 0;
      int last = -1;
      while (end < to && (sorted[end] >>> (recBits + 1)) == block) {
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
      out.blocks++;
      if (size <= maxBlock) {
        for (int a = 0; a < size; a++) {
          for (int b = a + 1; b < size; b++) {
            pairs.add(pair(members[a], members[b]));
          }
        }
        out.emitted += (long) size * (size - 1) / 2;
      } else {
        out.oversized++;
        int type = (int) (block >>> (61 - recBits - 1));
        int[] rank =
            type == GIVEN_FAMILY
                ? ranks.byDate
                : type == GIVEN_YEAR ? ranks.byFamily : ranks.byName;
        long[] byRank = new long[size];
        for (int a = 0; a < size; a++) {
          // A name with the other name's initial: sorted on the other name, whichever field.
          int value =
              type == OTHER_INITIAL ? ranks.byNameString[sides[a]][members[a]] : rank[members[a]];
          byRank[a] = ((long) value << 32) | members[a];
        }
        Arrays.sort(byRank);
        for (int a = 0; a < size; a++) {
          for (int b = a + 1; b < size && b <= a + window; b++) {
            pairs.add(pair((int) byRank[a], (int) byRank[b]));
            out.emitted++;
          }
        }
      }
    }
    int[] perFirst = new int[n];
    for (int k = 0; k < pairs.size; k++) {
      perFirst[(int) (pairs.data[k] >>> 32)]++;
    }
    out.pairs = pairs;
    out.perFirst = perFirst;
    return out;
  }

  /**
   * Every range's pairs gathered by first record (a counting sort), each record's partners sorted
   * and made unique: the candidate pairs in ascending order, without duplicates.
   */
  private static long[] gather(RangePairs[] parts, int n) {
    // Where each range writes the partners of each first record.
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int sum = 0;
      for (RangePairs part : parts) {
        int c = part.perFirst[i];
        part.perFirst[i] = start[i] + sum;
        sum += c;
      }
      start[i + 1] = start[i] + sum;
    }
    int[] partners = new int[start[n]];
    IntStream.range(0, parts.length)
        .parallel()
        .forEach(
            c -> {
              RangePairs part = parts[c];
              int[] at = part.perFirst;
              long[] data = part.pairs.data;
              for (int k = 0; k < part.pairs.size; k++) {
                partners[at[(int) (data[k] >>> 32)]++] = (int) data[k];
              }
              part.pairs = null;
              part.perFirst = null;
            });
    // Each first record's partners sorted and unique, in place; then the pairs written out.
    int[] unique = new int[n + 1];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int from = start[i];
              int to = start[i + 1];
              if (to - from > 1) {
                Arrays.sort(partners, from, to);
              }
              int u = from;
              for (int k = from; k < to; k++) {
                if (k == from || partners[k] != partners[u - 1]) {
                  partners[u++] = partners[k];
                }
              }
              unique[i + 1] = u - from;
            });
    for (int i = 0; i < n; i++) {
      unique[i + 1] += unique[i];
    }
    long[] pairs = new long[unique[n]];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int at = unique[i];
              int count = unique[i + 1] - at;
              for (int k = 0; k < count; k++) {
                pairs[at + k] = ((long) i << 32) | partners[start[i] + k];
              }
            });
    return pairs;
  }

  private static long pair(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /**
   * Each record's place in the orders an oversized block is sorted in: by given name then date, by
   * date then given name, by family name, and (for each name field) in one order of all name
   * spellings, so that a given name and a family name can be neighbours. Spellings are ranked once
   * and records sorted on numbers.
   */
  static final class Ranks {
    final int[] byName;
    final int[] byDate;
    final int[] byFamily;
    final int[][] byNameString;

    Ranks(List<PersonFeatures> records) {
      int n = records.size();
      HashSet<String> distinct = new HashSet<>();
      distinct.add("");
      for (PersonFeatures f : records) {
        distinct.add(spelling(f.given));
        distinct.add(spelling(f.family));
      }
      String[] spellings = distinct.toArray(new String[0]);
      Arrays.parallelSort(spellings);
      HashMap<String, Integer> order = new HashMap<>(spellings.length * 2);
      for (String sp : spellings) {
        order.put(sp, order.size());
      }
      int nameBits = bits(order.size());
      long[] given = new long[n];
      long[] family = new long[n];
      long[] date = new long[n];
      for (int i = 0; i < n; i++) {
        PersonFeatures f = records.get(i);
        given[i] = order.get(spelling(f.given));
        family[i] = order.get(spelling(f.family));
        date[i] = f.year * 416L + f.month * 32L + f.day;
      }
      int dateBits = bits(10_000 * 416L);
      long[] nameFirst = new long[n];
      long[] dateFirst = new long[n];
      for (int i = 0; i < n; i++) {
        nameFirst[i] = given[i] << dateBits | date[i];
        dateFirst[i] = date[i] << nameBits | given[i];
      }
      byName = rankOf(nameFirst, nameBits + dateBits);
      byDate = rankOf(dateFirst, nameBits + dateBits);
      byFamily = rankOf(family, nameBits);
      long[] both = new long[2 * n];
      System.arraycopy(family, 0, both, 0, n);
      System.arraycopy(given, 0, both, n, n);
      int[] all = rankOf(both, nameBits);
      byNameString = new int[][] {Arrays.copyOf(all, n), Arrays.copyOfRange(all, n, 2 * n)};
    }

    private static String spelling(NamePart p) {
      return p == null ? "" : p.compact[0];
    }

    /**
     * Each index's place when the indexes are sorted by key (of at most keyBits bits), equal keys
     * by index: sorted as packed numbers when key and index fit in a long, else as objects.
     */
    static int[] rankOf(long[] key, int keyBits) {
      int n = key.length;
      int indexBits = bits(n);
      int[] rank = new int[n];
      if (keyBits + indexBits <= 63) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
          packed[i] = key[i] << indexBits | i;
        }
        Arrays.parallelSort(packed);
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
          rank[(int) (packed[i] & mask)] = i;
        }
      } else {
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(
            order, Comparator.<Integer>comparingLong(i -> key[i]).thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
          rank[order[i]] = i;
        }
      }
      return rank;
    }

    /** The bits that numbers below the given count need. */
    static int bits(long values) {
      return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, values - 1)));
    }
  }

  /** The blocking keys of one record, as 64-bit values with the key type in the top 3 bits. */
  static void keysOf(PersonFeatures f, LongList out) {
    int from = out.size;
    ownKeysOf(f, out);
    if (f.readings.length == 0) {
      return;
    }
    // A whole name in one field meets its duplicates by each split as well (Besa Vata as the given
    // name meets Besa | Vata by their names' pair), and a key the splits share counts once.
    for (PersonFeatures reading : f.readings) {
      // A lone name moved to the other field has the keys it had already (a lone name is keyed
      // with its year as either name): only splits add keys.
      if (reading.isSplit()) {
        ownKeysOf(reading, out);
      }
    }
    Arrays.sort(out.data, from, out.size);
    int kept = from;
    for (int i = from; i < out.size; i++) {
      if (i == from || out.data[i] != out.data[kept - 1]) {
        out.data[kept++] = out.data[i];
      }
    }
    out.size = kept;
  }

  private static void ownKeysOf(PersonFeatures f, LongList out) {
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
        if (g.length == 0) {
          // A lone family name may be a given name (as a lone given name may be a family name).
          out.add(key(GIVEN_YEAR, fc, year, 0));
        }
      }
      for (int gc : g) {
        out.add(key(GIVEN_FAMILY, Math.min(gc, fc), Math.max(gc, fc), 0));
      }
    }
    if (fullDate) {
      out.add(key(DATE, year, f.month, f.day));
      if (!f.placeholder) {
        for (int gc : g) {
          out.add(key(NAME_DAY, gc, f.month, f.day));
        }
        for (int fc : fam) {
          out.add(key(NAME_DAY, fc, f.month, f.day));
        }
      }
    }
    for (int gc : g) {
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
