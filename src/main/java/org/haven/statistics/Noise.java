package org.haven.statistics;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two-sided geometric mechanism (the discrete Laplace mechanism): adds {@code G1 − G2} to a
 * count, where G1 and G2 are geometric with parameter {@code α = e^−ε}, so P(noise = x) ∝ α^|x|. A
 * count of persons changes by at most 1 when one person is added or removed (sensitivity 1), so
 * each noisy count is ε-differentially private on its own.
 *
 * <p>The random numbers come from a {@link SecureRandom} seeded with an HMAC of a secret key and
 * the figure (its scope, path and true value): asking for the same figure again gives the same
 * noise, so repeating a request gives nothing to average away.
 */
final class Noise {

  private final byte[] key;
  private final double epsilon;
  private final double logAlpha;

  Noise(byte[] key, double epsilon) {
    this.key = key.clone();
    this.epsilon = epsilon;
    this.logAlpha = -epsilon;
  }

  double epsilon() {
    return epsilon;
  }

  /** {@code value} plus noise, never below zero. */
  long apply(String scope, String path, long value) {
    SecureRandom random = seeded(scope + "\u0000" + path + "\u0000" + value);
    long noisy = value + geometric(random) - geometric(random);
    return Math.max(0, noisy);
  }

  private long geometric(SecureRandom random) {
    // U in (0, 1]: the number of failures before the first success, success probability 1 − α
    double u = 1.0 - random.nextDouble();
    return (long) Math.floor(Math.log(u) / logAlpha);
  }

  private SecureRandom seeded(String figure) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] seed = mac.doFinal(figure.getBytes(StandardCharsets.UTF_8));
      // SHA1PRNG seeded before its first use is deterministic: the same figure, the same noise
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No HMAC-SHA256 or SHA1PRNG in this JVM", e);
    }
  }
}
