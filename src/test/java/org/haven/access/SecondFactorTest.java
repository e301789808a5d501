package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * RFC 6238 behaviour, checked against the RFC's own SHA-1 test vector and our window and replay
 * rules.
 */
class SecondFactorTest {

  // RFC 6238 appendix B: the ASCII secret "12345678901234567890" in base32.
  static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static SecondFactor at(long epochSecond) {
    return new SecondFactor(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  @Test
  void acceptsTheRfcTestVector() {
    // At T = 59 s the 8-digit SHA-1 code is 94287082; authenticator apps show its last six digits.
    assertThat(at(59).verify(RFC_SECRET, "287082", null)).hasValue(1L);
    assertThat(at(1111111109).verify(RFC_SECRET, "081804", null)).hasValue(37037036L);
  }

  @Test
  void acceptsOneStepOfClockDriftEitherWayButNotTwo() {
    // 287082 is the code for step 1 (30..59 s).
    assertThat(at(60 + 5).verify(RFC_SECRET, "287082", null)).isPresent(); // one step late
    assertThat(at(5).verify(RFC_SECRET, "287082", null)).isPresent(); // one step early
    assertThat(at(90 + 5).verify(RFC_SECRET, "287082", null)).isEmpty(); // two steps late
  }

  @Test
  void refusesACodeAlreadyUsed() {
    assertThat(at(59).verify(RFC_SECRET, "287082", 1L)).isEmpty();
  }

  @Test
  void refusesMalformedCodes() {
    SecondFactor factor = at(59);
    assertThat(factor.verify(RFC_SECRET, "28708", null)).isEmpty();
    assertThat(factor.verify(RFC_SECRET, "abcdef", null)).isEmpty();
    assertThat(factor.verify(RFC_SECRET, "", null)).isEmpty();
    assertThat(factor.verify(RFC_SECRET, null, null)).isEmpty();
    assertThat(factor.verify(RFC_SECRET, "287 082", null)).isPresent();
  }

  @Test
  void rendersTheEnrolmentQrCodeOnTheServer() {
    SecondFactor factor = at(59);
    assertThat(factor.qrCodeDataUri(RFC_SECRET, "anna@centre.dk"))
        .startsWith("data:image/png;base64,");
    assertThat(factor.enrolmentUri(RFC_SECRET, "anna@centre.dk"))
        .startsWith("otpauth://totp/")
        .contains("secret=" + RFC_SECRET)
        .contains("issuer=Haven");
  }
}
