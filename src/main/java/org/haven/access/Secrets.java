package org.haven.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Random secrets and their hashes: one-time passwords, recovery codes, API tokens. */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  // No 0/O, 1/l/I: one-time passwords and recovery codes are read aloud and typed by hand.
  private static final char[] READABLE = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final char[] TOKEN =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Secrets() {}

  /** Groups of readable characters joined by dashes, e.g. {@code k7dq-9xa2-m4tp-wr8c}. */
  static String readable(int groups, int groupLength) {
    StringBuilder secret = new StringBuilder();
    for (int group = 0; group < groups; group++) {
      if (group > 0) {
        secret.append('-');
      }
      for (int i = 0; i < groupLength; i++) {
        secret.append(READABLE[RANDOM.nextInt(READABLE.length)]);
      }
    }
    return secret.toString();
  }

  /** An API token: a recognisable prefix and 43 random characters (about 256 bits). */
  static String apiToken() {
    StringBuilder token = new StringBuilder("hvn_");
    for (int i = 0; i < 43; i++) {
      token.append(TOKEN[RANDOM.nextInt(TOKEN.length)]);
    }
    return token.toString();
  }

  /** SHA-256, hex: for high-entropy secrets only (never for passwords). */
  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
