package org.haven.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.haven.information.ContactGuard.Verdict;
import org.junit.jupiter.api.Test;

/** Abuse of the contact form is held back without a third party and without keeping anyone. */
class ContactGuardTest {

  static final byte[] KEY = new byte[32];

  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Copenhagen");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovingClock clock = new MovingClock();
  final ContactGuard guard = new ContactGuard(KEY, clock);

  @Test
  void aTokenIsOursOnlyAndServesOnce() {
    String token = guard.issue();
    assertThat(guard.admit(null, null, "", "203.0.113.1", "hello")).isEqualTo(Verdict.REFUSED);
    assertThat(guard.admit("1.abc.def", null, "", "203.0.113.1", "hello"))
        .isEqualTo(Verdict.REFUSED);
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
    assertThat(guard.admit(forged, null, "", "203.0.113.1", "hello")).isEqualTo(Verdict.REFUSED);
    assertThat(
            new ContactGuard(new byte[] {1, 2, 3}, clock)
                .admit(token, null, "", "203.0.113.1", "hi"))
        .isEqualTo(Verdict.REFUSED);
    assertThat(guard.admit(token, null, "", "203.0.113.1", "hello")).isEqualTo(Verdict.ACCEPT);
    assertThat(guard.admit(token, null, "", "203.0.113.1", "hello")).isEqualTo(Verdict.QUIET);
  }

  @Test
  void anOldFormIsAskedForAgain() {
    String token = guard.issue();
    clock.now = clock.now.plus(Duration.ofHours(3));
    assertThat(guard.admit(token, null, "", "203.0.113.1", "hello")).isEqualTo(Verdict.EXPIRED);
  }

  @Test
  void theTrapFieldKeepsNothing() {
    assertThat(guard.admit(guard.issue(), null, "http://spam.example", "203.0.113.1", "buy"))
        .isEqualTo(Verdict.QUIET);
  }

  @Test
  void oneNetworkIsHeldToAFewAMinuteAndAProofOfWorkRaisesTheLimit() {
    int accepted = 0;
    for (int i = 0; i < 10; i++) {
      if (guard.admit(guard.issue(), null, "", "198.51.100." + i, "message " + i)
          == Verdict.ACCEPT) {
        accepted++;
      }
    }
    assertThat(accepted).isEqualTo(ContactGuard.PER_MINUTE_WITHOUT_PROOF);
    assertThat(guard.admit(guard.issue(), null, "", "198.51.101.1", "elsewhere"))
        .isEqualTo(Verdict.ACCEPT);
    assertThat(guard.admit(guard.issue(), null, "", "2001:db8:1:2::1", "v6 a"))
        .isEqualTo(Verdict.ACCEPT);

    clock.now = clock.now.plus(Duration.ofMinutes(1));
    int withProof = 0;
    for (int i = 0; i < 10; i++) {
      String token = guard.issue();
      if (guard.admit(token, solve(token), "", "198.51.100.7", "solved " + i) == Verdict.ACCEPT) {
        withProof++;
      }
    }
    assertThat(withProof).isEqualTo(ContactGuard.PER_MINUTE_WITH_PROOF);
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(guard.admit(guard.issue(), null, "", "198.51.100.9", "later"))
        .isEqualTo(Verdict.ACCEPT);
  }

  @Test
  void aWrongProofCountsAsNone() {
    String token = guard.issue();
    assertThat(ContactGuard.solved(token, solve(token))).isTrue();
    assertThat(ContactGuard.solved(token, "not-a-proof")).isFalse();
    assertThat(ContactGuard.solved(guard.issue(), solve(token))).isFalse();
  }

  @Test
  void theSameTextIsKeptOnceADay() {
    assertThat(guard.admit(guard.issue(), null, "", "192.0.2.1", "Help me  please"))
        .isEqualTo(Verdict.ACCEPT);
    guard.kept("Help me  please");
    assertThat(guard.admit(guard.issue(), null, "", "203.0.113.50", "help me please"))
        .isEqualTo(Verdict.QUIET);
    clock.now = clock.now.plus(Duration.ofHours(25));
    assertThat(guard.admit(guard.issue(), null, "", "203.0.113.51", "help me please"))
        .isEqualTo(Verdict.ACCEPT);
  }

  @Test
  void theNetworkIsKnownOnlyAsAKeyedHash() {
    String a = guard.network("198.51.100.1");
    assertThat(a).isEqualTo(guard.network("198.51.100.200")).doesNotContain("198");
    assertThat(a).isNotEqualTo(guard.network("198.51.101.1"));
    assertThat(guard.network("2001:db8:1::1")).isEqualTo(guard.network("2001:db8:1:ffff::2"));
    assertThat(a).isNotEqualTo(new ContactGuard(KEY, clock).network("198.51.100.1"));
    assertThat(guard.network("not an address")).isEqualTo(guard.network(null));
  }

  static String solve(String token) {
    for (int i = 0; ; i++) {
      if (ContactGuard.solved(token, Integer.toString(i))) {
        return Integer.toString(i);
      }
    }
  }
}
