package org.haven.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/**
 * Computes authenticator codes in tests, as a phone app would (RFC 6238, SHA-1, 6 digits, 30 s).
 */
public final class Totp {

  private Totp() {}

  public static String code(String secret, int stepOffset) {
    long step = Instant.now().getEpochSecond() / 30 + stepOffset;
    try {
      return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
          .generate(secret.replace(" ", ""), step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }
}
