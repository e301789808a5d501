package org.haven.crossborder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fingerprint two administrators compare by telephone or in person before their installations
 * trust each other: SHA-256 over the sorted RFC 7638 thumbprints of every public key in the set,
 * the first 128 bits as eight groups of four hexadecimal digits.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(JWKSet keys) {
    try {
      StringBuilder thumbprints = new StringBuilder();
      for (String t : keys.getKeys().stream().map(Fingerprints::thumbprint).sorted().toList()) {
        thumbprints.append(t).append('\n');
      }
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(thumbprints.toString().getBytes(StandardCharsets.US_ASCII));
      String hex = HexFormat.of().formatHex(digest, 0, 16).toUpperCase(Locale.ROOT);
      StringBuilder grouped = new StringBuilder();
      for (int i = 0; i < hex.length(); i += 4) {
        if (i > 0) {
          grouped.append(' ');
        }
        grouped.append(hex, i, i + 4);
      }
      return grouped.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A fingerprint as typed (any case, spaces or dashes between groups) in the form shown. */
  static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    String hex = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 4) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(hex, i, Math.min(hex.length(), i + 4));
    }
    return grouped.toString();
  }

  private static String thumbprint(JWK key) {
    try {
      return key.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
