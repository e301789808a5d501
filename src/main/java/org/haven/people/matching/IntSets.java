package org.haven.people.matching;

import java.util.Arrays;
import java.util.Collection;

/** Small sorted sets of ints (interned strings), compared without allocation. */
final class IntSets {

  private IntSets() {}

  static int[] of(Collection<Integer> values) {
    int[] a = new int[values.size()];
    int n = 0;
    for (int v : values) {
      a[n++] = v;
    }
    return sortedUnique(a);
  }

  static int[] union(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return sortedUnique(c);
  }

  private static int[] sortedUnique(int[] a) {
    Arrays.sort(a);
    int unique = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[unique - 1]) {
        a[unique++] = a[i];
      }
    }
    return unique == a.length ? a : Arrays.copyOf(a, unique);
  }

  /** Whether two sorted arrays share a value; returns the first shared value or -1. */
  static int common(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return a[i];
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return -1;
  }

  static boolean intersects(int[] a, int[] b) {
    return common(a, b) >= 0;
  }
}
