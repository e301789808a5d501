package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {

  @Test
  void aValueIsReadOnceWithinItsLifetime() {
    AtomicInteger reads = new AtomicInteger();
    Recent<Integer> recent = new Recent<>(reads::incrementAndGet, Duration.ofHours(1));

    assertThat(recent.get()).isEqualTo(1);
    assertThat(recent.get()).isEqualTo(1);
    assertThat(reads).hasValue(1);
  }

  @Test
  void aValueOlderThanItsLifetimeIsReadAgain() throws InterruptedException {
    AtomicInteger reads = new AtomicInteger();
    Recent<Integer> recent = new Recent<>(reads::incrementAndGet, Duration.ofMillis(20));

    assertThat(recent.get()).isEqualTo(1);
    Thread.sleep(40);
    assertThat(recent.get()).isEqualTo(2);
  }

  @Test
  void aChangeHereIsSeenAtOnce() {
    AtomicInteger reads = new AtomicInteger();
    Recent<Integer> recent = new Recent<>(reads::incrementAndGet, Duration.ofHours(1));

    recent.get();
    recent.forget();
    assertThat(recent.get()).isEqualTo(2);
    assertThat(recent.get()).isEqualTo(2);
  }

  @Test
  void aReadThatAChangeOvertookIsShownOnceButNotKept() {
    AtomicInteger reads = new AtomicInteger();
    Recent<Integer>[] self = new Recent[1];
    self[0] =
        new Recent<>(
            () -> {
              int n = reads.incrementAndGet();
              if (n == 1) {
                self[0].forget(); // the change commits while the first read is under way
              }
              return n;
            },
            Duration.ofHours(1));

    assertThat(self[0].get()).isEqualTo(1);
    assertThat(self[0].get()).isEqualTo(2);
    assertThat(self[0].get()).isEqualTo(2);
  }
}
