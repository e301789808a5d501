package org.haven.people.matching;

/** Jaro–Winkler similarity of two strings, 0 (nothing alike) to 1 (equal). */
public final class JaroWinkler {

  private JaroWinkler() {}

  public static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    if (la <= 64 && lb <= 64) {
      return shortSimilarity(a, b, la, lb, window);
    }
    boolean[] usedB = new boolean[lb];
    char[] matchedA = new char[la];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!usedB[j] && b.charAt(j) == c) {
          usedB[j] = true;
          matchedA[matches++] = c;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int k = 0;
    for (int j = 0; j < lb; j++) {
      if (usedB[j]) {
        if (b.charAt(j) != matchedA[k]) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(la, lb));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  /** The same for names of up to 64 letters, with the matched letters kept in bit masks. */
  private static double shortSimilarity(String a, String b, int la, int lb, int window) {
    long usedA = 0;
    long usedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int to = Math.min(lb - 1, i + window);
      for (int j = Math.max(0, i - window); j <= to; j++) {
        if ((usedB & (1L << j)) == 0 && b.charAt(j) == c) {
          usedB |= 1L << j;
          usedA |= 1L << i;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    long restA = usedA;
    long restB = usedB;
    while (restB != 0) {
      int i = Long.numberOfTrailingZeros(restA);
      int j = Long.numberOfTrailingZeros(restB);
      if (a.charAt(i) != b.charAt(j)) {
        transpositions++;
      }
      restA &= restA - 1;
      restB &= restB - 1;
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(la, lb));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }
}
