package org.haven.access;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value for display that almost every page shows (the names of organisations and users), read
 * again when it is older than {@link #FOR} or when this instance changed what it is read from.
 * Another instance's change is seen within that time; a change here at once, from the moment it is
 * committed. Never for a decision: who may see what is always read as it stands.
 */
final class Recent<T> {

  /** How long a value read is shown before it is read again. */
  static final Duration FOR = Duration.ofSeconds(10);

  private record Held<T>(T value, long readAt, long generation) {}

  private final Supplier<T> read;
  private final long forNanos;
  private volatile Held<T> held;
  private final AtomicLong generation = new AtomicLong();

  Recent(Supplier<T> read) {
    this(read, FOR);
  }

  Recent(Supplier<T> read, Duration lifetime) {
    this.read = read;
    this.forNanos = lifetime.toNanos();
  }

  T get() {
    Held<T> h = held;
    long now = System.nanoTime();
    if (h != null && h.generation() == generation.get() && now - h.readAt() < forNanos) {
      return h.value();
    }
    long before = generation.get();
    T value = read.get();
    if (generation.get() == before) {
      held = new Held<>(value, now, before);
    }
    return value;
  }

  /**
   * Forgets the value now and again when the current transaction commits, so that no read made
   * before the commit is kept.
   */
  void forget() {
    generation.incrementAndGet();
    held = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              generation.incrementAndGet();
              held = null;
            }
          });
    }
  }
}
