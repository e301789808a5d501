package org.haven.access;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps) as authenticator apps
 * use them. A code is accepted for the current step or one step either side, and never for a step
 * at or before the last one used.
 */
@Component
class SecondFactor {

  static final int PERIOD_SECONDS = 30;
  static final String ISSUER = "Haven";

  private final Clock clock;
  private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
  private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

  SecondFactor(Clock clock) {
    this.clock = clock;
  }

  String newSecret() {
    return secrets.generate();
  }

  /**
   * The time step the code was valid for, if it is valid now and newer than {@code lastUsedStep}.
   */
  OptionalLong verify(String secret, String code, Long lastUsedStep) {
    if (secret == null || code == null) {
      return OptionalLong.empty();
    }
    String digits = code.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
    for (long step = now - 1; step <= now + 1; step++) {
      if (lastUsedStep != null && step <= lastUsedStep) {
        continue;
      }
      if (constantTimeEquals(generate(secret, step), digits)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The {@code otpauth://} address an authenticator app reads from the QR code. */
  String enrolmentUri(String secret, String accountName) {
    return qrData(secret, accountName).getUri();
  }

  /** The QR code as a {@code data:image/png;base64,...} URI, rendered on the server. */
  String qrCodeDataUri(String secret, String accountName) {
    ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
    generator.setImageSize(240);
    try {
      return Utils.getDataUriForImage(
          generator.generate(qrData(secret, accountName)), generator.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("Could not render the enrolment QR code", e);
    }
  }

  private QrData qrData(String secret, String accountName) {
    return new QrData.Builder()
        .label(accountName)
        .secret(secret)
        .issuer(ISSUER)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(6)
        .period(PERIOD_SECONDS)
        .build();
  }

  private String generate(String secret, long step) {
    try {
      return codes.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("Could not compute a second-factor code", e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
