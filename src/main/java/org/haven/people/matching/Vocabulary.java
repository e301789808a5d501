package org.haven.people.matching;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Interns comparison keys as small ints so that records compare by int equality. */
final class Vocabulary {

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  int id(String key) {
    return ids.computeIfAbsent(key, k -> next.getAndIncrement());
  }

  int size() {
    return next.get();
  }
}
