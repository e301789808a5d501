package org.haven.people.matching;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Interns comparison keys as small ints so that records compare by int equality. */
final class Vocabulary {

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  int id(String key) {
    return ids.computeIfAbsent(key, k -> next.getAndIncrement());
  }

  /**
   * Gives every key the rank of its spelling among all keys as its id, so that ids no longer depend
   * on the order in which threads first met the keys; returns the old id → new id map.
   */
  synchronized int[] renumber() {
    String[] keys = ids.keySet().toArray(new String[0]);
    Arrays.parallelSort(keys);
    int[] map = new int[next.get()];
    for (int i = 0; i < keys.length; i++) {
      map[ids.get(keys[i])] = i;
    }
    ids.clear();
    for (int i = 0; i < keys.length; i++) {
      ids.put(keys[i], i);
    }
    next.set(keys.length);
    return map;
  }

  int size() {
    return next.get();
  }
}
