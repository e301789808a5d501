package org.haven.people.matching;

/**
 * The agreement levels of name pairs already compared, for one thread: a batch compares the same
 * two spellings many times over (common names meet in many blocks), and the comparison of two names
 * that do not agree outright (Jaro–Winkler over their romanisations) is the costliest step of
 * scoring. A fixed-size table where a newer pair replaces an older one; it changes no result.
 */
final class NameLevelCache {

  private final long[] keys;
  private final byte[] levels;
  private final int mask;

  /** A table of 2^bits entries. */
  NameLevelCache(int bits) {
    keys = new long[1 << bits];
    levels = new byte[1 << bits];
    mask = (1 << bits) - 1;
  }

  /** The key of a pair of names, the same in either order, for Chinese readings or not. */
  static long key(NamePart a, NamePart b, boolean chinese) {
    int lo = Math.min(a.id, b.id);
    int hi = Math.max(a.id, b.id);
    return ((long) lo << 32 | hi) << 1 | (chinese ? 1 : 0);
  }

  /** The level stored for the key, or {@link Integer#MIN_VALUE} when it is not there. */
  int get(long key) {
    int at = slot(key);
    return levels[at] != 0 && keys[at] == key ? levels[at] - 8 : Integer.MIN_VALUE;
  }

  void put(long key, int level) {
    int at = slot(key);
    keys[at] = key;
    levels[at] = (byte) (level + 8);
  }

  private int slot(long key) {
    long z = key * 0x9E3779B97F4A7C15L;
    return (int) (z >>> 40) & mask;
  }
}
